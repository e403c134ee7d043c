import { DecodeError, type JsonObject, kind, list, object, string } from '../domain/json.ts';

/**
 * GitHub's JSON, read narrowly: only the fields the action uses, each checked. Logins and shas
 * are checked against GitHub's own forms, so a hostile answer cannot carry markdown, newlines or a
 * path into what the action shows or requests next.
 */

/**
 * GitHub logins: letters, digits and hyphens (at most 39) on github.com; managed users' add
 * `_shortcode`, and GitHub Enterprise Server allows `_` and `.`; an app's bot ends with `[bot]`.
 */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}(\[bot\])?$/;
/** A git object id: SHA-1, or SHA-256 in repositories that use it. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function login(value: unknown, where: string): string {
  if (typeof value !== 'string' || !LOGIN.test(value))
    throw new DecodeError(`${where}: expected a GitHub login, got ${kind(value)}`);
  return value;
}

export function objectId(value: unknown, where: string): string {
  if (typeof value !== 'string' || !OBJECT_ID.test(value))
    throw new DecodeError(`${where}: expected a git sha, got ${kind(value)}`);
  return value;
}

/** A git sha, or undefined for null (a pull request not merged yet, a review of no commit). */
function optionalObjectId(record: JsonObject, key: string, where: string): string | undefined {
  const value = record[key];
  return value === null || value === undefined ? undefined : objectId(value, `${where}.${key}`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new DecodeError(`${where}: expected one of ${allowed.join(', ')}, got ${kind(value)}`);
  return value as T;
}

function integer(record: JsonObject, key: string, where: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new DecodeError(`${where}.${key}: expected a whole number, got ${kind(value)}`);
  return value;
}

function optionalString(record: JsonObject, key: string, where: string): string | undefined {
  const value = record[key];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') throw new DecodeError(`${where}.${key}: expected a string or null, got ${kind(value)}`);
  return value;
}

/** `{ login }` or null (a deleted account, which GitHub shows as "ghost"). */
function userLogin(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return login(object(value, where).login, `${where}.login`);
}

const TEAM_ROLES = ['member', 'maintainer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface GitHubTeam {
  readonly slug: string;
  readonly name: string;
  /** The parent team's slug. */
  readonly parent: string | undefined;
  /** Its direct members, as GitHub counts them. */
  readonly membersCount: number;
}

export function decodeTeam(value: unknown, where: string): GitHubTeam {
  const record = object(value, where);
  return {
    slug: string(record, 'slug', where),
    name: string(record, 'name', where),
    parent:
      record.parent === null || record.parent === undefined
        ? undefined
        : string(object(record.parent, `${where}.parent`), 'slug', `${where}.parent`),
    membersCount: integer(record, 'members_count', where),
  };
}

/** An item of GET /orgs/{org}/teams/{team_slug}/members: `role` and `inherited` only where GitHub sends them. */
export interface ListedTeamMember {
  readonly login: string;
  readonly role: TeamRole | undefined;
  readonly inherited: boolean | undefined;
}

export function decodeTeamMember(value: unknown, where: string): ListedTeamMember {
  const record = object(value, where);
  return {
    login: login(record.login, `${where}.login`),
    role: record.role === undefined ? undefined : oneOf(record.role, TEAM_ROLES, `${where}.role`),
    inherited: typeof record.inherited === 'boolean' ? record.inherited : undefined,
  };
}

export interface TeamMembership {
  readonly role: TeamRole;
  /** Pending: invited to the organization, not accepted yet. */
  readonly state: 'active' | 'pending';
}

export function decodeMembership(value: unknown, where: string): TeamMembership {
  const record = object(value, where);
  return {
    role: oneOf(record.role, TEAM_ROLES, `${where}.role`),
    state: oneOf(record.state, ['active', 'pending'] as const, `${where}.state`),
  };
}

export interface PullRequest {
  readonly number: number;
  /** Undefined for a deleted account. */
  readonly author: string | undefined;
  readonly state: 'open' | 'closed';
  readonly headSha: string;
  readonly baseSha: string;
  readonly merged: boolean;
  readonly mergeCommitSha: string | undefined;
  readonly mergedAt: string | undefined;
}

export function decodePull(value: unknown, where: string): PullRequest {
  const record = object(value, where);
  return {
    number: integer(record, 'number', where),
    author: userLogin(record.user, `${where}.user`),
    state: oneOf(record.state, ['open', 'closed'] as const, `${where}.state`),
    headSha: objectId(object(record.head, `${where}.head`).sha, `${where}.head.sha`),
    baseSha: objectId(object(record.base, `${where}.base`).sha, `${where}.base.sha`),
    merged: record.merged === true,
    mergeCommitSha: optionalObjectId(record, 'merge_commit_sha', where),
    mergedAt: optionalString(record, 'merged_at', where),
  };
}

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export interface Review {
  readonly id: number;
  /** Undefined for a deleted account. */
  readonly reviewer: string | undefined;
  readonly state: ReviewState;
  /** The head commit the review was given on. */
  readonly commitId: string | undefined;
  readonly submittedAt: string | undefined;
}

export function decodeReview(value: unknown, where: string): Review {
  const record = object(value, where);
  return {
    id: integer(record, 'id', where),
    reviewer: userLogin(record.user, `${where}.user`),
    state: oneOf(record.state, REVIEW_STATES, `${where}.state`),
    commitId: optionalObjectId(record, 'commit_id', where),
    submittedAt: optionalString(record, 'submitted_at', where),
  };
}

export interface TreeEntry {
  readonly path: string;
  /** `100644` a file, `100755` an executable, `120000` a symlink, `040000` a folder, `160000` a submodule. */
  readonly mode: string;
  readonly type: 'blob' | 'tree' | 'commit';
  readonly sha: string;
  /** Blobs only. */
  readonly size: number | undefined;
}

export interface TreeListing {
  readonly sha: string;
  readonly truncated: boolean;
  readonly entries: readonly TreeEntry[];
}

export function decodeTree(value: unknown, where: string): TreeListing {
  const record = object(value, where);
  if (typeof record.truncated !== 'boolean')
    throw new DecodeError(`${where}.truncated: expected true or false, got ${kind(record.truncated)}`);
  return {
    sha: objectId(record.sha, `${where}.sha`),
    truncated: record.truncated,
    entries: list(record.tree, `${where}.tree`).map((item, index) => {
      const at = `${where}.tree[${index}]`;
      const entry = object(item, at);
      const path = string(entry, 'path', at);
      if (
        path === '' ||
        path.startsWith('/') ||
        path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
      )
        throw new DecodeError(`${at}.path: expected a path inside the repository, got ${kind(path)}`);
      return {
        path,
        mode: string(entry, 'mode', at),
        type: oneOf(entry.type, ['blob', 'tree', 'commit'] as const, `${at}.type`),
        sha: objectId(entry.sha, `${at}.sha`),
        size: typeof entry.size === 'number' ? entry.size : undefined,
      };
    }),
  };
}

/** GET .../git/blobs/{sha}: the bytes (GitHub sends base64, in lines). */
export function decodeBlob(value: unknown, where: string): Buffer {
  const record = object(value, where);
  const encoding = string(record, 'encoding', where);
  const content = string(record, 'content', where);
  if (encoding === 'utf-8') return Buffer.from(content, 'utf8');
  if (encoding !== 'base64') throw new DecodeError(`${where}.encoding: expected base64, got ${kind(encoding)}`);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw new DecodeError(`${where}.content: expected base64`);
  return Buffer.from(content, 'base64');
}

export interface SamlIdentity {
  /** The GitHub login that claimed the identity. */
  readonly login: string;
  /** The identity provider's name for the person: usually their email. */
  readonly nameId: string;
}

export interface SamlPage {
  /** Undefined: the organization shows no SAML identity provider. */
  readonly identities: readonly SamlIdentity[] | undefined;
  readonly next: string | undefined;
}

/** `data` of the SAML identities query; identities nobody has claimed (no user) are left out. */
export function decodeSamlPage(data: unknown, where: string): SamlPage {
  const organization = object(object(data, where).organization, `${where}.organization`);
  const provider = organization.samlIdentityProvider;
  if (provider === null || provider === undefined) return { identities: undefined, next: undefined };
  const at = `${where}.organization.samlIdentityProvider.externalIdentities`;
  const connection = object(object(provider, `${where}.organization.samlIdentityProvider`).externalIdentities, at);
  const identities: SamlIdentity[] = [];
  for (const [index, item] of list(connection.nodes, `${at}.nodes`).entries()) {
    const node = object(item, `${at}.nodes[${index}]`);
    const person = userLogin(node.user, `${at}.nodes[${index}].user`);
    const saml =
      node.samlIdentity === null || node.samlIdentity === undefined
        ? undefined
        : object(node.samlIdentity, `${at}.nodes[${index}].samlIdentity`);
    const nameId = saml ? optionalString(saml, 'nameId', `${at}.nodes[${index}].samlIdentity`) : undefined;
    if (person !== undefined && nameId !== undefined) identities.push({ login: person, nameId });
  }
  const pageInfo = object(connection.pageInfo, `${at}.pageInfo`);
  const next = pageInfo.hasNextPage === true ? string(pageInfo, 'endCursor', `${at}.pageInfo`) : undefined;
  return { identities, next };
}
