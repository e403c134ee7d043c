import { createHash } from 'node:crypto';
import type { GitObject } from './git.ts';
import type { SimOrganization, SimTeam } from './organizations.ts';
import type { SimCommit } from './repository.ts';

/**
 * The JSON GitHub's REST API answers with, field for field as its published OpenAPI description
 * requires (test/github-sim/conformance.test.ts checks every response against it). `api` is the
 * simulated API's own URL, so the `url` fields point back at it, as GitHub's point at
 * api.github.com; `html_url`s point at github.com.
 */
export interface Where {
  readonly api: string;
  readonly owner: string;
  readonly repo: string;
}

export interface Person {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}

const WEB = 'https://github.com';
const CREATED = '2026-11-01T09:00:00Z';

/** A stable id for a login (GitHub's ids do not change with the login's case). */
export function idOf(login: string): number {
  return createHash('sha1').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000;
}

const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}:${id}`).toString('base64url');

export function userJson(where: Where, person: Person): Record<string, unknown> {
  const id = idOf(person.login);
  // GitHub escapes a bot's brackets in its URLs: /users/github-actions%5Bbot%5D.
  const url = `${where.api}/users/${encodeURIComponent(person.login)}`;
  return {
    login: person.login,
    id,
    node_id: nodeId(person.type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: person.type === 'Bot' ? `${WEB}/apps/${person.login.replace(/\[bot\]$/, '')}` : `${WEB}/${person.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: person.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user: the token's own account. */
export function authenticatedUserJson(where: Where, person: Person): Record<string, unknown> {
  return {
    ...userJson(where, person),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

function organizationJson(where: Where, organization: SimOrganization): Record<string, unknown> {
  const url = `${where.api}/orgs/${organization.login}`;
  return {
    login: organization.login,
    id: organization.id,
    node_id: nodeId('Organization', organization.id),
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${organization.id}?v=4`,
    description: null,
    name: organization.login,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    html_url: `${WEB}/${organization.login}`,
    created_at: CREATED,
    updated_at: CREATED,
    archived_at: null,
    type: 'Organization',
  };
}

function teamSimpleJson(where: Where, organization: SimOrganization, team: SimTeam): Record<string, unknown> {
  const url = `${where.api}/organizations/${organization.id}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId('Team', team.id),
    url,
    html_url: `${WEB}/orgs/${organization.login}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    type: 'organization',
    organization_id: organization.id,
  };
}

/** GET /orgs/{org}/teams/{team_slug}: `members_count` counts its direct active members. */
export function teamJson(where: Where, organization: SimOrganization, team: SimTeam): Record<string, unknown> {
  const parent = team.parent === undefined ? undefined : organization.teams.find((t) => t.slug === team.parent);
  return {
    ...teamSimpleJson(where, organization, team),
    parent: parent ? teamSimpleJson(where, organization, parent) : null,
    members_count: team.members.filter((member) => member.state === 'active').length,
    repos_count: 0,
    created_at: CREATED,
    updated_at: CREATED,
    organization: organizationJson(where, organization),
  };
}

export function repositoryJson(where: Where): Record<string, unknown> {
  const full = `${where.owner}/${where.repo}`;
  const url = `${where.api}/repos/${full}`;
  return {
    id: idOf(full),
    node_id: nodeId('Repository', full),
    name: where.repo,
    full_name: full,
    owner: userJson(where, { login: where.owner, type: 'User' }),
    private: true,
    html_url: `${WEB}/${full}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${WEB}/${full}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${WEB}/${full}`,
    homepage: null,
    language: 'TypeScript',
    license: null,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: 'main',
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: CREATED,
    created_at: CREATED,
    updated_at: CREATED,
  };
}

export interface SimPull {
  readonly number: number;
  author: Person;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  merged: boolean;
  mergeCommitSha: string | null;
  mergedAt: string | null;
  mergedBy: Person | null;
  createdAt: string;
}

function pullLinks(url: string, html: string, issue: string, statuses: string) {
  return {
    self: { href: url },
    html: { href: html },
    issue: { href: issue },
    comments: { href: `${issue}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${url.replace(/\/\d+$/, '')}/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: statuses },
  };
}

/** GET .../commits/{sha}/pulls: GitHub's short form of a pull request. */
export function pullSimpleJson(where: Where, pull: SimPull): Record<string, unknown> {
  const url = `${where.api}/repos/${where.owner}/${where.repo}/pulls/${pull.number}`;
  const html = `${WEB}/${where.owner}/${where.repo}/pull/${pull.number}`;
  const issue = `${where.api}/repos/${where.owner}/${where.repo}/issues/${pull.number}`;
  const statuses = `${where.api}/repos/${where.owner}/${where.repo}/statuses/${pull.head.sha}`;
  const side = (branch: { sha: string; ref: string }) => ({
    label: `${where.owner}:${branch.ref}`,
    ref: branch.ref,
    sha: branch.sha,
    user: userJson(where, { login: where.owner, type: 'User' }),
    repo: repositoryJson(where),
  });
  return {
    url,
    id: 5_000_000 + pull.number,
    node_id: nodeId('PullRequest', pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${where.api}/repos/${where.owner}/${where.repo}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(where, pull.author),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.mergedAt ?? pull.createdAt,
    closed_at: pull.state === 'closed' ? (pull.mergedAt ?? pull.createdAt) : null,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head),
    base: side(pull.base),
    _links: pullLinks(url, html, issue, statuses),
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}. */
export function pullJson(where: Where, pull: SimPull): Record<string, unknown> {
  return {
    ...pullSimpleJson(where, pull),
    merged: pull.merged,
    mergeable: pull.merged ? null : true,
    rebaseable: pull.merged ? null : true,
    mergeable_state: pull.merged ? 'unknown' : 'clean',
    merged_by: pull.mergedBy ? userJson(where, pull.mergedBy) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface SimReview {
  readonly id: number;
  readonly pull: number;
  /** Null: the account was deleted (GitHub shows "ghost"). */
  user: Person | null;
  state: ReviewState;
  body: string;
  commitId: string | null;
  submittedAt: string | undefined;
}

export function reviewJson(where: Where, review: SimReview): Record<string, unknown> {
  const pullUrl = `${where.api}/repos/${where.owner}/${where.repo}/pulls/${review.pull}`;
  const html = `${WEB}/${where.owner}/${where.repo}/pull/${review.pull}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: review.user ? userJson(where, review.user) : null,
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(review.submittedAt === undefined ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: 'MEMBER',
  };
}

export interface SimCommentShape {
  readonly id: number;
  readonly issue: number;
  readonly body: string;
  readonly user: Person;
  readonly createdAt?: string;
  readonly lastEditedAt?: string;
}

export function commentJson(where: Where, comment: SimCommentShape): Record<string, unknown> {
  const created = comment.createdAt ?? CREATED;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${where.api}/repos/${where.owner}/${where.repo}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${where.owner}/${where.repo}/issues/${comment.issue}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userJson(where, comment.user),
    created_at: created,
    updated_at: comment.lastEditedAt ?? created,
    issue_url: `${where.api}/repos/${where.owner}/${where.repo}/issues/${comment.issue}`,
    author_association: 'NONE',
  };
}

export interface SimIssueShape {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly user: Person;
}

export function issueJson(where: Where, issue: SimIssueShape): Record<string, unknown> {
  const url = `${where.api}/repos/${where.owner}/${where.repo}/issues/${issue.number}`;
  return {
    id: issue.number,
    node_id: nodeId('Issue', issue.number),
    url,
    repository_url: `${where.api}/repos/${where.owner}/${where.repo}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/i/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' ? 'completed' : null,
    title: issue.title,
    body: issue.body,
    user: userJson(where, issue.user),
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: issue.state === 'closed' ? CREATED : null,
    created_at: CREATED,
    updated_at: CREATED,
    author_association: 'NONE',
  };
}

function gitPerson(commit: SimCommit) {
  return { name: commit.author.name, email: commit.author.email, date: commit.author.date };
}

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** GET /repos/{owner}/{repo}/git/commits/{commit_sha}. */
export function gitCommitJson(where: Where, commit: SimCommit, tree: string): Record<string, unknown> {
  const repo = `${where.api}/repos/${where.owner}/${where.repo}`;
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${repo}/git/commits/${commit.sha}`,
    html_url: `${WEB}/${where.owner}/${where.repo}/commit/${commit.sha}`,
    author: gitPerson(commit),
    committer: gitPerson(commit),
    message: commit.message,
    tree: { sha: tree, url: `${repo}/git/trees/${tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repo}/git/commits/${sha}`,
      html_url: `${WEB}/${where.owner}/${where.repo}/commit/${sha}`,
    })),
    verification: UNSIGNED,
  };
}

/** GET /repos/{owner}/{repo}/commits/{ref}: the commit with its tree; its diff (`files`) is left empty. */
export function commitJson(where: Where, commit: SimCommit, tree: string): Record<string, unknown> {
  const repo = `${where.api}/repos/${where.owner}/${where.repo}`;
  return {
    url: `${repo}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    html_url: `${WEB}/${where.owner}/${where.repo}/commit/${commit.sha}`,
    comments_url: `${repo}/commits/${commit.sha}/comments`,
    commit: {
      url: `${repo}/git/commits/${commit.sha}`,
      author: gitPerson(commit),
      committer: gitPerson(commit),
      message: commit.message,
      comment_count: 0,
      tree: { sha: tree, url: `${repo}/git/trees/${tree}` },
      verification: UNSIGNED,
    },
    author: null,
    committer: null,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${repo}/commits/${sha}`,
      html_url: `${WEB}/${where.owner}/${where.repo}/commit/${sha}`,
    })),
    stats: { total: 0, additions: 0, deletions: 0 },
    files: [],
  };
}

export interface TreeListing {
  readonly sha: string;
  readonly entries: readonly { path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }[];
  readonly truncated: boolean;
}

export function treeJson(where: Where, listing: TreeListing): Record<string, unknown> {
  const repo = `${where.api}/repos/${where.owner}/${where.repo}`;
  return {
    sha: listing.sha,
    url: `${repo}/git/trees/${listing.sha}`,
    tree: listing.entries.map((entry) => ({
      path: entry.path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      url: `${repo}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
    })),
    truncated: listing.truncated,
  };
}

