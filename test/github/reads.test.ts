/**
 * The product's GitHub reads (src/github/reads.ts) against the simulated GitHub over loopback:
 * what they return, how many requests they cost and with which token, and how they fail (every
 * message names the method, the path and what to do, and never a token).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitBlobSha } from '../../src/github/git-blob.ts';
import { createGitHubReads, GitHubReadError, type GitHubReadsOptions } from '../../src/github/reads.ts';
import { TEAMS_TOKEN } from '../github-sim/client.ts';
import { conformanceErrors } from '../github-sim/openapi.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';

const REPO_TOKEN = 'ghs_repository_token_of_the_workflow_run';
let sim: GitHubSim;

beforeEach(async () => {
  sim = await startGitHubSim();
  sim.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
});
afterEach(async () => {
  expect(conformanceErrors(sim.requests)).toEqual([]);
  await sim.close();
});

function reads(options: Partial<GitHubReadsOptions> = {}) {
  return createGitHubReads({
    repo: { owner: 'acme', repo: 'sentry-config' },
    token: REPO_TOKEN,
    teamsToken: TEAMS_TOKEN,
    baseUrl: sim.url,
    retryBaseMs: 10,
    ...options,
  });
}

/** The error a read fails with (the test fails when it does not). */
async function failure(read: Promise<unknown>): Promise<GitHubReadError> {
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GitHubReadError);
  return error as GitHubReadError;
}

const paths = (token: string) => sim.requestsBy(token).map((request) => request.path);

describe('teamMembers', () => {
  beforeEach(() => {
    sim.addOrganization('acme');
    sim.addTeam('acme', 'backend', {
      maintainers: ['Erin-Lead'],
      members: Array.from({ length: 240 }, (_, index) => `dev-${index}`),
      pending: ['invited'],
    });
    sim.addTeam('acme', 'db', { parent: 'backend', maintainers: ['dba'], members: ['dev-0', 'Nested-Person'] });
  });

  it('reads every page, 100 a page, with the child team, and the maintainers apart when GitHub gives no roles', async () => {
    const members = await reads().teamMembers('acme', 'backend');
    expect(members).toHaveLength(243);
    expect(members.filter((member) => member.role === 'maintainer').map((member) => member.login)).toEqual(['Erin-Lead']);
    expect(members).toContainEqual({ login: 'Nested-Person', role: 'member', inherited: undefined });
    expect(members).toContainEqual({ login: 'dba', role: 'member', inherited: undefined });
    expect(members.map((member) => member.login)).not.toContain('invited');
    expect(paths(TEAMS_TOKEN)).toEqual([
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=1',
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=2',
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=3',
      '/orgs/acme/teams/backend/members?role=maintainer&per_page=100&page=1',
    ]);
    expect(paths(REPO_TOKEN)).toEqual([]);
  });

  it('reads each member once when GitHub gives their role and whether they come through a child team', async () => {
    const organization = sim.organizations.find('acme');
    if (organization) organization.listsRoles = true;
    const members = await reads().teamMembers('acme', 'backend');
    expect(members).toContainEqual({ login: 'Erin-Lead', role: 'maintainer', inherited: false });
    expect(members).toContainEqual({ login: 'Nested-Person', role: 'member', inherited: true });
    expect(sim.requests).toHaveLength(3);
  });

  it('costs one request for an empty team', async () => {
    sim.addTeam('acme', 'empty');
    expect(await reads().teamMembers('acme', 'empty')).toEqual([]);
    expect(sim.requests).toHaveLength(1);
  });

  it('fails for a team that does not exist, naming it, the request and what to do', async () => {
    const error = await failure(reads().teamMembers('acme', 'frontend'));
    expect(error.failure).toBe('not-found');
    expect(error.message).toBe(
      'GET /orgs/acme/teams/frontend/members?role=all&per_page=100&page=1: HTTP 404: Not Found (GitHub team acme/frontend does not exist, or github-teams-token cannot see it: check the name; github-teams-token needs organization members read access (a GitHub App token with the Members: read permission, or a personal access token with read:org); GITHUB_TOKEN never has it)',
    );
  });

  it('fails for a token that may not read teams, saying which input needs which access, never the token', async () => {
    const error = await failure(reads({ teamsToken: REPO_TOKEN }).teamMembers('acme', 'backend'));
    expect(error.failure).toBe('forbidden');
    expect(error.message).toContain(
      'HTTP 403: Resource not accessible by integration (the token cannot read GitHub team acme/backend: github-teams-token needs organization members read access',
    );
    expect(error.message).not.toContain(REPO_TOKEN);
  });

  it('refuses an answer whose login GitHub could not have sent', async () => {
    sim.inject({ method: 'GET', path: /\/members$/, status: 200, body: [{ login: 'x](https://evil.example)' }], times: 1 });
    const error = await failure(reads().teamMembers('acme', 'backend'));
    expect(error.failure).toBe('unreadable');
    expect(error.message).toContain('unexpected answer from GitHub: [0].login: expected a GitHub login');
  });
});

