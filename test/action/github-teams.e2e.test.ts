/**
 * Smoke runs of the bundle (dist/index.js) with a team section that follows a GitHub team,
 * against the simulated Sentry and GitHub: github-teams-token reads the team, the comment names
 * the GitHub team of each change, and a GitHub team that cannot be read fails the step with an
 * annotation at its line and nothing written. What each run decides is tested in process
 * (test/engine/github-teams.test.ts, test/action/github-teams.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { TEAMS_TOKEN } from '../github-sim/client.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { assertNoSecrets, DEMO_TOKEN, ROOT, runOnPullRequest } from '../harness/run-action.ts';

const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
const PR = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } }, repository: {} };

/** The demo organization; backend follows acme/backend on GitHub (line 12), whose logins are cased as GitHub shows them. */
const FILE = `organization: acme
unlisted: ignore
missing: invite
people:
  heidi: HEIDI@acme.com
  newcomer: new@acme.com
members:
  alice@acme.com: owner
  heidi@acme.com: member
teams:
  backend:
    github-team: acme/backend
`;

let sentry: SimulatedSentry;
let github: GitHubSim;
beforeEach(async () => {
  sentry = await startSimulatedSentry(fixture);
  github = await startGitHubSim();
  github.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
  github.addOrganization('acme');
  github.addTeam('acme', 'backend', { maintainers: ['Heidi'], members: ['NewComer', 'ghost'] });
});
afterEach(async () => {
  assertNoSecrets([DEMO_TOKEN, TEAMS_TOKEN, 'ghs_fake_github_token'], {
    comments: github.comments.map((comment) => comment.body).join('\n'),
  });
  await Promise.all([sentry.close(), github.close()]);
});

describe('a team section that follows a GitHub team, through the bundle', () => {
  it('plans from the GitHub team read with github-teams-token, naming it, and warns at its line about a login without an email', async () => {
    const run = await runOnPullRequest({ sentry: sentry.url, github: github.url }, PR, {
      files: { 'sentry-members.yml': FILE },
      inputs: { 'github-teams-token': TEAMS_TOKEN },
    });
    expect(run.exitCode).toBe(0);
    assertNoSecrets([TEAMS_TOKEN], { stdout: run.stdout, stderr: run.stderr, summary: run.summary });
    const body = github.comments[0]?.body ?? '';
    expect(body).toContain('backend: contributor -&gt; admin (GitHub team acme/backend)');
    expect(body).toContain('**new@acme.com**');
    expect(run.stdout).toMatch(
      /::warning title=[^,]*,file=sentry-members\.yml,line=12::.*1 member of acme\/backend has no email: ghost; add them under people/,
    );
    expect(github.requestsBy(TEAMS_TOKEN).map((request) => request.path.split('?')[0])).toContain(
      '/orgs/acme/teams/backend/members',
    );
    expect(sentry.writes()).toEqual([]);
  });

  it('fails the step at the github-team line when GitHub has no such team, writing nothing', async () => {
    const run = await runOnPullRequest({ sentry: sentry.url, github: github.url }, PR, {
      files: { 'sentry-members.yml': FILE.replace('acme/backend', 'acme/backend-oncall') },
      inputs: { 'github-teams-token': TEAMS_TOKEN, mode: 'apply' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=[^,]*,file=sentry-members\.yml,line=12,col=18::.*GitHub team acme\/backend-oncall/);
    expect(run.stdout).toContain('follows 1 GitHub team that cannot be read');
    expect(sentry.writes()).toEqual([]);
  });
});
