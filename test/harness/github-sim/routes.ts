import { answerGraphQL } from './graphql.ts';
import { type GitHubModel, personOf, type SimComment, type SimIssue, type SimToken, same } from './model.ts';
import { findTeam, listedMembers, membershipOf, type SimOrganization } from './organizations.ts';
import {
  authenticatedUserJson,
  blobJson,
  commentJson,
  commitJson,
  contentDirectoryJson,
  contentFileJson,
  errorJson,
  gitCommitJson,
  issueJson,
  pullJson,
  pullSimpleJson,
  reviewJson,
  type SimPull,
  type TreeListing,
  teamJson,
  treeJson,
  userJson,
  type Where,
} from './shapes.ts';

/** What a route answers: JSON (`body`) or raw bytes (`raw`). */
export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly raw?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request as a route sees it: who sent it, and where the answer's URLs point. */
export interface Call {
  readonly method: string;
  readonly url: URL;
  readonly body: Record<string, unknown> | undefined;
  readonly token: string | undefined;
  readonly account: SimToken;
  readonly accept: string;
  readonly where: Where;
  /** The rate-limit headers of this answer. */
  readonly rateLimit: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: string;
  /** The operation's path as GitHub's OpenAPI description writes it. */
  readonly template: string;
  readonly handle: (call: Call, params: Readonly<Record<string, string>>) => Answer | Promise<Answer>;
}

export const NOT_FOUND: Answer = { status: 404, body: errorJson('Not Found') };
export const NOT_ACCESSIBLE: Answer = { status: 403, body: errorJson('Resource not accessible by integration') };

const repo = '/repos/{owner}/{repo}';

/** Who the organization endpoints answer: 401 without a token, 403 for an app without access, 404 for a person's token. */
function orgAccess(model: GitHubModel, request: Call, org: string): { organization: SimOrganization } | { denied: Answer } {
  if (!request.token)
    return { denied: { status: 401, body: errorJson('Requires authentication', 'https://docs.github.com/rest', 401) } };
  const organization = model.organizations.find(org);
  if (!organization) return { denied: NOT_FOUND };
  if (request.account.orgs?.some((o) => same(o, org))) return { organization };
  return { denied: request.account.kind === 'app' ? NOT_ACCESSIBLE : NOT_FOUND };
}

function teamAccess(model: GitHubModel, request: Call, org: string, slug: string) {
  const access = orgAccess(model, request, org);
  if ('denied' in access) return access;
  const team = findTeam(access.organization, slug);
  return team ? { organization: access.organization, team } : { denied: NOT_FOUND };
}