describe('team and teamMembership', () => {
  beforeEach(() => {
    sim.addOrganization('acme', { owners: ['boss'] });
    sim.addTeam('acme', 'engineering', { members: ['boss'] });
    sim.addTeam('acme', 'backend', { parent: 'engineering', maintainers: ['bob'], members: ['carol'], pending: ['dave'] });
  });

  it('reads a team, or undefined when there is none', async () => {
    expect(await reads().team('acme', 'backend')).toEqual({
      slug: 'backend',
      name: 'backend',
      parent: 'engineering',
      membersCount: 2,
    });
    expect(await reads().team('acme', 'frontend')).toBeUndefined();
  });

  it("reads a person's membership (role, state), undefined for someone who is not a member", async () => {
    const github = reads();
    expect(await github.teamMembership('acme', 'backend', 'bob')).toEqual({ role: 'maintainer', state: 'active' });
    expect(await github.teamMembership('acme', 'backend', 'dave')).toEqual({ role: 'member', state: 'pending' });
    expect(await github.teamMembership('acme', 'engineering', 'carol')).toEqual({ role: 'member', state: 'active' });
    expect(await github.teamMembership('acme', 'engineering', 'boss')).toEqual({ role: 'maintainer', state: 'active' });
    expect(await github.teamMembership('acme', 'backend', 'mallory')).toBeUndefined();
  });
});

describe('samlIdentities', () => {
  it('reads every identity (100 a page), leaving out the unclaimed ones', async () => {
    sim.addOrganization('acme', {
      saml: [
        ...Array.from({ length: 230 }, (_, index) => ({ login: `User-${index}`, nameId: `user${index}@acme.com` })),
        { nameId: 'nobody@acme.com' },
      ],
    });
    const found = await reads().samlIdentities('acme');
    expect(found.kind).toBe('identities');
    if (found.kind !== 'identities') return;
    expect(found.identities).toHaveLength(230);
    expect(found.identities[7]).toEqual({ login: 'User-7', nameId: 'user7@acme.com' });
    expect(sim.requestsBy(TEAMS_TOKEN).map((request) => request.path)).toEqual(['/graphql', '/graphql', '/graphql']);
  });

  it('says no-saml for an organization without SAML single sign-on, without an error', async () => {
    sim.addOrganization('acme');
    expect(await reads().samlIdentities('acme')).toEqual({
      kind: 'no-saml',
      detail:
        "GitHub shows no SAML identity provider for acme: it does not use SAML single sign-on, or the token is a person's who is not an owner",
    });
  });

  it('says not-permitted when the token may not read them: an app without members read, a personal token without read:org', async () => {
    sim.addOrganization('acme', { saml: [{ login: 'a', nameId: 'a@acme.com' }] });
    const app = await reads({ teamsToken: REPO_TOKEN }).samlIdentities('acme');
    expect(app).toMatchObject({
      kind: 'not-permitted',
      detail: expect.stringContaining('Resource not accessible by integration'),
    });
    sim.tokens.set('ghp_no_read_org', { login: 'mona', kind: 'user' });
    const person = await reads({ teamsToken: 'ghp_no_read_org' }).samlIdentities('acme');
    expect(person).toMatchObject({ kind: 'not-permitted', detail: expect.stringContaining('required scopes') });
  });

  it('fails for an organization that does not exist', async () => {
    const error = await failure(reads().samlIdentities('nope'));
    expect(error.failure).toBe('not-found');
    expect(error.message).toContain("POST /graphql: HTTP 200: Could not resolve to an Organization with the login of 'nope'.");
  });
});

