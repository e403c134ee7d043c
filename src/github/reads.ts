import type { Repo } from './api.ts';
import {
  decodeBlob,
  decodeMembership,
  decodePull,
  decodeReview,
  decodeSamlPage,
  decodeTeam,
  decodeTeamMember,
  decodeTree,
  type GitHubTeam,
  type PullRequest,
  type Review,
  type SamlIdentity,
  type TeamMembership,
  type TeamRole,
  type TreeEntry,
} from './decode.ts';
import { gitBlobSha } from './git-blob.ts';
import { MAX_RATE_LIMIT_WAIT_MS, WaitBudget } from './rate-limits.ts';
import { createReadClient, MAX_PAGES, type ReadClient } from './read-client.ts';
import { GitHubReadError, type ReadSubject } from './read-errors.ts';

export type { GitHubTeam, PullRequest, Review, ReviewState, SamlIdentity, TeamMembership, TeamRole } from './decode.ts';
export { GitHubReadError, type ReadFailure } from './read-errors.ts';

export interface TeamMember {
  /** As GitHub spells it. */
  readonly login: string;
  readonly role: TeamRole;
  /** On the team only through a child team; undefined where GitHub does not say. */
  readonly inherited: boolean | undefined;
}

/**
 * An organization's SAML identities (login -> the identity provider's name for the person,
 * usually their email), or why there are none: `no-saml` when GitHub shows no SAML identity
 * provider (the organization does not use SAML single sign-on, or the token is a person's who is
 * not an owner: GitHub does not say which), `not-permitted` when the token may not read them.
 */
export type SamlIdentities =
  | { readonly kind: 'identities'; readonly identities: readonly SamlIdentity[] }
  | { readonly kind: 'no-saml'; readonly detail: string }
  | { readonly kind: 'not-permitted'; readonly detail: string };

/** A file of a commit, from its git tree. */
export interface GitFile {
  /** From the repository's root. */
  readonly path: string;
  /** Its git blob sha: equal to `gitBlobSha` of a local file with the same content. */
  readonly sha: string;
  readonly size: number;
  /** `100644` a file, `100755` an executable, `120000` a symlink (`040000` a folder, `160000` a submodule: `entriesAt` only). */
  readonly mode: string;
}

/**
 * What the action reads from GitHub besides its comments (api.ts): teams and their members,
 * SAML identities, pull requests and reviews, and a commit's files, each within GitHub's rate
 * limits and a deadline. Failures are `GitHubReadError`s naming the method, the path and what to
 * do. Teams, memberships and SAML identities are read with `github-teams-token`, the rest with
 * `github-token` (docs/github-api.md).
 */
export interface GitHubReads {
  /** A team (GET /orgs/{org}/teams/{team_slug}), or undefined when GitHub answers 404. */
  team(org: string, team: string): Promise<GitHubTeam | undefined>;
  /**
   * A team's active members with their role, child teams' members included (as GitHub lists
   * them), every page of 100. Read once when GitHub gives each member's role, else twice (all,
   * then maintainers).
   */
  teamMembers(org: string, team: string): Promise<readonly TeamMember[]>;
  /** A person's membership of a team, undefined when GitHub answers 404 (not a member, or no such team: `team` tells). */
  teamMembership(org: string, team: string, login: string): Promise<TeamMembership | undefined>;
  samlIdentities(org: string): Promise<SamlIdentities>;
  pull(number: number): Promise<PullRequest>;
  /** A pull request's reviews, oldest first, every page. */
  reviews(number: number): Promise<readonly Review[]>;
  /**
   * The files of a commit (every one, or those below `folder`) with their blob shas; undefined
   * when the commit has no such folder. One request for most repositories; a tree too large for
   * one answer is read folder by folder.
   */
  treeAt(commit: string, folder?: string): Promise<readonly GitFile[] | undefined>;
  /**
   * A folder's own entries at a commit (files, links, folders and submodules, by `mode`), or
   * undefined when the commit has no such folder: one request per level down to it, plus one.
   */
  entriesAt(commit: string, folder?: string): Promise<readonly GitFile[] | undefined>;
  /** A blob's content, checked against its sha. */
  blob(sha: string): Promise<Buffer>;
}

