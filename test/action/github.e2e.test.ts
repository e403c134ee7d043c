/**
 * Smoke runs of the bundle (dist/index.js) as the runner runs it, against the simulated Sentry and
 * GitHub: a plan on a pull request, a failing run over it, an apply on push, the drift issue.
 * What each run publishes is decided by publish() and tested in memory
 * (test/publish/publication.test.ts); these check that the bundle delivers it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { assertNoSecrets, DEMO_TOKEN, ROOT, type RunOptions, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const PR = { pull_request: { number: 7, head: { sha: HEAD } }, repository: { default_branch: 'main' } };
const MAIN = { repository: { default_branch: 'main' } };

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
});
afterEach(async () => {
  // Nothing the action wrote to GitHub holds a token.
  assertNoSecrets([DEMO_TOKEN, 'ghs_fake_github_token'], {
    comments: github.comments.map((comment) => comment.body).join('\n'),
    issues: github.issues.map((issue) => `${issue.title}\n${issue.body}`).join('\n'),
  });
  await Promise.all([sentry.close(), github.close()]);
});

function run(options: Partial<RunOptions> & { inputs?: Record<string, string> } = {}) {
  return runOnPullRequest({ sentry: sentry.url, github: github.url }, PR, options);
}

const marker = '<!-- sentry-members-sync:plan org=acme config=sentry%2Dmembers.yml -->';
/** The first line a reader sees. */
const statusOf = (body: string) => body.split('\n').find((line) => !line.startsWith('<!--') && line !== '') ?? '';

describe('a pull request', () => {
  it('gets one plan comment, its status first, rewritten in place by every run', async () => {
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]?.body ?? '';
    expect(body.startsWith(`${marker}\n<!-- sentry-members-sync:reviewed `)).toBe(true);
    expect(statusOf(body)).toMatch(
      /^✅ \*\*Planned\*\*: 5 changes to acme · for \[`feedfac`\]\(https:\/\/github\.com\/acme\/sentry-config\/commit\/feedface.*\) · \[run\]\(https:\/\/github\.com\/acme\/sentry-config\/actions\/runs\/4242\) · Sentry read \d+ \w+ \d{4}, \d\d:\d\d UTC$/,
    );
    expect(body).toContain('**Merging applies 5 changes.**');
    expect(statusOf(first.summary)).toBe(statusOf(body));

    await run();
    expect(github.comments).toHaveLength(1);
    expect(github.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('a failing run rewrites the same comment: what failed, and the earlier plan only as out of date', async () => {
    await run();
    const invalid = await run({
      files: {
        'sentry-members.yml': example.replace('  grace@acme.com:\n    role: member', '  grace@acme.com:\n    role: manger'),
      },
    });
    expect(invalid.exitCode).toBe(1);
    expect(github.comments).toHaveLength(1);
    let body = github.comments[0]?.body ?? '';
    expect(statusOf(body)).toMatch(/^❌ \*\*Failed\*\*: sentry-members\.yml has 1 error · for /);
    expect(body).toMatch(
      /\[sentry-members\.yml:\d+:\d+\]\(https:\/\/github\.com\/acme\/sentry-config\/blob\/feedface\w+\/sentry-members\.yml#L\d+\)/,
    );
    expect(body).toContain('<details><summary>⚠️ Out of date: the plan for feedfac');
    expect(invalid.summary).toContain('"manger"');

    sentry.inject({ method: 'GET', path: '/api/0/organizations/acme/members/', status: 503 });
    const down = await run();
    expect(down.exitCode).toBe(1);
    body = github.comments[0]?.body ?? '';
    expect(statusOf(body)).toMatch(
      /^❌ \*\*Failed\*\*: reading Sentry failed \(GET \/api\/0\/organizations\/acme\/members\/: HTTP 503\)/,
    );
    expect(body).toContain('<details><summary>⚠️ Out of date: the plan for feedfac');
    expect(down.summary).toMatch(/^❌ \*\*Failed\*\*: reading Sentry failed/);
    expect(down.of('error').at(-1)?.message).toMatch(
      /^reading the organization "acme" from Sentry failed, so nothing was written/,
    );
    expect(github.writes().map((request) => request.method)).toEqual(['POST', 'PATCH', 'PATCH']);
  });

  it('turns a 403 from the comment API into a warning, not a failure', async () => {
    github.inject({ method: 'POST', path: /\/comments$/, status: 403 });
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.of('warning').map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^Posting the plan on pull request #7 failed: .*pull requests from forks get a read-only token\.$/),
    );
  });
});

describe('push and schedule', () => {
  it('push to the default branch applies and reports on the merged pull request of the commit', async () => {
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    await run();
    const result = await run({ eventName: 'push', event: MAIN, ref: 'refs/heads/main' });
    expect(result.exitCode).toBe(0);
    expect(sentry.writes()).toHaveLength(5);
    expect(result.outputs).toMatchObject({ applied: '5', failed: '0', changes: '5', 'has-changes': 'true' });
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]?.body ?? '';
    expect(statusOf(body)).toMatch(/^✅ \*\*Applied\*\*: 5 changes to acme · for \[`0123456`\]/);
    expect(body).toContain(':white_check_mark: Matches the plan reviewed on #7.');
    expect(body).toContain('**5 applied, 0 failed, 0 blocked, 0 not needed**');
  });

  it('schedule corrects drift and keeps one drift issue: created in the past tense, then closed when no drift is left', async () => {
    const schedule = { eventName: 'schedule', event: MAIN, ref: 'refs/heads/main', inputs: { 'drift-issue': 'true' } };
    const first = await run(schedule);
    expect(first.exitCode).toBe(0);
    expect(sentry.writes()).toHaveLength(5);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'open', title: 'Sentry membership drift: acme' });
    expect(github.issues[0]?.body).toMatch(/\n## Corrected 5 changes on \d+ \w+ \d{4}, \d\d:\d\d UTC\n/);

    const clean = await run(schedule);
    expect(clean.exitCode).toBe(0);
    expect(github.issues[0]?.state).toBe('closed');
    expect(statusOf(github.issues[0]?.body ?? '')).toMatch(/^✅ \*\*No drift\*\*: acme matches sentry-members\.yml: closed/);
  });
});
