/**
 * The plan a reviewer trusts, run as the runner runs the bundle: this pull request apart from
 * drift, the apply on merge held against the reviewed plan, and the sticky comment found only by
 * the token's own identity.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { ACTIONS_BOT, type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { asRead, ROOT, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const BASE = 'baseba5ebaseba5ebaseba5ebaseba5ebaseba5e';
const PR = { pull_request: { number: 7, head: { sha: HEAD }, base: { sha: BASE } } };
const MAIN = { repository: { default_branch: 'main' } };
/** The pull request changes Dana's and Frank's roles; bob, erin and grace already differ in Sentry (drift). */
const base = example
  .replace('dana@acme.com:\n    role: manager', 'dana@acme.com:\n    role: member')
  .replace('frank@acme.com:\n    role: member', 'frank@acme.com:\n    role: manager');

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

describe('this pull request apart from drift', () => {
  it("reads the base commit's config through the API and splits the changes, with no extra Sentry request", async () => {
    github.files.set(`${BASE}:sentry-members.yml`, base);
    const result = await run();
    expect(result.exitCode).toBe(0);
    const body = comment();
    const fromPull = body.slice(body.indexOf('### From this pull request'), body.indexOf('### Already different in Sentry'));
    const drift = body.slice(body.indexOf('### Already different in Sentry (drift): applied too on merge'));
    expect(fromPull).toContain('**dana@acme.com**');
    expect(fromPull).toContain('**frank@acme.com**');
    expect(fromPull).not.toContain('**bob@acme.com**');
    for (const email of ['bob', 'erin', 'grace']) expect(drift).toContain(`**${email}@acme.com**`);
    // Each change links to its line at the head commit and to the member in Sentry.
    expect(body).toContain(`[line 27](https://github.com/acme/sentry-config/blob/${HEAD}/sentry-members.yml#L27)`);
    expect(body).toContain(`[in Sentry](${sentry.url}/settings/acme/members/2/)`);
    expect(result.stdout).toContain('From this pull request (2):');
    // The base was planned on the same read of Sentry: one members list, one teams list.
    expect(sentry.requests.filter((r) => r.path.startsWith('/api/0/organizations/acme/members/?'))).toHaveLength(1);
  });

  it('shows one part and says why when the base cannot be read', async () => {
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(comment()).not.toContain('### From this pull request');
    expect(asRead(comment())).toContain(`sentry-members.yml could not be read at the base commit ${BASE.slice(0, 7)}`);
    expect(result.of('notice').map((n) => n.message)).toContainEqual(
      expect.stringMatching(/could not be read at the base commit/),
    );
  });
  it('says so when the config is a directory of files, whose base it does not read yet', async () => {
    const files = {
      'sentry/org.yml': 'organization: acme\nunlisted: ignore\nmembers:\n  alice@acme.com: owner\n  bob@acme.com: member\n',
      'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n',
    };
    github.files.set(`${BASE}:sentry/org.yml`, files['sentry/org.yml']);
    const result = await run({ files, inputs: { config: 'sentry' } });
    expect(result.exitCode).toBe(0);
    expect(comment()).not.toContain('### From this pull request');
    expect(result.of('notice').map((n) => n.message)).toContainEqual(
      "sentry is a config of several files, which is not yet read at the base commit: the changes are shown together, this pull request's and drift alike.",
    );
  });
});

describe('the apply on merge and the reviewed plan', () => {
  const merged = () => github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
  /** Someone promotes Heidi by hand after the review: the apply on merge would demote her, unreviewed. */
  const driftAfterReview = () => {
    const heidi = sentry.org.findByEmail('heidi@acme.com');
    if (heidi) heidi.orgRole = 'manager';
  };

  it('applies and says so when the plan is the one reviewed', async () => {
    await run();
    merged();
    const result = await push({ 'reviewed-plan': 'require' });
    expect(result.exitCode).toBe(0);
    expect(sentry.writes().filter((r) => r.method === 'PUT')).toHaveLength(5);
    expect(comment()).toContain(':white_check_mark: Matches the plan reviewed on #7.');
  });

  it('require: writes nothing when the plan changed since the review, says what and how to go on', async () => {
    await run();
    merged();
    driftAfterReview();
    const result = await push({ 'reviewed-plan': 'require' });
    expect(result.exitCode).toBe(1);
    expect(sentry.writes()).toEqual([]);
    expect(result.of('error').map((e) => e.message)).toContainEqual(
      'nothing was written, because the plan differs from the one reviewed on pull request #7: 1 change added, 0 dropped since the review and input "reviewed-plan" is require. To apply the new plan, run the workflow by hand with mode apply, or open a new pull request so that it is reviewed',
    );
    const body = asRead(comment());
    expect(body).toContain('sentry-members-sync did not apply the merge (0123456)');
    expect(body).toContain('**Added since the review** (not reviewed):');
    expect(body).toContain('- update of heidi@acme.com');
    expect(result.outputs.applied).toBe('0');
  });

  it('warn (the default): applies, and the result and a warning list what was not reviewed', async () => {
    await run();
    merged();
    driftAfterReview();
    const result = await push();
    expect(result.exitCode).toBe(0);
    expect(sentry.writes().filter((r) => r.method === 'PUT')).toHaveLength(6);
    expect(result.of('warning').map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^Applied changes that were not in the plan reviewed on #7 \(reviewed-plan: warn\): 1 added \(heidi@acme\.com\)/,
      ),
    );
    expect(asRead(comment())).toContain('- update of heidi@acme.com');
  });

  it('require: refuses a direct push that was never reviewed; scheduled runs are never compared', async () => {
    const direct = await push({ 'reviewed-plan': 'require' });
    expect(direct.exitCode).toBe(1);
    expect(direct.of('error')[0]?.message).toMatch(
      /^nothing was written, because no reviewed plan was found \(this commit came from no merged pull request\)/,
    );
    expect(sentry.writes()).toEqual([]);
    const schedule = await run({
      eventName: 'schedule',
      event: MAIN,
      ref: 'refs/heads/main',
      inputs: { 'reviewed-plan': 'require' },
    });
    expect(schedule.exitCode).toBe(0);
    expect(sentry.writes().filter((r) => r.method === 'PUT')).toHaveLength(5);
  });
});

describe('the sticky comment is ours', () => {
  it("is found by the token's own identity: another bot's comment with the marker is never touched", async () => {
    await run();
    const ours = github.comments[0];
    const marker = ours?.body.split('\n')[0] ?? '';
    github.comments.unshift({
      id: 1,
      issue: 7,
      body: `${marker}\nsomeone else's bot`,
      user: { login: 'renovate[bot]', type: 'Bot' },
    });
    await run();
    expect(github.comments.find((c) => c.id === 1)?.body).toBe(`${marker}\nsomeone else's bot`);
    expect(github.comments.filter((c) => c.user.login === ACTIONS_BOT.login)).toHaveLength(1);
  });

  it('does not reuse a minimized comment: a new one is written', async () => {
    await run();
    const first = github.comments[0];
    if (first) first.minimized = true;
    await run();
    expect(github.comments).toHaveLength(2);
    expect(github.comments[0]?.minimized).toBe(true);
  });
});