/** Base64 in lines of 60 characters, each ending with a newline, as GitHub sends a blob. */
function base64Lines(content: Buffer): string {
  const text = content.toString('base64');
  let lines = '';
  for (let start = 0; start < text.length; start += 60) lines += `${text.slice(start, start + 60)}\n`;
  return lines;
}

export function blobJson(where: Where, blob: Extract<GitObject, { type: 'blob' }>): Record<string, unknown> {
  return {
    sha: blob.sha,
    node_id: nodeId('Blob', blob.sha),
    size: blob.content.length,
    url: `${where.api}/repos/${where.owner}/${where.repo}/git/blobs/${blob.sha}`,
    content: base64Lines(blob.content),
    encoding: 'base64',
  };
}

function contentEntryJson(where: Where, ref: string, path: string, type: 'file' | 'dir', sha: string, size: number) {
  const repo = `${where.api}/repos/${where.owner}/${where.repo}`;
  const self = `${repo}/contents/${path}?ref=${ref}`;
  const git = `${repo}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${WEB}/${where.owner}/${where.repo}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  return {
    type,
    size,
    name: path.split('/').pop() ?? path,
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: type === 'file' ? `https://raw.githubusercontent.com/${where.owner}/${where.repo}/${ref}/${path}` : null,
    _links: { self, git, html },
  };
}

/** GET .../contents/{path} as JSON: a file with its content in base64. */
export function contentFileJson(where: Where, ref: string, path: string, blob: Extract<GitObject, { type: 'blob' }>) {
  return {
    ...contentEntryJson(where, ref, path, 'file', blob.sha, blob.content.length),
    content: base64Lines(blob.content),
    encoding: 'base64',
  };
}

/** GET .../contents/{path} of a folder: its entries. */
export function contentDirectoryJson(where: Where, ref: string, path: string, tree: Extract<GitObject, { type: 'tree' }>) {
  return tree.entries.map((entry) =>
    contentEntryJson(
      where,
      ref,
      path ? `${path}/${entry.name}` : entry.name,
      entry.type === 'tree' ? 'dir' : 'file',
      entry.sha,
      entry.size ?? 0,
    ),
  );
}

export function errorJson(
  message: string,
  documentation = 'https://docs.github.com/rest',
  status?: number,
): Record<string, unknown> {
  return { message, documentation_url: documentation, ...(status === undefined ? {} : { status: String(status) }) };
}
