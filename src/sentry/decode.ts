import { isAddress } from '../domain/email.ts';
import { DecodeError, type JsonObject as Json, kind, list, object, string } from '../domain/json.ts';
import type { MemberRecord, ModelInvitation, StoredTeams, UnfitProblem, UnfitRecord } from '../domain/org-state.ts';
import { isOrgRole, isTeamRole, type OrgRole, type TeamRole } from '../domain/roles.ts';
import { redactSecrets } from '../domain/secrets.ts';
import { isSlug, SLUG_RULE } from '../domain/slugs.ts';
import { TeamRoles } from '../domain/team-roles.ts';

export { DecodeError, list } from '../domain/json.ts';

function flag(record: Json | undefined, key: string): boolean {
  return record?.[key] === true;
}

/**
 * A team slug, held to Sentry's own rule: a slug from the server names files (`export`) and
 * paths, so `../../.github/workflows/ci` must never pass for one.
 */
function slug(value: unknown, where: string): string {
  if (typeof value !== 'string' || !isSlug(value))
    throw new DecodeError(`${where}: expected a team slug (${SLUG_RULE}), got ${kind(value)}`);
  return value;
}

/** `orgRole` since Sentry 23; older servers send only the deprecated `role`. A text: the whole answer is not Sentry's otherwise. */
function roleText(record: Json, where: string): string {
  const value = record.orgRole ?? record.role;
  if (typeof value !== 'string') throw new DecodeError(`${where}.orgRole: expected an org role, got ${kind(value)}`);
  return value;
}

function orgRole(record: Json, where: string): OrgRole {
  const value = roleText(record, where);
  if (!isOrgRole(value))
    throw new DecodeError(`${where}.orgRole: expected one of billing, member, admin, manager, owner, got ${kind(value)}`);
  return value;
}

/** A member's `email`: a text, or null (older Sentry, for an account without one). Anything else: not Sentry's answer. */
function emailOf(record: Json, where: string): string | null {
  const value = record.email;
  if (value !== null && typeof value !== 'string')
    throw new DecodeError(`${where}.email: expected a string or null, got ${kind(value)}`);
  return value;
}

/** Text from Sentry kept to show: no token in it, and not all of a long one. */
function shownText(text: string): string {
  const clean = redactSecrets(text);
  return clean.length > 100 ? `${clean.slice(0, 100)}...` : clean;
}

/**
 * An item of GET .../members/: a member whose teams are not read (the list has none). Its
 * `teams` is there, undefined, so that the observation can fill it in place (observe.ts).
 */
export interface ListedMember extends MemberRecord {
  readonly teams: undefined;
}

/** An item of the members list: a member the file can name, or a record that does not fit (docs/behaviour.md, section 5). */
export type MemberRow = ListedMember | UnfitRecord;

export function isUnfit(row: MemberRow): row is UnfitRecord {
  return 'problem' in row;
}

/** Why a member's record cannot be matched to an entry of the file, if it cannot. */
export function unfitProblem(email: string | null, role: string): UnfitProblem | undefined {
  if (!isOrgRole(role)) return { kind: 'unknown-role', role: shownText(role) };
  if (email === null || email === '') return { kind: 'no-email', email };
  if (!isAddress(email)) return { kind: 'not-an-address', email: shownText(email) };
  return undefined;
}

/**
 * An item of the members list. A record whose shape is not a member's (no id, an email or role
 * of the wrong type) is not Sentry's answer: the read fails. A member's record whose values do
 * not fit (no email, an email that is not an address, an unknown org role) is one odd record:
 * it is returned as such, with its id, and the rest of the list is read as usual.
 */
export function decodeMemberRow(value: unknown, where: string): MemberRow {
  const record = object(value, where);
  const id = string(record, 'id', where);
  const email = emailOf(record, where);
  const role = roleText(record, where);
  const problem = unfitProblem(email, role);
  if (problem === undefined) return memberFields(record, where, email ?? '');
  return { id, problem, ...(isOrgRole(role) ? { orgRole: role } : {}), pending: record.pending === true };
}

/** An item of the members list that must fit (the answer to an invitation, which names the email it was sent). */
export function decodeListedMember(value: unknown, where: string): ListedMember {
  const row = decodeMemberRow(value, where);
  if (isUnfit(row)) throw new DecodeError(`${where}: ${describeUnfit(row.problem)}`);
  return row;
}

/** A problem of a record in plain words, for a message about a response (the plan words them in render/). */
function describeUnfit(problem: UnfitProblem): string {
  switch (problem.kind) {
    case 'no-email':
      return `no email (${problem.email === null ? 'null' : '""'})`;
    case 'not-an-address':
      return `the email ${JSON.stringify(problem.email)} is not an address`;
    case 'unknown-role':
      return `the org role ${JSON.stringify(problem.role)} is not one of billing, member, admin, manager, owner`;
  }
}

/**
 * `user.lastActive` (epoch ms): null when Sentry never recorded it, undefined for an invitation
 * (no user) or a time that cannot be read (it only ever informs a list, never a write).
 */
