/**
 * Public repositories publish nothing from Sentry that the file does not already say: the bundled
 * action, run on a public repository, and every place GitHub shows searched for the members the
 * file does not list and for Sentry display names. The public view's rules (private repositories,
 * redact: true and false) are tested in memory (test/publish/publication.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { type ActionRun, asRead, ROOT, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const PR = { pull_request: { number: 7 } };

/** What only Sentry knows: members the file does not list (unlisted, ignored) and every display name. */
const SECRET_TO_THE_PUBLIC = [
  'mallory@acme.com',
  'Mallory (left the company)',
  'ivan@acme.com',
  'ci-bot@acme.com',
  'CI Bot',
  'Dana Manager',
  'Bob Backend',
  'Alice Owner',
];

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
});
afterEach(async () => {
  await Promise.all([sentry.close(), github.close()]);
});

function run(options: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runOnPullRequest({ sentry: sentry.url, github: github.url }, PR, options);
}

/** Everything GitHub shows to whoever can read the repository. */
function published(result: ActionRun): Record<string, string> {
  return {
    log: result.stdout,
    summary: result.summary,
    annotations: JSON.stringify(result.annotations),
    outputs: JSON.stringify(result.outputs),
    comments: github.comments.map((comment) => comment.body).join('\n'),
    issues: github.issues.map((issue) => `${issue.title}\n${issue.body}`).join('\n'),
  };
}

function expectNothingUnlisted(result: ActionRun) {
  for (const [place, text] of Object.entries(published(result))) {
    for (const secret of SECRET_TO_THE_PUBLIC) {
      expect(asRead(text), `${secret} in the ${place}`).not.toContain(secret);
      expect(text, `${secret} in the ${place}`).not.toContain(secret);
    }
  }
}

describe('a public repository (redact: auto)', () => {
  it('plan: listed members changed, the rest counted, no display names, and how to see everything', async () => {
    const result = await run({ visibility: 'public' });
    expect(result.exitCode).toBe(0);
    expectNothingUnlisted(result);
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('**dana@acme.com**');
    expect(comment).toContain('5 to update, 0 to invite, 0 to remove, 0 blocked, 3 unchanged, 2 unlisted, 0 missing');
    expect(asRead(comment)).toContain('2 members in Sentry not in sentry-members.yml');
    expect(asRead(comment)).toContain('run `sentry-members-sync plan` locally');
    expect(result.stdout).toContain('Not named here, because this repository is public (redact)');
    // plan.json, a file on the runner, keeps everything.
    expect(result.planJson).toContain('mallory@acme.com');
    expect(result.planJson).toContain('Dana Manager');
  });

  it('apply with unlisted: remove on push and on schedule with the drift issue: removals counted in every total, never named', async () => {
    const removing = example.replace('unlisted: report', 'unlisted: remove');
    github.pullsOfCommit.set('0123456789abcdef0123456789abcdef01234567', [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    const push = await run({
      files: { 'sentry-members.yml': removing },
      eventName: 'push',
      event: { repository: { default_branch: 'main', private: false } },
      ref: 'refs/heads/main',
      inputs: { 'max-removals': '0' },
    });
    expect(push.exitCode).toBe(0);
    expect(sentry.org.findByEmail('mallory@acme.com')).toBeUndefined();
    expectNothingUnlisted(push);
    expect(push.outputs.applied).toBe('7');
    const comment = asRead(github.comments[0]?.body ?? '');
    // No plan comment was made on the pull request: applied without a reviewed plan (reviewed-plan: warn).
    expect(github.comments[0]?.body).toMatch(/\n⚠️ \*\*Applied\*\*: 7 changes to acme \(not the reviewed plan\) · /);
    expect(comment).toContain('7 applied, 0 failed, 0 blocked, 0 not needed');
    expect(comment).toContain('2 members not in sentry-members.yml (not named here: redact)');
    expect(push.stdout).toContain('done: 2 members not in sentry-members.yml (not named here: redact)');

    const grace = sentry.org.findByEmail('grace@acme.com');
    if (grace) grace.orgRole = 'manager';
    const schedule = await run({
      files: { 'sentry-members.yml': removing },
      eventName: 'schedule',
      event: { repository: { default_branch: 'main', private: false } },
      ref: 'refs/heads/main',
      inputs: { 'drift-issue': 'true' },
    });
    expect(schedule.exitCode).toBe(0);
    expectNothingUnlisted(schedule);
    expect(github.issues).toHaveLength(1);
  });
});
