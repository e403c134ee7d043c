import { DecodeError, type JsonObject as Json, kind, list, object, string } from '../domain/json.ts';
import type { MemberRecord, StoredTeams } from '../domain/org-state.ts';
import { isOrgRole, isTeamRole, type OrgRole, type TeamRole } from '../domain/roles.ts';
import { redactSecrets } from '../domain/secrets.ts';
import { TeamRoles } from '../domain/team-roles.ts';

export { DecodeError, list } from '../domain/json.ts';

function flag(record: Json | undefined, key: string): boolean {
  return record?.[key] === true;
}

function orgRole(record: Json, where: string): OrgRole {
  // `orgRole` since Sentry 23; older servers send only the deprecated `role`.
  const value = record.orgRole ?? record.role;
  if (!isOrgRole(value))
    throw new DecodeError(`${where}.orgRole: expected one of billing, member, admin, manager, owner, got ${kind(value)}`);
  return value;
}

/** An item of GET .../members/ (and the fields every member shape shares). */
export type ListedMember = MemberRecord;

export function decodeListedMember(value: unknown, where: string): ListedMember {
  const record = object(value, where);
  const flags = record.flags && typeof record.flags === 'object' ? (record.flags as Json) : undefined;
  const email = string(record, 'email', where);
  return {
    id: string(record, 'id', where),
    email,
    // A display name is anyone's to set: it may not carry a token into a log.
    name: typeof record.name === 'string' ? redactSecrets(record.name) : email,
    orgRole: orgRole(record, where),
    pending: record.pending === true,
    expired: record.expired === true,
    flags: memberFlags(flag(flags, 'idp:provisioned'), flag(flags, 'idp:role-restricted'), flag(flags, 'partnership:restricted')),
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
export interface MemberDetail extends ListedMember {
  readonly teams: StoredTeams;
  readonly orgRoleList: readonly RoleInfo[];
}

export function decodeMemberDetail(value: unknown, where: string): MemberDetail {
  const base = decodeListedMember(value, where);
  const record = object(value, where);
  const teams = new Map<string, TeamRole | null>();
  if (record.teamRoles !== undefined) {
    for (const [index, item] of list(record.teamRoles, `${where}.teamRoles`).entries()) {
      const entry = object(item, `${where}.teamRoles[${index}]`);
      const slug = string(entry, 'teamSlug', `${where}.teamRoles[${index}]`);
      const role = entry.role ?? null;
      if (role !== null && !isTeamRole(role))
        throw new DecodeError(`${where}.teamRoles[${index}].role: expected contributor, admin or null, got ${kind(role)}`);
      teams.set(slug, role);
    }
  } else if (record.teams !== undefined) {
    // Servers without team roles list slugs only.
    for (const [index, slug] of list(record.teams, `${where}.teams`).entries()) {
      if (typeof slug !== 'string') throw new DecodeError(`${where}.teams[${index}]: expected a slug, got ${kind(slug)}`);
      teams.set(slug, null);
    }
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
  const slug = string(record, 'slug', where);
  const flags = record.flags && typeof record.flags === 'object' ? (record.flags as Json) : undefined;
  const count = record.memberCount;
  return {
    slug,
    name: typeof record.name === 'string' ? record.name : slug,
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