function lastActiveOf(record: Json): number | null | undefined {
  const user = record.user;
  if (user === null || typeof user !== 'object' || Array.isArray(user)) return undefined;
  const value = (user as Json).lastActive;
  if (value === null) return null;
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * The fields of a member as the plan uses them; `email` as Sentry spells it. Every field is in
 * the one literal, `teams` and `lastActive` too when they have no value: an object that gains a
 * field later (a spread, an assignment) takes a second block of memory for it.
 */
function memberFields(record: Json, where: string, email: string): ListedMember {
  const flags = record.flags && typeof record.flags === 'object' ? (record.flags as Json) : undefined;
  return {
    id: string(record, 'id', where),
    email,
    // A display name is anyone's to set: it may not carry a token into a log.
    name: typeof record.name === 'string' ? redactSecrets(record.name) : email,
    orgRole: orgRole(record, where),
    pending: record.pending === true,
    expired: record.expired === true,
    flags: memberFlags(flag(flags, 'idp:provisioned'), flag(flags, 'idp:role-restricted'), flag(flags, 'partnership:restricted')),
    lastActive: lastActiveOf(record),
    teams: undefined,
  };
}

/** The usual case, shared: one object instead of one per member of a 50,000-member organization. */
const NO_FLAGS: ListedMember['flags'] = Object.freeze({
  idpProvisioned: false,
  idpRoleRestricted: false,
  partnershipRestricted: false,
});

function memberFlags(idpProvisioned: boolean, idpRoleRestricted: boolean, partnershipRestricted: boolean): ListedMember['flags'] {
  if (!idpProvisioned && !idpRoleRestricted && !partnershipRestricted) return NO_FLAGS;
  return { idpProvisioned, idpRoleRestricted, partnershipRestricted };
}

export interface RoleInfo {
  readonly id: string;
  readonly isAllowed: boolean;
  readonly isRetired: boolean;
}

/** GET .../members/{id}/: the list fields, the stored team roles, and the role lists. */
export interface MemberDetail extends MemberRecord {
  readonly teams: StoredTeams;
  readonly orgRoleList: readonly RoleInfo[];
}

/**
 * A member read on its own (`members/{id}/`, `members/me/`): its email as it is, `""` when it has
 * none (the caller checks whether it is an address before writing from it: apply.ts).
 */
export function decodeMemberDetail(value: unknown, where: string): MemberDetail {
  const record = object(value, where);
  const base = memberFields(record, where, emailOf(record, where) ?? '');
  const teams = new Map<string, TeamRole | null>();
  if (record.teamRoles !== undefined) {
    for (const [index, item] of list(record.teamRoles, `${where}.teamRoles`).entries()) {
      const entry = object(item, `${where}.teamRoles[${index}]`);
      const team = slug(entry.teamSlug, `${where}.teamRoles[${index}].teamSlug`);
      const role = entry.role ?? null;
      if (role !== null && !isTeamRole(role))
        throw new DecodeError(`${where}.teamRoles[${index}].role: expected contributor, admin or null, got ${kind(role)}`);
      teams.set(team, role);
    }
  } else if (record.teams !== undefined) {
    // Servers without team roles list slugs only.
    for (const [index, item] of list(record.teams, `${where}.teams`).entries())
      teams.set(slug(item, `${where}.teams[${index}]`), null);
  }
  const roles = record.orgRoleList === undefined ? [] : list(record.orgRoleList, `${where}.orgRoleList`);
  return {
    ...base,
    teams: TeamRoles.from(teams),
    orgRoleList: roles.map((item, index) => {
      const role = object(item, `${where}.orgRoleList[${index}]`);
      return {
        id: string(role, 'id', `${where}.orgRoleList[${index}]`),
        isAllowed: role.isAllowed === true,
        isRetired: role.isRetired === true,
      };
    }),
  };
}

export interface TeamInfo {
  readonly slug: string;
  readonly name: string;
  readonly memberCount: number;
  readonly idpProvisioned: boolean;
}

export function decodeTeam(value: unknown, where: string): TeamInfo {
  const record = object(value, where);
  const team = slug(record.slug, `${where}.slug`);
  const flags = record.flags && typeof record.flags === 'object' ? (record.flags as Json) : undefined;
  const count = record.memberCount;
  return {
    slug: team,
    name: typeof record.name === 'string' ? record.name : team,
    memberCount: typeof count === 'number' && Number.isFinite(count) && count >= 0 ? count : 0,
    idpProvisioned: flag(flags, 'idp:provisioned'),
  };
}

/** An item of GET /teams/{org}/{team}/members/: who, and the stored team role. */
export interface RosterEntry {
  readonly id: string;
  readonly teamRole: TeamRole | null;
}

export function decodeRosterEntry(value: unknown, where: string): RosterEntry {
  const record = object(value, where);
  const role = record.teamRole ?? null;
  if (role !== null && !isTeamRole(role))
    throw new DecodeError(`${where}.teamRole: expected contributor, admin or null, got ${kind(role)}`);
  return { id: string(record, 'id', where), teamRole: role };
}

/**
 * An item of GET .../invited-members/ (Sentry's newer invitation model): an approved invitation,
 * or undefined for an invite or join request (not an invitation, as the member list leaves
 * them out too) and for one whose email or role does not fit (no entry of the file can name it).
 */
export function decodeModelInvitation(value: unknown, where: string): ModelInvitation | undefined {
  const record = object(value, where);
  const id = record.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new DecodeError(`${where}.id: expected an id, got ${kind(id)}`);
  const email = emailOf(record, where);
  const role = roleText(record, where);
  if ((record.inviteStatus ?? 'approved') !== 'approved' || unfitProblem(email, role) !== undefined) return undefined;
  const teams = new Map<string, TeamRole | null>();
  for (const [index, item] of list(record.teams ?? [], `${where}.teams`).entries()) {
    const team = object(item, `${where}.teams[${index}]`);
    const teamRole = team.role ?? null;
    if (teamRole !== null && !isTeamRole(teamRole))
      throw new DecodeError(`${where}.teams[${index}].role: expected contributor, admin or null, got ${kind(teamRole)}`);
    teams.set(string(team, 'slug', `${where}.teams[${index}]`), teamRole);
  }
  return {
    id: String(id),
    email: email ?? '',
    orgRole: orgRole(record, where),
    expired: record.expired === true,
    teams: TeamRoles.from(teams),
  };
}