describe('pull and reviews', () => {
  it('reads a merged pull request and every page of its reviews', async () => {
    sim.addPull({ number: 7, author: { login: 'octocat', type: 'User' } });
    sim.merge(7, 'c'.repeat(40), '2026-11-27T11:00:00Z');
    for (let index = 0; index < 130; index++)
      sim.review(7, { user: { login: `reviewer-${index}`, type: 'User' }, state: 'COMMENTED' });
    sim.review(7, { user: null, state: 'APPROVED', commitId: 'b'.repeat(40) });
    const github = reads();
    expect(await github.pull(7)).toEqual({
      number: 7,
      author: 'octocat',
      state: 'closed',
      headSha: 'feedfacefeedfacefeedfacefeedfacefeedface',
      baseSha: 'ba5eba11ba5eba11ba5eba11ba5eba11ba5eba11',
      merged: true,
      mergeCommitSha: 'c'.repeat(40),
      mergedAt: '2026-11-27T11:00:00Z',
    });
    const reviews = await github.reviews(7);
    expect(reviews).toHaveLength(131);
    expect(reviews[130]).toMatchObject({ reviewer: undefined, state: 'APPROVED', commitId: 'b'.repeat(40) });
    expect(paths(REPO_TOKEN)).toHaveLength(3);
    expect(paths(TEAMS_TOKEN)).toEqual([]);
  });

  it('fails for a pull request that does not exist, saying which permission the workflow needs', async () => {
    const error = await failure(reads().pull(8));
    expect(error.message).toContain(
      'GET /repos/acme/sentry-config/pulls/8: HTTP 404: Not Found (pull request #8 of acme/sentry-config does not exist, or github-token cannot see it: check the name; github-token needs pull-requests: read in the workflow permissions)',
    );
  });
});