/** A REST list page: `per_page` (default 30, at most 100) and `page`, with GitHub's Link header. */
function page<T>(request: Call, items: readonly T[], size?: number): Answer {
  const perPage = size ?? Math.min(Math.max(Number(request.url.searchParams.get('per_page') ?? '30') || 30, 1), 100);
  const current = Math.max(Number(request.url.searchParams.get('page') ?? '1') || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (number: number, rel: string) => {
    const target = new URL(request.url);
    target.searchParams.set('page', String(number));
    return `<${request.where.api}${target.pathname}${target.search}>; rel="${rel}"`;
  };
  const links = [
    ...(current > 1 ? [link(current - 1, 'prev')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
    ...(current > 1 ? [link(1, 'first')] : []),
  ];
  return {
    status: 200,
    body: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function pullOfCommit(model: GitHubModel, where: Where, sha: string, entry: { number: number; merged_at: string | null }) {
  const known = model.pulls.get(entry.number);
  const pull: SimPull = known ?? {
    number: entry.number,
    author: { login: 'octocat', type: 'User' },
    title: `Pull request #${entry.number}`,
    body: null,
    state: entry.merged_at ? 'closed' : 'open',
    head: { sha, ref: `topic-${entry.number}` },
    base: { sha: '0'.repeat(40), ref: 'main' },
    merged: entry.merged_at !== null,
    mergeCommitSha: entry.merged_at ? sha : null,
    mergedAt: entry.merged_at,
    mergedBy: null,
    createdAt: '2026-11-26T10:00:00Z',
  };
  return pullSimpleJson(where, { ...pull, mergedAt: entry.merged_at, state: entry.merged_at ? 'closed' : pull.state });
}

/** The listing of a tree: its own entries, or (recursive) every entry below it, folders before their contents. */
function listTree(model: GitHubModel, sha: string, recursive: boolean): TreeListing | undefined {
  const root = model.repository.object(sha);
  if (root?.type !== 'tree') return undefined;
  const entries: TreeListing['entries'][number][] = [];
  const walk = (tree: typeof root, prefix: string) => {
    for (const entry of tree.entries) {
      const path = `${prefix}${entry.name}`;
      entries.push({
        path,
        mode: entry.mode,
        type: entry.type,
        sha: entry.sha,
        ...(entry.size === undefined ? {} : { size: entry.size }),
      });
      const child = model.repository.object(entry.sha);
      if (recursive && child?.type === 'tree') walk(child, `${path}/`);
    }
  };
  walk(root, '');
  return { sha, entries: entries.slice(0, model.options.treeLimit), truncated: entries.length > model.options.treeLimit };
}

/** A path's object at a commit: a blob, a tree, or undefined. */
function objectAt(model: GitHubModel, ref: string, path: string) {
  const commit = model.repository.resolve(ref);
  if (!commit) return undefined;
  let object = model.repository.object(model.repository.treeOf(commit));
  for (const segment of path.split('/').filter((s) => s !== '')) {
    if (object?.type !== 'tree') return undefined;
    const entry = object.entries.find((e) => e.name === segment);
    object = entry ? model.repository.object(entry.sha) : undefined;
  }
  return object;
}

/** Every operation the simulated GitHub answers, REST and GraphQL. */
export function routes(model: GitHubModel): Route[] {
  return [
    {
      method: 'GET',
      template: `${repo}/contents/{path}`,
      handle(request, { path = '' }) {
        const ref = request.url.searchParams.get('ref') ?? 'main';
        if (!model.repository.resolve(ref)) return { status: 404, body: errorJson(`No commit found for the ref ${ref}`) };
        const object = objectAt(model, ref, path);
        if (!object) return NOT_FOUND;
        if (object.type === 'tree') return { status: 200, body: contentDirectoryJson(request.where, ref, path, object) };
        if (request.accept.includes('raw'))
          return { status: 200, raw: object.content, headers: { 'content-type': 'text/plain; charset=utf-8' } };
        return { status: 200, body: contentFileJson(request.where, ref, path, object) };
      },
    },
    {
      method: 'GET',
      template: '/user',
      handle: (request) =>
        request.account.kind === 'user'
          ? { status: 200, body: authenticatedUserJson(request.where, personOf(request.account)) }
          : NOT_ACCESSIBLE,
    },
    {
      method: 'GET',
      template: `${repo}/issues/{issue_number}/comments`,
      handle: (request, { issue_number: issue }) =>
        page(
          request,
          model.comments.filter((c) => c.issue === Number(issue)).map((c) => commentJson(request.where, c)),
          model.options.pageSize,
        ),
    },
    {
      method: 'POST',
      template: `${repo}/issues/{issue_number}/comments`,
      handle(request, { issue_number: issue }) {
        const comment: SimComment = {
          id: model.nextId(),
          issue: Number(issue),
          body: String(request.body?.body ?? ''),
          user: personOf(request.account),
        };
        model.comments.push(comment);
        return { status: 201, body: commentJson(request.where, comment) };
      },
    },
    {
      method: 'PATCH',
      template: `${repo}/issues/comments/{comment_id}`,
      handle(request, { comment_id: id }) {
        const found = model.comments.find((c) => c.id === Number(id));
        if (!found) return NOT_FOUND;
        model.editComment(found.id, String(request.body?.body ?? ''), personOf(request.account));
        return { status: 200, body: commentJson(request.where, found) };
      },
    },
    {
      method: 'GET',
      template: `${repo}/commits`,
      handle(request) {
        const ref = request.url.searchParams.get('sha') ?? 'main';
        const start = model.repository.resolve(ref);
        if (!start) return { status: 404, body: errorJson(`No commit found for SHA: ${ref}`) };
        const commits = model.repository.history(start.sha, request.url.searchParams.get('path') ?? '');
        return page(
          request,
          commits.map((commit) => commitJson(request.where, commit, model.repository.treeOf(commit))),
        );
      },
    },
    {
      method: 'GET',
      template: `${repo}/commits/{commit_sha}/pulls`,
      handle(request, { commit_sha: sha = '' }) {
        const explicit = model.pullsOfCommit.get(sha);
        if (explicit) return { status: 200, body: explicit.map((entry) => pullOfCommit(model, request.where, sha, entry)) };
        const found = [...model.pulls.values()].filter((pull) => pull.head.sha === sha || pull.mergeCommitSha === sha);
        return page(
          request,
          found.map((pull) => pullSimpleJson(request.where, pull)),
        );
      },
    },
    {
      method: 'GET',
      template: `${repo}/issues`,
      handle: (request) =>
        page(
          request,
          model.issues
            .filter((issue) => issue.state === (request.url.searchParams.get('state') ?? 'open'))
            .map((i) => issueJson(request.where, i)),
          model.options.pageSize,
        ),
    },
    {
      method: 'POST',
      template: `${repo}/issues`,
      handle(request) {
        const issue: SimIssue = {
          number: model.nextId(),
          title: String(request.body?.title),
          body: String(request.body?.body ?? ''),
          state: 'open',
          user: personOf(request.account),
        };
        model.issues.push(issue);
        return { status: 201, body: issueJson(request.where, issue) };
      },
    },
    {
      method: 'PATCH',
      template: `${repo}/issues/{issue_number}`,
      handle(request, { issue_number: number }) {
        const issue = model.issues.find((i) => i.number === Number(number));
        if (!issue) return NOT_FOUND;
        if (typeof request.body?.body === 'string') issue.body = request.body.body;
        if (request.body?.state === 'open' || request.body?.state === 'closed') issue.state = request.body.state;
        return { status: 200, body: issueJson(request.where, issue) };
      },
    },
    {
      method: 'GET',
      template: `${repo}/git/trees/{tree_sha}`,
      handle(request, { tree_sha: ref = '' }) {
        // A tree's sha, or a commit's sha or branch (its root tree).
        const commit = model.repository.object(ref) ? undefined : model.repository.resolve(ref);
        const listing = listTree(
          model,
          commit ? model.repository.treeOf(commit) : ref,
          request.url.searchParams.has('recursive'),
        );
        return listing ? { status: 200, body: treeJson(request.where, listing) } : NOT_FOUND;
      },
    },
    {
      method: 'GET',
      template: `${repo}/git/blobs/{file_sha}`,
      handle(request, { file_sha: sha = '' }) {
        const blob = model.repository.object(sha);
        if (blob?.type !== 'blob') return NOT_FOUND;
        if (request.accept.includes('raw'))
          return { status: 200, raw: blob.content, headers: { 'content-type': 'application/octet-stream' } };
        return { status: 200, body: blobJson(request.where, blob) };
      },
    },
    {
      method: 'GET',
      template: `${repo}/git/commits/{commit_sha}`,
      handle(request, { commit_sha: sha = '' }) {
        const commit = model.repository.commits.get(sha);
        return commit ? { status: 200, body: gitCommitJson(request.where, commit, model.repository.treeOf(commit)) } : NOT_FOUND;
      },
    },
    {
      method: 'GET',
      template: `${repo}/commits/{ref}`,
      handle(request, { ref = '' }) {
        const commit = model.repository.resolve(ref);
        if (!commit) return { status: 422, body: errorJson(`No commit found for SHA: ${ref}`) };
        return { status: 200, body: commitJson(request.where, commit, model.repository.treeOf(commit)) };
      },
    },
    {
      method: 'GET',
      template: '/orgs/{org}/teams/{team_slug}',
      handle(request, { org = '', team_slug: slug = '' }) {
        const access = teamAccess(model, request, org, slug);
        return 'denied' in access
          ? access.denied
          : { status: 200, body: teamJson(request.where, access.organization, access.team) };
      },
    },
    {
      method: 'GET',
      template: '/orgs/{org}/teams/{team_slug}/members',
      handle(request, { org = '', team_slug: slug = '' }) {
        const access = teamAccess(model, request, org, slug);
        if ('denied' in access) return access.denied;
        const role = request.url.searchParams.get('role') ?? 'all';
        if (!['all', 'member', 'maintainer'].includes(role))
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              documentation_url: 'https://docs.github.com/rest',
              errors: [{ resource: 'Team', field: 'role', code: 'invalid' }],
            },
          };
        const listed = listedMembers(access.organization, access.team).filter((member) => role === 'all' || member.role === role);
        return page(
          request,
          listed.map((member) => ({
            ...userJson(request.where, { login: member.login, type: 'User' }),
            ...(access.organization.listsRoles ? { role: member.role, inherited: member.inherited } : {}),
          })),
        );
      },
    },
    {
      method: 'GET',
      template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      handle(request, { org = '', team_slug: slug = '', username: login = '' }) {
        const access = teamAccess(model, request, org, slug);
        if ('denied' in access) return access.denied;
        const membership = membershipOf(access.organization, access.team, login);
        if (!membership) return NOT_FOUND;
        return {
          status: 200,
          body: {
            url: `${request.where.api}/organizations/${access.organization.id}/team/${access.team.id}/memberships/${login}`,
            ...membership,
          },
        };
      },
    },
    {
      method: 'GET',
      template: `${repo}/pulls/{pull_number}`,
      handle(request, { pull_number: number }) {
        const pull = model.pulls.get(Number(number));
        return pull ? { status: 200, body: pullJson(request.where, pull) } : NOT_FOUND;
      },
    },
    {
      method: 'GET',
      template: `${repo}/pulls/{pull_number}/reviews`,
      handle(request, { pull_number: number }) {
        if (!model.pulls.has(Number(number))) return NOT_FOUND;
        // A pending review is seen by its author only.
        const seen = model.reviews.filter(
          (review) =>
            review.pull === Number(number) &&
            (review.state !== 'PENDING' || (review.user && same(review.user.login, request.account.login))),
        );
        return page(
          request,
          seen.map((review) => reviewJson(request.where, review)),
        );
      },
    },
    { method: 'POST', template: '/graphql', handle: (request) => answerGraphQL(model, request) },
  ];
}
