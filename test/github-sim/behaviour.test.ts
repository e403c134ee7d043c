/**
 * The simulated GitHub behaves as GitHub does where the product depends on it (docs/github-api.md):
 * nested teams, roles and memberships, who may read what, paging, SAML identities, git data,
 * reviews, edited comments, rate limits and the request log. Every answer here is also checked
 * against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { call, graphql, TEAMS_TOKEN } from './client.ts';
import { conformanceErrors } from './openapi.ts';

let sim: GitHubSim;
let clock = Date.parse('2026-11-27T10:00:00Z');
const logins = (body: unknown) => (body as { login: string }[]).map((member) => member.login);

beforeEach(async () => {
  clock = Date.parse('2026-11-27T10:00:00Z');
  sim = await startGitHubSim({ now: () => clock });
  sim.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
});
afterEach(async () => {
  expect(conformanceErrors(sim.requests)).toEqual([]);
  await sim.close();
});

describe('teams', () => {
  beforeEach(() => {
    sim.addOrganization('acme', { owners: ['Boss'] });
    sim.addTeam('acme', 'engineering', { maintainers: ['Boss'], members: ['alice'] });
    sim.addTeam('acme', 'backend', {
      parent: 'engineering',
      maintainers: ['Bob'],
      members: ['carol', 'alice'],
      pending: ['dave'],
    });
    sim.addTeam('acme', 'db', { parent: 'backend', members: ['erin'] });
  });
  const get = (path: string) => call(sim, 'GET', path, { token: TEAMS_TOKEN });

  it("lists a team's members with its child teams' (any depth), each once, pending invitations left out", async () => {
    expect(logins((await get('/orgs/acme/teams/engineering/members')).body)).toEqual(['Boss', 'alice', 'Bob', 'carol', 'erin']);
    expect(logins((await get('/orgs/acme/teams/backend/members')).body)).toEqual(['Bob', 'carol', 'alice', 'erin']);
  });

  it("filters by the role in this team: a child team's maintainer is a member of the parent", async () => {
    expect(logins((await get('/orgs/acme/teams/engineering/members?role=maintainer')).body)).toEqual(['Boss']);
    expect(logins((await get('/orgs/acme/teams/engineering/members?role=member')).body)).toEqual([
      'alice',
      'Bob',
      'carol',
      'erin',
    ]);
  });

  it("gives each member role and inherited where the organization has GitHub's newer listing, nothing otherwise", async () => {
    expect((await get('/orgs/acme/teams/backend/members')).body).not.toContainEqual(
      expect.objectContaining({ role: expect.anything() }),
    );
    const organization = sim.organizations.find('acme');
    if (organization) organization.listsRoles = true;
    expect((await get('/orgs/acme/teams/engineering/members')).body).toMatchObject([
      { login: 'Boss', role: 'maintainer', inherited: false },
      { login: 'alice', role: 'member', inherited: false },
      { login: 'Bob', role: 'member', inherited: true },
      { login: 'carol', role: 'member', inherited: true },
      { login: 'erin', role: 'member', inherited: true },
    ]);
  });

  it('answers memberships: direct, through a child team, pending, an owner as maintainer; 404 for anyone else', async () => {
    const membership = async (team: string, login: string) => {
      const answer = await get(`/orgs/acme/teams/${team}/memberships/${login}`);
      return answer.status === 200 ? answer.body : answer.status;
    };
    expect(await membership('backend', 'bob')).toMatchObject({ role: 'maintainer', state: 'active' });
    expect(await membership('engineering', 'erin')).toMatchObject({ role: 'member', state: 'active' });
    expect(await membership('backend', 'dave')).toMatchObject({ role: 'member', state: 'pending' });
    expect(await membership('engineering', 'boss')).toMatchObject({ role: 'maintainer' });
    expect(await membership('db', 'alice')).toBe(404);
  });

  it('matches organization, team and login without case, and keeps logins as GitHub spells them', async () => {
    expect(logins((await get('/orgs/ACME/teams/Backend/members')).body)).toContain('Bob');
    expect((await get('/orgs/acme/teams/backend/memberships/BOB')).status).toBe(200);
  });

  it('answers 401 without a token, 403 to an app without members read, 404 to a person without read:org, 404 for an unknown team', async () => {
    sim.tokens.set('ghp_person', { login: 'octocat', kind: 'user' });
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/members', { token: null })).status).toBe(401);
    const refused = await call(sim, 'GET', '/orgs/acme/teams/backend/members');
    expect(refused).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/members', { token: 'ghp_person' })).status).toBe(404);
    expect((await get('/orgs/acme/teams/frontend/members')).status).toBe(404);
    expect((await get('/orgs/other/teams/backend/members')).status).toBe(404);
  });

  it('pages 30 by default and at most 100, with Link next, last, prev and first', async () => {
    sim.addTeam('acme', 'big', { members: Array.from({ length: 250 }, (_, index) => `user-${index}`) });
    expect((await get('/orgs/acme/teams/big/members')).body).toHaveLength(30);
    const first = await get('/orgs/acme/teams/big/members?per_page=500');
    expect(first.body).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${sim.url}/orgs/acme/teams/big/members?per_page=500&page=2>; rel="next", <${sim.url}/orgs/acme/teams/big/members?per_page=500&page=3>; rel="last"`,
    );
    const last = await get('/orgs/acme/teams/big/members?per_page=100&page=3');
    expect(logins(last.body)).toHaveLength(50);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
  });
});

describe('SAML identities (GraphQL)', () => {
  const QUERY = `query($org: String!, $cursor: String) { organization(login: $org) { samlIdentityProvider {
    externalIdentities(first: 100, after: $cursor) { nodes { samlIdentity { nameId } user { login } } pageInfo { hasNextPage endCursor } } } } }`;

  it('pages the identities 100 at a time; an unclaimed one has no user', async () => {
    sim.addOrganization('acme', {
      saml: [
        ...Array.from({ length: 249 }, (_, index) => ({ login: `user-${index}`, nameId: `user-${index}@acme.com` })),
        { nameId: 'x@acme.com' },
      ],
    });
    type Page = {
      data: {
        organization: {
          samlIdentityProvider: {
            externalIdentities: { nodes: { user: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
          };
        };
      };
    };
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const page = (await graphql(sim, QUERY, { org: 'acme', cursor }, TEAMS_TOKEN)).body as Page;
      pages.push(page);
      const info = page.data.organization.samlIdentityProvider.externalIdentities.pageInfo;
      cursor = info.hasNextPage ? info.endCursor : null;
    } while (cursor);
    const nodes = pages.flatMap((page) => page.data.organization.samlIdentityProvider.externalIdentities.nodes);
    expect(pages).toHaveLength(3);
    expect(nodes).toHaveLength(250);
    expect(nodes[0]).toEqual({ samlIdentity: { nameId: 'user-0@acme.com' }, user: { login: 'user-0' } });
    expect(nodes[249]?.user).toBeNull();
  });

  it('is null for an organization without SAML single sign-on, and for a person who is not an owner', async () => {
    sim.addOrganization('acme');
    sim.addOrganization('corp', { owners: ['octocat'], saml: [{ login: 'a', nameId: 'a@corp.com' }] });
    sim.tokens.set('ghp_member', { login: 'mona', kind: 'user', orgs: ['corp'] });
    expect((await graphql(sim, QUERY, { org: 'acme' }, TEAMS_TOKEN)).body).toEqual({
      data: { organization: { samlIdentityProvider: null } },
    });
    expect((await graphql(sim, QUERY, { org: 'corp' }, 'ghp_member')).body).toEqual({
      data: { organization: { samlIdentityProvider: null } },
    });
  });

  it("refuses as GitHub does: FORBIDDEN to an app, INSUFFICIENT_SCOPES (no data) to a person's token, NOT_FOUND for an unknown organization", async () => {
    sim.addOrganization('acme', { saml: [] });
    sim.tokens.set('ghp_no_scope', { login: 'mona', kind: 'user' });
    expect((await graphql(sim, QUERY, { org: 'acme' })).body).toMatchObject({
      data: { organization: { samlIdentityProvider: null } },
      errors: [
        { type: 'FORBIDDEN', path: ['organization', 'samlIdentityProvider'], message: 'Resource not accessible by integration' },
      ],
    });
    const scopes = (await graphql(sim, QUERY, { org: 'acme' }, 'ghp_no_scope')).body;
    expect(scopes).toMatchObject({ errors: [{ type: 'INSUFFICIENT_SCOPES' }] });
    expect(scopes).not.toHaveProperty('data');
    expect((await graphql(sim, QUERY, { org: 'nope' }, TEAMS_TOKEN)).body).toMatchObject({
      data: { organization: null },
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to an Organization with the login of 'nope'." }],
    });
  });

  it("validates queries against GitHub's schema: a field GitHub does not have is an error, and so is a connection without first", async () => {
    sim.addOrganization('acme', { saml: [] });
    expect(((await graphql(sim, 'query { viewer { email2 } }')).body as { errors: unknown[] }).errors).toHaveLength(1);
    const unbounded = await graphql(
      sim,
      'query { organization(login: "acme") { samlIdentityProvider { externalIdentities { totalCount } } } }',
      {},
      TEAMS_TOKEN,
    );
    expect(unbounded.body).toMatchObject({ errors: [{ type: 'MISSING_PAGINATION_BOUNDARIES' }] });
  });
});

describe('git data', () => {
  it("serves one store: files set by ref show in the git tree, and a commit's files show by ref", async () => {
    sim.files.set('baseba5e:sentry-members.yml', 'organization: acme\n');
    const tree = (await call(sim, 'GET', '/repos/acme/cfg/git/trees/baseba5e?recursive=1')).body as { tree: { path: string }[] };
    expect(tree.tree.map((entry) => entry.path)).toEqual(['sentry-members.yml']);
    const sha = sim.commit({ 'a/b/c.yml': 'x: 1\n' });
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(sim.files.get(`${sha}:a/b/c.yml`)).toBe('x: 1\n');
    expect(
      (await call(sim, 'GET', `/repos/acme/cfg/contents/a/b/c.yml?ref=${sha}`, { accept: 'application/vnd.github.raw' })).body,
    ).toBe('x: 1\n');
  });

  it('lists a tree recursively, folders before their contents, and cuts it short past the limit with truncated', async () => {
    await sim.close();
    sim = await startGitHubSim({ treeLimit: 3 });
    const sha = sim.commit({ 'z.yml': '', 'sentry/a.yml': 'a', 'sentry/teams/b.yml': 'b' });
    const whole = (await call(sim, 'GET', `/repos/acme/cfg/git/trees/${sha}?recursive=1`)).body as {
      tree: { path: string; type: string }[];
      truncated: boolean;
    };
    expect(whole.truncated).toBe(true);
    expect(whole.tree.map((entry) => entry.path)).toEqual(['sentry', 'sentry/a.yml', 'sentry/teams']);
    const top = (await call(sim, 'GET', `/repos/acme/cfg/git/trees/${sha}`)).body as {
      tree: { path: string; type: string; size?: number }[];
      truncated: boolean;
    };
    expect(top).toMatchObject({
      truncated: false,
      tree: [
        { path: 'sentry', type: 'tree' },
        { path: 'z.yml', type: 'blob', size: 0 },
      ],
    });
    expect(top.tree[0]).not.toHaveProperty('size');
  });

  it('sends a blob in base64 lines of 60 characters, as GitHub does', async () => {
    const content = 'members:\n'.repeat(20);
    const sha = sim.commit({ 'big.yml': content });
    const tree = (await call(sim, 'GET', `/repos/acme/cfg/git/trees/${sha}`)).body as { tree: { sha: string }[] };
    const blob = (await call(sim, 'GET', `/repos/acme/cfg/git/blobs/${tree.tree[0]?.sha}`)).body as {
      content: string;
      size: number;
    };
    expect(blob.size).toBe(content.length);
    expect(
      blob.content
        .split('\n')
        .slice(0, -1)
        .every((line) => line.length <= 60),
    ).toBe(true);
    expect(Buffer.from(blob.content, 'base64').toString('utf8')).toBe(content);
  });
});

describe('pull requests and reviews', () => {
  it('lists reviews oldest first, a pending one to its author only, a dismissed one as DISMISSED, each on the head it was given on', async () => {
    const pull = sim.addPull({ number: 7 });
    const first = sim.review(7, { user: { login: 'bob', type: 'User' }, state: 'APPROVED' });
    sim.review(7, { user: { login: 'carol', type: 'User' }, state: 'CHANGES_REQUESTED', commitId: 'a'.repeat(40) });
    sim.review(7, { user: { login: 'octocat', type: 'User' }, state: 'PENDING' });
    sim.dismissReview(first);
    sim.tokens.set('ghp_octocat', { login: 'octocat', kind: 'user' });
    const states = async (token?: string) =>
      (
        (await call(sim, 'GET', '/repos/acme/cfg/pulls/7/reviews', token ? { token } : {})).body as {
          state: string;
          commit_id: string;
        }[]
      ).map((review) => `${review.state}@${review.commit_id.slice(0, 4)}`);
    expect(await states()).toEqual([`DISMISSED@${pull.head.sha.slice(0, 4)}`, 'CHANGES_REQUESTED@aaaa']);
    expect(await states('ghp_octocat')).toHaveLength(3);
  });

  it('finds the pull request of a merge commit, merged', async () => {
    sim.addPull({ number: 7 });
    sim.merge(7, 'c'.repeat(40));
    expect((await call(sim, 'GET', `/repos/acme/cfg/commits/${'c'.repeat(40)}/pulls`)).body).toMatchObject([
      { number: 7, state: 'closed' },
    ]);
    expect((await call(sim, 'GET', '/repos/acme/cfg/pulls/7')).body).toMatchObject({
      merged: true,
      merge_commit_sha: 'c'.repeat(40),
    });
  });
});

describe('comments edited by someone else', () => {
  const QUERY = `query($owner: String!, $repo: String!, $number: Int!) { repository(owner: $owner, name: $repo) { issueOrPullRequest(number: $number) {
    ... on PullRequest { comments(first: 100) { nodes { databaseId body author { login } editor { login } lastEditedAt } } } } } }`;
  const nodes = async () =>
    (
      (await graphql(sim, QUERY, { owner: 'acme', repo: 'cfg', number: 7 })).body as {
        data: { repository: { issueOrPullRequest: { comments: { nodes: unknown[] } } } };
      }
    ).data.repository.issueOrPullRequest.comments.nodes;

  it('names the last editor and when; the author stays the bot', async () => {
    await call(sim, 'POST', '/repos/acme/cfg/issues/7/comments', { body: { body: 'plan' } });
    expect(await nodes()).toEqual([
      { databaseId: 1000, body: 'plan', author: { login: 'github-actions' }, editor: null, lastEditedAt: null },
    ]);
    await call(sim, 'PATCH', '/repos/acme/cfg/issues/comments/1000', { body: { body: 'plan 2' } });
    expect(await nodes()).toMatchObject([{ author: { login: 'github-actions' }, editor: { login: 'github-actions' } }]);
    clock += 60_000;
    sim.editComment(1000, 'forged', { login: 'mallory', type: 'User' });
    expect(await nodes()).toEqual([
      {
        databaseId: 1000,
        body: 'forged',
        author: { login: 'github-actions' },
        editor: { login: 'mallory' },
        lastEditedAt: '2026-11-27T10:01:00.000Z',
      },
    ]);
    expect(sim.comments[0]?.user).toEqual(ACTIONS_BOT);
  });
});

describe('rate limits', () => {
  it('tells the budget on every answer, REST (core) and GraphQL (graphql), per token', async () => {
    const first = await call(sim, 'GET', '/repos/acme/cfg/pulls/1');
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.ceil(clock / 1000) + 3600),
    });
    expect((await call(sim, 'GET', '/repos/acme/cfg/pulls/1')).headers['x-ratelimit-used']).toBe('2');
    expect((await call(sim, 'GET', '/repos/acme/cfg/pulls/1', { token: TEAMS_TOKEN })).headers['x-ratelimit-used']).toBe('1');
    expect((await graphql(sim, 'query { viewer { login } }')).headers).toMatchObject({
      'x-ratelimit-resource': 'graphql',
      'x-ratelimit-used': '1',
    });
  });

  it('refuses a spent budget until its reset, then serves again', async () => {
    sim.exhaustRateLimit({ resetInSeconds: 30 });
    const refused = await call(sim, 'GET', '/repos/acme/cfg/pulls/1');
    expect(refused).toMatchObject({
      status: 403,
      body: { message: expect.stringMatching(/^API rate limit exceeded for installation ID \d+\.$/) },
    });
    expect(refused.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(clock / 1000) + 30),
    });
    expect((await graphql(sim, 'query { viewer { login } }')).status).toBe(200);
    clock += 31_000;
    expect((await call(sim, 'GET', '/repos/acme/cfg/pulls/1')).status).toBe(404);
  });

  it("answers a secondary limit with retry-after and GitHub's message, whatever the budget", async () => {
    sim.secondaryRateLimit({ retryAfterSeconds: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const answer = await call(sim, 'GET', '/repos/acme/cfg/pulls/1');
      expect(answer).toMatchObject({
        status: 403,
        headers: { 'retry-after': '7' },
        body: { message: expect.stringContaining('secondary rate limit') },
      });
      expect(Number(answer.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    }
    expect((await call(sim, 'GET', '/repos/acme/cfg/pulls/1')).status).toBe(404);
  });
});

describe('the request log', () => {
  it('names the token of every request, so tests count requests per token', async () => {
    await call(sim, 'GET', '/repos/acme/cfg/pulls/1');
    await call(sim, 'GET', '/orgs/acme/teams/x', { token: TEAMS_TOKEN });
    await call(sim, 'GET', '/user', { token: null });
    expect(sim.requests.map((request) => [request.method, request.path, request.token, request.status])).toEqual([
      ['GET', '/repos/acme/cfg/pulls/1', 'ghs_fake_github_token', 404],
      ['GET', '/orgs/acme/teams/x', TEAMS_TOKEN, 404],
      ['GET', '/user', undefined, 403],
    ]);
    expect(sim.requestsBy(TEAMS_TOKEN)).toHaveLength(1);
  });
});