describe('treeAt and blob', () => {
  const teamFiles = Object.fromEntries(
    Array.from({ length: 1000 }, (_, index) => [`sentry/teams/team-${index}.yml`, `teams:\n  team-${index}: {}\n`]),
  );
  const files = { 'README.md': '# config\n', 'sentry/org.yml': 'organization: acme\n', ...teamFiles };

  it("reads a whole commit's files with their blob shas in one request", async () => {
    const sha = sim.commit(files);
    const tree = await reads().treeAt(sha);
    expect(tree).toHaveLength(1002);
    expect(tree?.find((file) => file.path === 'sentry/org.yml')).toEqual({
      path: 'sentry/org.yml',
      sha: gitBlobSha('organization: acme\n'),
      size: 19,
      mode: '100644',
    });
    expect(sim.requests).toHaveLength(1);
  });

  it('reads a folder of 1,000 team files in a handful of requests; undefined for a folder the commit does not have', async () => {
    const sha = sim.commit(files);
    const tree = await reads().treeAt(sha, 'sentry/teams/');
    expect(tree).toHaveLength(1000);
    expect(tree?.[0]?.path).toMatch(/^sentry\/teams\/team-\d+\.yml$/);
    expect(sim.requests.map((request) => request.path.replace(/[0-9a-f]{40}/, '<sha>'))).toEqual([
      '/repos/acme/sentry-config/git/trees/<sha>',
      '/repos/acme/sentry-config/git/trees/<sha>',
      '/repos/acme/sentry-config/git/trees/<sha>?recursive=1',
    ]);
    expect(await reads().treeAt(sha, 'config')).toBeUndefined();
  });

  it('reads a tree GitHub cuts short folder by folder, and finds every file; fails for one folder too large to list', async () => {
    await sim.close();
    // 1,010 entries in all: the whole tree is cut short, each folder fits.
    sim = await startGitHubSim({ treeLimit: 1005 });
    const sha = sim.commit({ ...files, 'other/a.yml': 'a', 'other/deep/b.yml': 'b' });
    const tree = await reads().treeAt(sha);
    expect(tree?.map((file) => file.path).sort()).toEqual(
      Object.keys({ ...files, 'other/a.yml': 1, 'other/deep/b.yml': 1 }).sort(),
    );
    expect(sim.requests.map((request) => request.path.replace(/[0-9a-f]{40}/, '<sha>'))).toEqual([
      '/repos/acme/sentry-config/git/trees/<sha>?recursive=1',
      '/repos/acme/sentry-config/git/trees/<sha>',
      '/repos/acme/sentry-config/git/trees/<sha>?recursive=1',
      '/repos/acme/sentry-config/git/trees/<sha>?recursive=1',
    ]);
    await sim.close();
    sim = await startGitHubSim({ treeLimit: 300 });
    const error = await failure(reads().treeAt(sim.commit(files)));
    expect(error.message).toMatch(
      /^GET \/repos\/acme\/sentry-config\/git\/trees\/[0-9a-f]{40}: HTTP 200: the folder sentry\/teams\/ has more entries than GitHub lists in one answer \(keep the config in a smaller folder\)$/,
    );
  });

  it("reads a blob's text; a local file with the same content has the entry's sha", async () => {
    const content = 'teams:\n  backend:\n    admins: [zoë@acme.com]\n';
    const sha = sim.commit({ 'sentry/teams/backend.yml': content });
    const [file] = (await reads().treeAt(sha)) ?? [];
    expect(file?.sha).toBe(gitBlobSha(content));
    expect((await reads().blob(file?.sha ?? '')).toString('utf8')).toBe(content);
  });

  it('refuses a blob whose content does not have the sha asked for', async () => {
    const sha = gitBlobSha('organization: acme\n');
    sim.commit({ 'org.yml': 'organization: acme\n' });
    sim.inject({
      method: 'GET',
      path: /\/git\/blobs\//,
      status: 200,
      body: {
        sha,
        node_id: 'B',
        size: 21,
        url: `${sim.url}/b`,
        content: Buffer.from('organization: mallory').toString('base64'),
        encoding: 'base64',
      },
    });
    const error = await failure(reads().blob(sha));
    expect(error.failure).toBe('unreadable');
    expect(error.message).toContain(`the content GitHub sent has the git sha ${gitBlobSha('organization: mallory')}, not ${sha}`);
  });
});

