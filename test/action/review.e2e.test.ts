/**
 * The reviewed plan, end to end through the bundle: the record a plan comment holds is read back
 * by the apply on merge. What differs, and how each case is published, is tested in memory
 * (test/publish/publication.test.ts, test/action/shell.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { asRead, ROOT, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const SHA = '0123456789abcdef0123456789abcdef01234567';
const PR = { pull_request: { number: 7 } };
const MAIN = { repository: { default_branch: 'main' } };

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
});
afterEach(async () => {
  await Promise.all([sentry.close(), github.close()]);
});

function run(options: Partial<RunOptions> = {}) {
  return runOnPullRequest({ sentry: sentry.url, github: github.url }, PR, options);
}
const push = (inputs: Record<string, string> = {}) => run({ eventName: 'push', event: MAIN, ref: 'refs/heads/main', inputs });
const comment = () => github.comments[0]?.body ?? '';

describe('the apply on merge and the reviewed plan', () => {
  /** Someone promotes Heidi by hand after the review: the apply on merge would demote her, unreviewed. */
  const driftAfterReview = () => {
    const heidi = sentry.org.findByEmail('heidi@acme.com');
    if (heidi) heidi.orgRole = 'manager';
  };

  it('require: writes nothing when the plan changed since the review, and the merged pull request says refused and what differs', async () => {
    await run();
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    driftAfterReview();
    const result = await push({ 'reviewed-plan': 'require' });
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    expect(result.of('error').map((e) => e.message)).toContainEqual(
      'nothing was written, because the plan differs from the one reviewed on pull request #7: 1 change added, 0 dropped since the review and input "reviewed-plan" is require. To apply the changes, open a new pull request that touches the config, so that its plan (which shows them) is reviewed, and merge it; or run the workflow by hand with mode apply and reviewed-plan warn, which makes them and lists what was not reviewed',
    );
    const body = asRead(comment());
    expect(comment()).toMatch(
      /\n❌ \*\*Refused\*\*: the plan differs from the one reviewed on #7; nothing was written · for \[`0123456`\]/,
    );
    expect(body).toContain('#### Added since the review (1), not reviewed');
    expect(comment()).toMatch(
      /#### Added since the review \(1\), not reviewed\n\n- \*\*heidi@acme\.com\*\*[^\n]*\n {2}- org role: manager -&gt; member/,
    );
    expect(result.outputs).toMatchObject({ applied: '0', failed: '0' });
  });

  it('warn (the default): applies, and the result and a warning list what was not reviewed', async () => {
    await run();
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    driftAfterReview();
    const result = await push();
    expect(result.exitCode).toBe(0);
    expect(sentry.writes().filter((r) => r.method === 'PUT')).toHaveLength(6);
    expect(result.of('warning').map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^Applied changes that were not in the plan reviewed on #7 \(reviewed-plan: warn\): 1 added \(heidi@acme\.com\)/,
      ),
    );
    expect(comment()).toMatch(/\n⚠️ \*\*Applied\*\*: 6 changes to acme \(not the reviewed plan\)/);
    expect(asRead(comment())).toContain('### Added since the review (1), not reviewed');
  });
});