export interface GitHubReadsOptions {
  readonly repo: Repo;
  /** `github-token`: the repository's reads. */
  readonly token: string;
  /** `github-teams-token`: teams, memberships and SAML identities (default: `token`). */
  readonly teamsToken?: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  readonly baseUrl?: string;
  /** Per attempt, for the whole answer (default 30 s). */
  readonly timeoutMs?: number;
  /** The most time spent waiting for rate limits in all (default 60 s). */
  readonly maxWaitMs?: number;
  /** Retries of a 5xx answer or a failed connection (default 2). */
  readonly retries?: number;
  /** The first retry's wait (default 1 s; the second waits four times as long). */
  readonly retryBaseMs?: number;
  /** Largest answer read (default 32 MiB). */
  readonly maxResponseBytes?: number;
  /** Debug log (never receives a token). */
  readonly debug?: (message: string) => void;
  readonly now?: () => number;
}

const ORG_ACCESS =
  'organization members read access (a GitHub App token with the Members: read permission, or a personal access token with read:org); GITHUB_TOKEN never has it';
const CONTENTS_ACCESS = 'contents: read in the workflow permissions';
const PULLS_ACCESS = 'pull-requests: read in the workflow permissions';

const SAML_QUERY = `query($org: String!, $cursor: String) {
  organization(login: $org) {
    samlIdentityProvider {
      externalIdentities(first: 100, after: $cursor) {
        nodes { samlIdentity { nameId } user { login } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

/** The queries this module sends, for the conformance test against GitHub's GraphQL schema. */
export const GRAPHQL_QUERIES = { SAML_QUERY } as const;

/** The reads of an organization's teams, memberships and SAML identities: `github-teams-token`'s. */
export type GitHubTeamReads = Pick<GitHubReads, 'team' | 'teamMembers' | 'teamMembership' | 'samlIdentities'>;

/** A team reads client alone (the command line, or a run without a repository): `token` is the teams token. */
export type GitHubTeamReadsOptions = Omit<GitHubReadsOptions, 'repo' | 'teamsToken'>;

export function createGitHubTeamReads(options: GitHubTeamReadsOptions): GitHubTeamReads {
  const now = options.now ?? Date.now;
  return teamReads(readClientFor(options, new WaitBudget(options.maxWaitMs ?? MAX_RATE_LIMIT_WAIT_MS, now))(options.token));
}

/** A read client per token, sharing one wait budget. */
function readClientFor(options: GitHubTeamReadsOptions, budget: WaitBudget) {
  const now = options.now ?? Date.now;
  return (token: string) =>
    createReadClient({
      token,
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      timeoutMs: options.timeoutMs ?? 30_000,
      maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
      retries: options.retries ?? 2,
      retryBaseMs: options.retryBaseMs ?? 1000,
      budget,
      debug: options.debug ?? (() => {}),
      now,
    });
}

const teamSubject = (org: string, team: string): ReadSubject => ({
  what: `GitHub team ${org}/${team}`,
  input: 'github-teams-token',
  access: ORG_ACCESS,
});

async function unlessNotFound<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof GitHubReadError && error.failure === 'not-found') return undefined;
    throw error;
  }
}

/** Teams, members, memberships and SAML identities, read with the teams token's client. */
function teamReads(teams: ReadClient): GitHubTeamReads {
  return {
    team(org, team) {
      return unlessNotFound(
        teams.get('/orgs/{org}/teams/{team_slug}', { org, team_slug: team }, teamSubject(org, team), (value) =>
          decodeTeam(value, 'team'),
        ),
      );
    },

    async teamMembers(org, team) {
      const route = '/orgs/{org}/teams/{team_slug}/members';
      const subject = teamSubject(org, team);
      const all = await teams.list(route, { org, team_slug: team, role: 'all' }, subject, decodeTeamMember);
      const roles = all.map((member) => member.role);
      if (roles.every((role) => role !== undefined))
        return all.map((member, index) => ({ login: member.login, role: roles[index] as TeamRole, inherited: member.inherited }));
      const maintainers = new Set(
        (await teams.list(route, { org, team_slug: team, role: 'maintainer' }, subject, decodeTeamMember)).map((m) =>
          m.login.toLowerCase(),
        ),
      );
      return all.map((member) => ({
        login: member.login,
        role: maintainers.has(member.login.toLowerCase()) ? 'maintainer' : 'member',
        inherited: member.inherited,
      }));
    },

    teamMembership(org, team, login) {
      return unlessNotFound(
        teams.get(
          '/orgs/{org}/teams/{team_slug}/memberships/{username}',
          { org, team_slug: team, username: login },
          teamSubject(org, team),
          (value) => decodeMembership(value, 'membership'),
        ),
      );
    },

    async samlIdentities(org) {
      const subject: ReadSubject = { what: `the SAML identities of ${org}`, input: 'github-teams-token', access: ORG_ACCESS };
      const identities: SamlIdentity[] = [];
      const seen = new Set<string>();
      let cursor: string | null = null;
      for (;;) {
        const result = await teams.graphql(SAML_QUERY, { org, cursor }, subject);
        const refused = result.errors.find((error) => error.type === 'FORBIDDEN' || error.type === 'INSUFFICIENT_SCOPES');
        if (refused)
          return {
            kind: 'not-permitted',
            detail: `GitHub refuses to show ${subject.what}: ${refused.message} (github-teams-token needs ${ORG_ACCESS}, and a personal token's person must be an owner)`,
          };
        const missing = result.errors.find((error) => error.type === 'NOT_FOUND');
        if (missing)
          throw new GitHubReadError(result.request, 200, 'not-found', missing.message, {
            hint: `check the GitHub organization's name; github-teams-token needs ${ORG_ACCESS}`,
          });
        if (result.errors.length > 0)
          throw new GitHubReadError(result.request, 200, 'unreadable', result.errors.map((error) => error.message).join('; '));
        const page = teams.decoded(result.request, () => decodeSamlPage(result.data, 'data'));
        if (page.identities === undefined)
          return {
            kind: 'no-saml',
            detail: `GitHub shows no SAML identity provider for ${org}: it does not use SAML single sign-on, or the token is a person's who is not an owner`,
          };
        identities.push(...page.identities);
        if (page.next === undefined) return { kind: 'identities', identities };
        if (seen.has(page.next) || seen.size >= MAX_PAGES)
          throw new GitHubReadError(result.request, 200, 'unreadable', `GitHub repeated a page of ${subject.what}`, {
            hint: 'is GITHUB_API_URL GitHub?',
          });
        seen.add(page.next);
        cursor = page.next;
      }
    },
  };
}