describe("within GitHub's rate limits", () => {
  beforeEach(() => {
    sim.addPull({ number: 7 });
  });

  it("waits for a secondary limit's retry-after, then reads", async () => {
    sim.secondaryRateLimit({ retryAfterSeconds: 1 });
    const debug: string[] = [];
    const started = Date.now();
    expect((await reads({ debug: (line) => debug.push(line) }).pull(7)).number).toBe(7);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(debug).toContain('GET /repos/acme/sentry-config/pulls/7: secondary rate limit; waiting 1 s');
    expect(sim.requests.map((request) => request.status)).toEqual([403, 200]);
  });

  it('waits for a spent primary budget to reset when that is soon, then reads', async () => {
    sim.exhaustRateLimit({ token: REPO_TOKEN, resetInSeconds: 1, status: 429 });
    expect((await reads().pull(7)).number).toBe(7);
    expect(sim.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it('does not wait past the cap: fails at once, saying which limit and when it resets', async () => {
    sim.exhaustRateLimit({ token: REPO_TOKEN, resetInSeconds: 61 });
    const started = Date.now();
    const error = await failure(reads().pull(7));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.failure).toBe('rate-limited');
    // The reset is 61 s after the budget was spent (a whole second, as GitHub sends it).
    const [, clock, seconds] = /until (\d\d:\d\d:\d\d) UTC, in (\d+) s;/.exec(error.message) ?? [];
    const day = 86_400_000;
    const shown = Date.parse(`${new Date(started).toISOString().slice(0, 11)}${clock}Z`);
    // Within 2 s of started + 61 s on the clock (the reset may fall on the next day).
    expect(Math.abs(((shown - (started + 61_000) + 1.5 * day) % day) - day / 2)).toBeLessThan(2000);
    expect(Number(seconds)).toBeGreaterThanOrEqual(60);
    expect(error.message).toBe(
      `GET /repos/acme/sentry-config/pulls/7: HTTP 403: GitHub's primary rate limit for core (5000 requests an hour) is spent until ${clock} UTC, in ${seconds} s; this action waits at most 60 s in all for GitHub's rate limits in a run (run again after the reset; github-token from a GitHub App has its own, larger budget)`,
    );
  });

  it('counts every wait of the run against the one cap (here 1.5 s): the second 1 s wait is refused', async () => {
    sim.secondaryRateLimit({ retryAfterSeconds: 1, times: 2 });
    const error = await failure(reads({ maxWaitMs: 1500 }).pull(7));
    expect(error.message).toContain("GitHub's secondary rate limit (too many requests in a short time) asks to wait until");
    expect(sim.requests.map((request) => request.status)).toEqual([403, 403]);
  });

  it('treats a spent GraphQL budget as GitHub sends it (200 with RATE_LIMITED), for the graphql resource', async () => {
    sim.addOrganization('acme', { saml: [] });
    sim.exhaustRateLimit({ token: TEAMS_TOKEN, resource: 'graphql', resetInSeconds: 3600 });
    const error = await failure(reads().samlIdentities('acme'));
    expect(error.message).toMatch(
      /^POST \/graphql: HTTP 200: GitHub's primary rate limit for graphql \(5000 points an hour\) is spent until/,
    );
  });
});

describe('bounded in time, and retried', () => {
  beforeEach(() => {
    sim.addPull({ number: 7 });
  });

  it('gives up on a server that never answers at the deadline, after its retries', async () => {
    sim.inject({ method: 'GET', path: /\/pulls\/7$/, stall: 'headers' });
    const started = Date.now();
    const error = await failure(reads({ timeoutMs: 300, retries: 1 }).pull(7));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error.failure).toBe('no-answer');
    expect(error.message).toBe(
      'GET /repos/acme/sentry-config/pulls/7: no answer: no complete answer within 0.3 s (GitHub (or a proxy in between) is too slow; it was tried 2 times: run again later)',
    );
    expect(sim.requests).toHaveLength(2);
  });

  it('gives up on an answer whose body never ends: the deadline is for the whole answer', async () => {
    sim.inject({ method: 'GET', path: /\/pulls\/7$/, status: 200, body: { number: 7, note: 'x'.repeat(1000) }, stall: 'body' });
    const started = Date.now();
    const error = await failure(reads({ timeoutMs: 300, retries: 0 }).pull(7));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.message).toBe(
      'GET /repos/acme/sentry-config/pulls/7: no answer: no complete answer within 0.3 s (GitHub (or a proxy in between) is too slow; it was tried once: run again later)',
    );
  });

  it('refuses an answer larger than the cap', async () => {
    const error = await failure(reads({ maxResponseBytes: 1000 }).pull(7));
    expect(error.message).toContain('the answer is larger than');
  });

  it('retries a failed answer (5xx) and then reads', async () => {
    sim.inject({ method: 'GET', path: /\/pulls\/7$/, status: 502, body: { message: 'Server Error' }, times: 1 });
    expect((await reads().pull(7)).number).toBe(7);
    expect(sim.requests.map((request) => request.status)).toEqual([502, 200]);
  });

  it('asks the next page of the API it was given, whatever host the Link header names', async () => {
    sim.addOrganization('acme');
    sim.addTeam('acme', 'backend', { members: ['a'] });
    sim.inject({
      method: 'GET',
      path: /\/members$/,
      status: 200,
      body: [],
      headers: { link: '<http://127.0.0.2:9/steal?page=2>; rel="next"' },
      times: 1,
    });
    expect(await reads().teamMembers('acme', 'backend')).toEqual([]);
    expect(sim.requests.map((request) => request.path)).toEqual([
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=1',
      '/orgs/acme/teams/backend/members?role=all&per_page=100&page=2',
    ]);
  });

  it('never shows a token, not even one a server echoes', async () => {
    sim.inject({ method: 'GET', path: /\/pulls\/7$/, status: 400, body: { message: `Bad credentials: token ${REPO_TOKEN}` } });
    const error = await failure(reads().pull(7));
    expect(error.message).toContain('Bad credentials: token [redacted]');
    expect(error.message).not.toContain(REPO_TOKEN);
  });
});
