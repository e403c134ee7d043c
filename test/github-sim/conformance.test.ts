/**
 * The simulated GitHub against GitHub's published API descriptions: every answer it sends, for
 * every operation and status, validates against GitHub's OpenAPI description
 * (@octokit/openapi), and every GraphQL query the product sends validates against GitHub's
 * GraphQL schema (@octokit/graphql-schema). The sim's behaviour is in behaviour.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '@octokit/graphql-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GRAPHQL_QUERIES } from '../../src/github/reads.ts';
import { type GitHubSim, startGitHubSim } from '../harness/github-sim.ts';
import { call, graphql, TEAMS_TOKEN } from './client.ts';
import { conformanceErrors, documented, responseErrors } from './openapi.ts';

const USER_TOKEN = 'ghp_octocat_personal_token_with_read_org';
const NO_SCOPE_TOKEN = 'ghp_mallory_personal_token_without_read_org';
const R = '/repos/acme/sentry-config';

let sim: GitHubSim;
let base: string;
let head: string;
const answered = new Set<string>();

beforeEach(async () => {
  sim = await startGitHubSim();
  sim.tokens.set(TEAMS_TOKEN, { login: 'members-reader[bot]', kind: 'app', orgs: ['acme'] });
  sim.tokens.set(USER_TOKEN, { login: 'octocat', kind: 'user', orgs: ['acme'] });
  sim.tokens.set(NO_SCOPE_TOKEN, { login: 'mallory', kind: 'user' });
  sim.addOrganization('acme', {
    owners: ['boss', 'octocat'],
    saml: [{ login: 'alice', nameId: 'alice@acme.com' }, { nameId: 'unclaimed@acme.com' }],
    listsRoles: true,
  });
  sim.addTeam('acme', 'engineering', { maintainers: ['boss'], members: ['alice'] });
  sim.addTeam('acme', 'backend', { parent: 'engineering', maintainers: ['bob'], members: ['carol'], pending: ['dave'] });
  base = sim.commit(
    { 'sentry/org.yml': 'organization: acme\n', 'sentry/teams/backend.yml': 'teams: {}\n', 'README.md': '# config\n' },
    { branch: 'main' },
  );
  head = sim.commit(
    {
      'sentry/org.yml': 'organization: acme\n',
      'sentry/teams/backend.yml': 'teams:\n  backend: {}\n',
      'README.md': '# config\n',
    },
    { parent: base },
  );
  sim.addPull({ number: 7, head: { sha: head, ref: 'topic' }, base: { sha: base, ref: 'main' } });
  sim.review(7, { user: { login: 'bob', type: 'User' }, state: 'APPROVED' });
  sim.review(7, { user: null, state: 'COMMENTED', commitId: base });
});

afterEach(async () => {
  // Every answer carries GitHub's rate-limit headers, and every JSON answer is one GitHub's description allows.
  for (const request of sim.requests)
    if (request.operation && request.status && request.status < 300) answered.add(request.operation);
  for (const request of sim.requests)
    if (
      request.operation &&
      request.operation !== 'POST /graphql' &&
      request.status &&
      request.status < 300 &&
      request.contentType?.includes('json')
    )
      expect(documented(request.operation, request.status), `${request.operation} ${request.status}`).toBe(true);
  expect(conformanceErrors(sim.requests)).toEqual([]);
  await sim.close();
});

describe('REST answers, every operation and status', () => {
  it('file contents: raw, as JSON, a folder; 404 for a missing path or ref', async () => {
    expect(
      (await call(sim, 'GET', `${R}/contents/sentry/org.yml?ref=${base}`, { accept: 'application/vnd.github.v3.raw' })).body,
    ).toBe('organization: acme\n');
    expect((await call(sim, 'GET', `${R}/contents/sentry/org.yml?ref=${base}`)).body).toMatchObject({
      type: 'file',
      encoding: 'base64',
    });
    expect(
      ((await call(sim, 'GET', `${R}/contents/sentry?ref=main`)).body as { name: string }[]).map((entry) => entry.name),
    ).toEqual(['org.yml', 'teams']);
    expect((await call(sim, 'GET', `${R}/contents/nope.yml?ref=${base}`)).status).toBe(404);
    expect((await call(sim, 'GET', `${R}/contents/sentry/org.yml?ref=${'f'.repeat(40)}`)).status).toBe(404);
  });

  it('the authenticated user: a person; 403 for an installation token', async () => {
    expect((await call(sim, 'GET', '/user', { token: USER_TOKEN })).body).toMatchObject({ login: 'octocat', type: 'User' });
    expect((await call(sim, 'GET', '/user')).status).toBe(403);
  });

  it('issue comments and issues: list, create, edit; 404 for an unknown one', async () => {
    await call(sim, 'POST', `${R}/issues/7/comments`, { body: { body: 'plan' } });
    await call(sim, 'POST', `${R}/issues/7/comments`, { body: { body: 'plan 2' } });
    await call(sim, 'POST', `${R}/issues/7/comments`, { body: { body: 'plan 3' } });
    const listed = await call(sim, 'GET', `${R}/issues/7/comments?per_page=100`);
    expect(listed.headers.link).toContain('rel="next"');
    expect((await call(sim, 'PATCH', `${R}/issues/comments/${sim.comments[0]?.id}`, { body: { body: 'edited' } })).status).toBe(
      200,
    );
    expect((await call(sim, 'PATCH', `${R}/issues/comments/1`, { body: { body: 'x' } })).status).toBe(404);
    const created = await call(sim, 'POST', `${R}/issues`, { body: { title: 'Drift', body: 'found' } });
    expect(created.status).toBe(201);
    expect((await call(sim, 'GET', `${R}/issues?state=open&per_page=100`)).body).toHaveLength(1);
    const number = (created.body as { number: number }).number;
    expect((await call(sim, 'PATCH', `${R}/issues/${number}`, { body: { state: 'closed' } })).status).toBe(200);
    expect((await call(sim, 'PATCH', `${R}/issues/1`, { body: { state: 'closed' } })).status).toBe(404);
  });

  it('pull requests of a commit: set by a test, or found from the pull requests', async () => {
    sim.pullsOfCommit.set('0123456789abcdef0123456789abcdef01234567', [{ number: 9, merged_at: '2026-11-27T10:00:00Z' }]);
    expect((await call(sim, 'GET', `${R}/commits/0123456789abcdef0123456789abcdef01234567/pulls`)).body).toMatchObject([
      { number: 9, merged_at: '2026-11-27T10:00:00Z' },
    ]);
    expect((await call(sim, 'GET', `${R}/commits/${head}/pulls`)).body).toMatchObject([{ number: 7, merged_at: null }]);
  });

  it('commits that changed a path, newest first, from a ref (git log -- path)', async () => {
    const shas = async (query: string) =>
      ((await call(sim, 'GET', `${R}/commits?${query}`)).body as { sha: string }[]).map((commit) => commit.sha);
    expect(await shas(`sha=${head}&path=sentry/teams&per_page=10`)).toEqual([head, base]);
    expect(await shas(`sha=${head}&path=sentry/teams&per_page=1`)).toEqual([head]);
    expect(await shas(`sha=${head}&path=sentry/org.yml`)).toEqual([base]);
    expect(await shas(`sha=${head}`)).toEqual([head, base]);
    expect(await shas(`sha=${base}&path=sentry/teams/backend.yml`)).toEqual([base]);
  });

  it('git data: trees (recursive, by commit or branch), blobs, commits; 404 and 422 for unknown ones', async () => {
    const tree = (await call(sim, 'GET', `${R}/git/trees/${base}?recursive=1`)).body as { tree: { path: string; sha: string }[] };
    expect(tree.tree.map((entry) => entry.path)).toEqual([
      'README.md',
      'sentry',
      'sentry/org.yml',
      'sentry/teams',
      'sentry/teams/backend.yml',
    ]);
    expect((await call(sim, 'GET', `${R}/git/trees/main`)).status).toBe(200);
    expect((await call(sim, 'GET', `${R}/git/trees/${'e'.repeat(40)}`)).status).toBe(404);
    const blob = tree.tree.find((entry) => entry.path === 'sentry/org.yml')?.sha ?? '';
    expect((await call(sim, 'GET', `${R}/git/blobs/${blob}`)).body).toMatchObject({ encoding: 'base64', size: 19 });
    expect((await call(sim, 'GET', `${R}/git/blobs/${blob}`, { accept: 'application/vnd.github.raw+json' })).body).toBe(
      'organization: acme\n',
    );
    expect((await call(sim, 'GET', `${R}/git/blobs/${'e'.repeat(40)}`)).status).toBe(404);
    expect((await call(sim, 'GET', `${R}/git/commits/${head}`)).body).toMatchObject({ parents: [{ sha: base }] });
    expect((await call(sim, 'GET', `${R}/git/commits/${'e'.repeat(40)}`)).status).toBe(404);
    expect((await call(sim, 'GET', `${R}/commits/${head}`)).body).toMatchObject({
      sha: head,
      commit: { tree: { sha: expect.any(String) } },
    });
    expect((await call(sim, 'GET', `${R}/commits/${'e'.repeat(40)}`)).status).toBe(422);
  });

  it('teams, members and memberships: 200, and 401, 403, 404 and 422 as GitHub answers them', async () => {
    const as = { token: TEAMS_TOKEN };
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend', as)).body).toMatchObject({
      slug: 'backend',
      parent: { slug: 'engineering' },
    });
    expect((await call(sim, 'GET', '/orgs/acme/teams/engineering/members?per_page=2', as)).headers.link).toContain('rel="last"');
    expect((await call(sim, 'GET', '/orgs/acme/teams/engineering/members?role=maintainer', as)).body).toHaveLength(1);
    expect((await call(sim, 'GET', '/orgs/acme/teams/engineering/members?role=owner', as)).status).toBe(422);
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/memberships/dave', as)).body).toMatchObject({ state: 'pending' });
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/memberships/nobody', as)).status).toBe(404);
    expect((await call(sim, 'GET', '/orgs/acme/teams/nope', as)).status).toBe(404);
    expect((await call(sim, 'GET', '/orgs/nope/teams/backend/members', as)).status).toBe(404);
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/members')).status).toBe(403);
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/members', { token: NO_SCOPE_TOKEN })).status).toBe(404);
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/memberships/bob', { token: null })).status).toBe(401);
  });

  it('pull requests and their reviews; 404 for an unknown one', async () => {
    sim.merge(7, head);
    expect((await call(sim, 'GET', `${R}/pulls/7`)).body).toMatchObject({
      merged: true,
      merge_commit_sha: head,
      head: { sha: head },
    });
    expect((await call(sim, 'GET', `${R}/pulls/8`)).status).toBe(404);
    expect((await call(sim, 'GET', `${R}/pulls/7/reviews`)).body).toMatchObject([{ state: 'APPROVED' }, { user: null }]);
    expect((await call(sim, 'GET', `${R}/pulls/8/reviews`)).status).toBe(404);
  });

  it('rate limits: a spent primary budget (403 or 429) and a secondary limit (403 or 429)', async () => {
    sim.exhaustRateLimit({ token: 'ghs_fake_github_token', resetInSeconds: 30 });
    expect((await call(sim, 'GET', `${R}/pulls/7`)).status).toBe(403);
    sim.exhaustRateLimit({ token: TEAMS_TOKEN, resetInSeconds: 30, status: 429 });
    expect((await call(sim, 'GET', '/orgs/acme/teams/backend/members', { token: TEAMS_TOKEN })).status).toBe(429);
    sim.secondaryRateLimit({ retryAfterSeconds: 5 });
    sim.secondaryRateLimit({ retryAfterSeconds: 5, status: 429 });
    expect((await call(sim, 'GET', '/user', { token: USER_TOKEN })).status).toBe(403);
    expect((await call(sim, 'GET', '/user', { token: USER_TOKEN })).status).toBe(429);
  });
});

describe('GraphQL answers', () => {
  it('data, errors with their type, and 401 without a token', async () => {
    await graphql(sim, 'query { viewer { login } }');
    await graphql(sim, GRAPHQL_QUERIES.SAML_QUERY, { org: 'acme' }, TEAMS_TOKEN);
    await graphql(sim, GRAPHQL_QUERIES.SAML_QUERY, { org: 'nope' }, TEAMS_TOKEN);
    await graphql(sim, GRAPHQL_QUERIES.SAML_QUERY, { org: 'acme' });
    await graphql(sim, GRAPHQL_QUERIES.SAML_QUERY, { org: 'acme' }, NO_SCOPE_TOKEN);
    await graphql(sim, 'query { viewer { nope } }');
    expect((await graphql(sim, 'query { viewer { login } }', {}, null)).status).toBe(401);
    sim.exhaustRateLimit({ resource: 'graphql', resetInSeconds: 30 });
    expect((await graphql(sim, 'query { viewer { login } }')).body).toMatchObject({ errors: [{ type: 'RATE_LIMITED' }] });
  });
});

it('the check refuses what GitHub would not send: a team without its required fields, null where GitHub never sends it', () => {
  expect(responseErrors('GET /orgs/{org}/teams/{team_slug}', 200, { slug: 'backend', name: 'Backend' })).not.toEqual([]);
  expect(
    responseErrors('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', 200, { sha: 'a', tree: [], truncated: null }),
  ).not.toEqual([]);
  expect(responseErrors('GET /orgs/{org}/teams/{team_slug}/members', 403, { message: 7 })).not.toEqual([]);
});

it('answered every operation it serves with success at least once in this file', () => {
  expect(sim.operations.filter((operation) => !answered.has(operation))).toEqual([]);
});

/** The GraphQL documents in the product's source: template literals and strings that start with `query` or `mutation`. */
function graphqlDocuments(): { file: string; query: string }[] {
  const root = path.join(import.meta.dirname, '../../src');
  const found: { file: string; query: string }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(full, 'utf8');
        for (const match of text.matchAll(/(?<quote>[`'"])(?<query>(?:query|mutation)\s*[({][\s\S]*?)\k<quote>/g))
          found.push({ file: path.relative(root, full), query: match.groups?.query ?? '' });
      }
    }
  };
  walk(root);
  return found;
}

describe("the product's GraphQL queries", () => {
  it("validate against GitHub's published schema, every one of them in src/", () => {
    const documents = graphqlDocuments();
    const text = documents.map((document) => document.query).join('\n');
    for (const field of ['viewer', 'issueOrPullRequest', 'samlIdentityProvider']) expect(text).toContain(field);
    for (const document of documents) {
      expect(document.query, `${document.file}: a query built from pieces cannot be checked`).not.toContain('${');
      expect(validate(document.query).map((error) => `${document.file}: ${error.message}`)).toEqual([]);
    }
  });

  it("GitHub's comment fields for who edited a comment last are editor and lastEditedAt", () => {
    expect(
      validate('query($id: ID!) { node(id: $id) { ... on IssueComment { author { login } editor { login } lastEditedAt } } }'),
    ).toEqual([]);
    expect(validate('query($id: ID!) { node(id: $id) { ... on IssueComment { editedBy { login } } } }')).not.toEqual([]);
  });
});