export function createGitHubReads(options: GitHubReadsOptions): GitHubReads {
  const now = options.now ?? Date.now;
  const clientFor = readClientFor(options, new WaitBudget(options.maxWaitMs ?? MAX_RATE_LIMIT_WAIT_MS, now));
  const repository = clientFor(options.token);
  const teams: ReadClient =
    options.teamsToken && options.teamsToken !== options.token ? clientFor(options.teamsToken) : repository;
  const { owner, repo } = options.repo;
  const inRepo = { owner, repo };

  const gitSubject = (what: string): ReadSubject => ({
    what: `${what} of ${owner}/${repo}`,
    input: 'github-token',
    access: CONTENTS_ACCESS,
  });
  const pullSubject = (number: number): ReadSubject => ({
    what: `pull request #${number} of ${owner}/${repo}`,
    input: 'github-token',
    access: PULLS_ACCESS,
  });

  const treeRoute = '/repos/{owner}/{repo}/git/trees/{tree_sha}';
  const tree = (sha: string, recursive: boolean, subject: ReadSubject) =>
    repository.get(treeRoute, { ...inRepo, tree_sha: sha, ...(recursive ? { recursive: 1 } : {}) }, subject, (value) =>
      decodeTree(value, 'tree'),
    );
  const filesOf = (entries: readonly TreeEntry[], prefix: string): GitFile[] =>
    entries
      .filter((entry) => entry.type === 'blob')
      .map((entry) => ({ path: `${prefix}${entry.path}`, sha: entry.sha, size: entry.size ?? 0, mode: entry.mode }));

  /** Every file below a tree: one recursive read, or, when GitHub cuts it short, its own entries and each folder again. */
  async function filesBelow(sha: string, prefix: string, subject: ReadSubject): Promise<GitFile[]> {
    const whole = await tree(sha, true, subject);
    if (!whole.truncated) return filesOf(whole.entries, prefix);
    const own = await tree(sha, false, subject);
    if (own.truncated)
      throw new GitHubReadError(
        { method: 'GET', path: `/repos/${owner}/${repo}/git/trees/${sha}` },
        200,
        'unreadable',
        `the folder ${prefix || '/'} has more entries than GitHub lists in one answer`,
        {
          hint: 'keep the config in a smaller folder',
        },
      );
    const folders = own.entries.filter((entry) => entry.type === 'tree');
    const nested = await Promise.all(folders.map((folder) => filesBelow(folder.sha, `${prefix}${folder.path}/`, subject)));
    return [...filesOf(own.entries, prefix), ...nested.flat()];
  }

  /** A folder of a commit: its tree's sha, down one level at a time (a commit's sha names its root tree). */
  async function folderAt(commit: string, folder: string) {
    const segments = folder.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (segments.includes('..')) throw new Error(`treeAt: the folder "${folder}" leaves the repository`);
    const subject = gitSubject(`commit ${commit.slice(0, 12)}`);
    let sha = commit;
    for (const segment of segments) {
      const entry = (await tree(sha, false, subject)).entries.find((e) => e.path === segment && e.type === 'tree');
      if (!entry) return undefined;
      sha = entry.sha;
    }
    return { sha, prefix: segments.map((segment) => `${segment}/`).join(''), subject };
  }

  return {
    ...teamReads(teams),

    pull(number) {
      return repository.get(
        '/repos/{owner}/{repo}/pulls/{pull_number}',
        { ...inRepo, pull_number: number },
        pullSubject(number),
        (value) => decodePull(value, 'pull'),
      );
    },

    reviews(number) {
      return repository.list(
        '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        { ...inRepo, pull_number: number },
        pullSubject(number),
        decodeReview,
      );
    },

    async treeAt(commit, folder = '') {
      const found = await folderAt(commit, folder);
      return found && filesBelow(found.sha, found.prefix, found.subject);
    },

    async entriesAt(commit, folder = '') {
      const found = await folderAt(commit, folder);
      if (!found) return undefined;
      const own = await tree(found.sha, false, found.subject);
      return own.entries.map((entry) => ({
        path: `${found.prefix}${entry.path}`,
        sha: entry.sha,
        size: entry.size ?? 0,
        mode: entry.mode,
      }));
    },

    async blob(sha) {
      const subject = gitSubject(`blob ${sha.slice(0, 12)}`);
      const route = '/repos/{owner}/{repo}/git/blobs/{file_sha}';
      const bytes = await repository.get(route, { ...inRepo, file_sha: sha }, subject, (value) => decodeBlob(value, 'blob'));
      if (sha.length === 40 && gitBlobSha(bytes) !== sha)
        throw new GitHubReadError(
          { method: 'GET', path: `/repos/${owner}/${repo}/git/blobs/${sha}` },
          200,
          'unreadable',
          `the content GitHub sent has the git sha ${gitBlobSha(bytes)}, not ${sha}`,
          {
            hint: 'a proxy in between changed it: run again',
          },
        );
      return bytes;
    },
  };
}
