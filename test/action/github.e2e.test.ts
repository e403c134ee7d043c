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
const PR = { pull_request: { number: 7 }, repository: { default_branch: 'main' } };
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

describe('pull requests: one plan comment, updated in place', () => {
  it('creates the comment once, then updates the same comment, and does not write an unchanged body', async () => {
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0];
    expect(comment?.body.startsWith(`${marker}\n<!-- sentry-members-sync:reviewed `)).toBe(true);
    expect(comment?.body).toContain('\n## sentry-members-sync: 5 changes to acme\n');
    expect(comment?.body).toContain('5 to update');

    const again = await run();
    expect(again.exitCode).toBe(0);
    expect(github.writes().map((request) => request.method)).toEqual(['POST']);

    await run({
      files: {
        'sentry-members.yml': example.replace('  grace@acme.com:\n    role: member', '  grace@acme.com:\n    role: manager'),
      },
    });
    expect(github.comments).toHaveLength(1);
    expect(github.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(github.comments[0]?.body).toContain('org role: member -&gt; manager');
    expect(sentry.writes()).toEqual([]);
  });

  it("keeps one comment per config file and organization, and never touches other authors' comments", async () => {
    github.comments.push({ id: 1, issue: 7, body: `${marker}\nquoted by a person`, user: { login: 'octocat', type: 'User' } });
    await run();
    await run({ files: { 'other.yml': example }, inputs: { config: 'other.yml' } });
    await run();
    expect(github.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      marker,
      marker,
      '<!-- sentry-members-sync:plan org=acme config=other.yml -->',
    ]);
    expect(github.comments[0]?.body).toBe(`${marker}\nquoted by a person`);
  });

  it('writes nothing to GitHub with comment: false', async () => {
    const result = await run({ inputs: { comment: 'false' } });
    expect(result.exitCode).toBe(0);
    expect(github.requests).toEqual([]);
  });

  it('turns a 403 from the comment API into a warning, not a failure', async () => {
    github.inject({ method: 'POST', path: /\/comments$/, status: 403 });
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.of('warning').map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^Posting the plan on pull request #7 failed: .*pull requests from forks get a read-only token\.$/),
    );
  });

  it('a pull request from a fork, with no Sentry token, validates and passes with a notice', async () => {
    const result = await run({ inputs: { 'sentry-token': '' }, env: { SENTRY_AUTH_TOKEN: '' } });
    expect(result.exitCode).toBe(0);
    expect(result.of('notice').map((notice) => notice.properties.title)).toContain('sentry-members-sync: validated only');
    expect(sentry.requests).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  it('keeps a huge plan under 65,536 characters, pointing to the job summary, which holds everything', async () => {
    const { generateOrganization } = await import('../../src/sim/generate.ts');
    await sentry.close();
    const big = generateOrganization({ members: 1500, teams: 10, seed: 9, pendingRate: 0 });
    sentry = await startSimulatedSentry({ ...big, organization: { ...big.organization, slug: 'acme' } }, { rateLimit: false });
    const file = `organization: acme\nmembers:\n${big.members
      .slice(1)
      .map((member) => `  ${member.email}: {role: ${member.orgRole === 'owner' ? 'owner' : 'manager'}, teams: [team-0001]}`)
      .join('\n')}\n`;
    const result = await run({
      files: { 'sentry-members.yml': file },
      inputs: { 'sentry-token': 'sntryu_generated_owner_token' },
    });
    expect(result.exitCode).toBe(0);
    const body = github.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(
      /more entries are not shown here \(too long for one message\): the \[job summary\]\(https:\/\/github\.com\/acme\/sentry-config\/actions\/runs\/4242\) has the whole plan\./,
    );
    const changed = (JSON.parse(result.planJson ?? '{}') as { changes: { email: string }[] }).changes;
    expect(changed.length).toBeGreaterThan(1400);
    // Every email, exactly as it is (underscores are the only escape markdown needs here).
    for (const { email } of changed) expect(result.summary).toContain(`**${email.replace(/_/g, '\\_')}**`);
    expect(result.summary.length).toBeLessThan(1_048_576);
  });

  it('escapes names from Sentry: no HTML, no markdown, no @mention', async () => {
    await sentry.close();
    const hostile = '<img src=x onerror=alert(1)> **boss** [x](javascript:alert(1)) @everyone `code`';
    sentry = await startSimulatedSentry({
      ...fixture,
      members: fixture.members.map((member) => (member.email === 'grace@acme.com' ? { ...member, name: hostile } : member)),
    });
    await run();
    const body = github.comments[0]?.body ?? '';
    // The email exactly as it is (an @ after a letter is no mention); the name's @everyone is neutralised.
    expect(body).toContain('**grace@acme.com**');
    expect(body).toContain('@<!-- -->everyone');
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/@everyone/);
    // The brackets are escaped: shown as text, never a link.
    expect(body).toContain('\\[x\\](javascript:alert(1))');
    expect(body).not.toContain('**boss**');
  });
});

describe('push and schedule', () => {
  it('push to the default branch applies and reports on the merged pull request of the commit', async () => {
    github.pullsOfCommit.set(SHA, [{ number: 7, merged_at: '2026-11-27T10:00:00Z' }]);
    await run();
    const result = await run({ eventName: 'push', event: MAIN, ref: 'refs/heads/main' });
    expect(result.exitCode).toBe(0);
    expect(sentry.writes()).toHaveLength(5);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toContain('## sentry-members-sync applied on merge (0123456)');
    expect(github.comments[0]?.body).toContain('**5 applied, 0 failed, 0 blocked**');
  });

  it('push to another branch only plans', async () => {
    const result = await run({ eventName: 'push', event: MAIN, ref: 'refs/heads/feature' });
    expect(result.exitCode).toBe(0);
    expect(sentry.writes()).toEqual([]);
    expect(result.outputs).toMatchObject({ 'has-changes': 'true' });
    expect(github.requests).toEqual([]);
  });

  it('schedule corrects drift and keeps one drift issue: created, then closed when no drift is left', async () => {
    const schedule = { eventName: 'schedule', event: MAIN, ref: 'refs/heads/main', inputs: { 'drift-issue': 'true' } };
    const first = await run(schedule);
    expect(first.exitCode).toBe(0);
    expect(sentry.writes()).toHaveLength(5);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'open', title: 'Sentry membership drift: acme' });
    expect(github.issues[0]?.body).toMatch(
      /Found 5 change\(s\) between sentry-members\.yml and Sentry on .* and corrected them: 5 applied, 0 failed, 0 blocked\./,
    );

    const grace = sentry.org.findByEmail('grace@acme.com');
    if (grace) grace.orgRole = 'manager';
    await run(schedule);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]?.body).toMatch(/Found 1 change\(s\)/);

    const clean = await run(schedule);
    expect(clean.exitCode).toBe(0);
    expect(github.issues[0]?.state).toBe('closed');
    expect(github.issues[0]?.body).toMatch(/No drift found on .*: closed\./);
  });
});
