import { isOrgRole, ORG_ROLES, type OrgRole, orgRoleRank, TEAM_ROLES, type TeamRole } from '../domain/roles.ts';
import { type Fixture, MEMBER_FLAGS, type MemberFlag } from './fixture.ts';

/** What an operation answers: an HTTP status and a JSON body (undefined: no body). */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
}

export interface SimTeam {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly idpProvisioned: boolean;
  readonly dateCreated: string;
}

export interface SimMember {
  readonly id: string;
  email: string;
  name: string;
  /** null for a pending invite. */
  userId: string | null;
  orgRole: OrgRole;
  pending: boolean;
  expired: boolean;
  readonly flags: Record<MemberFlag, boolean>;
  readonly dateCreated: string;
  /** Team slug -> stored team role, in the order joined. */
  readonly teams: Map<string, TeamRole | null>;
}

/** Who is calling: a member of the organization, or an organization auth token. */
export type Caller = { readonly kind: 'member'; readonly member: SimMember } | { readonly kind: 'org-token' };

export const DETAIL_FORBIDDEN = { detail: 'You do not have permission to perform this action.' };
export const DETAIL_NOT_FOUND = { detail: 'The requested resource does not exist' };

const EPOCH = Date.UTC(2024, 0, 1);

/**
 * An organization in memory with the rules of Sentry's member endpoints (../shared/sentry/API.md).
 * HTTP is the server's business; this class answers operations with a status and a body.
 */
export class SimOrganization {
  readonly slug: string;
  readonly name: string;
  readonly teamRolesEnabled: boolean;
  readonly members = new Map<string, SimMember>();
  readonly teams = new Map<string, SimTeam>();
  readonly tokens = new Map<string, Caller>();
  #nextId = 1;
  #errorIds = 0;

  constructor(fixture: Fixture) {
    this.slug = fixture.organization.slug;
    this.name = fixture.organization.name ?? fixture.organization.slug;
    this.teamRolesEnabled = fixture.organization.teamRoles ?? true;
    for (const [index, team] of (fixture.teams ?? []).entries()) {
      this.teams.set(team.slug, {
        id: String(index + 1),
        slug: team.slug,
        name: team.name ?? team.slug,
        idpProvisioned: team.flags?.['idp:provisioned'] ?? false,
        dateCreated: new Date(EPOCH).toISOString(),
      });
    }
    for (const seed of fixture.members) {
      const member = this.#newMember(seed.email, seed.orgRole, seed.pending ?? false, seed.name);
      member.expired = (seed.pending ?? false) && (seed.expired ?? false);
      for (const flag of MEMBER_FLAGS) member.flags[flag] = seed.flags?.[flag] ?? false;
      for (const [slug, role] of Object.entries(seed.teams ?? {})) {
        if (!this.teams.has(slug)) throw new Error(`fixture: member ${seed.email} is on unknown team "${slug}"`);
        member.teams.set(slug, role);
      }
    }
    for (const token of fixture.tokens ?? []) {
      if ('kind' in token) {
        this.tokens.set(token.token, { kind: 'org-token' });
        continue;
      }
      const member = this.findByEmail(token.member);
      if (!member || member.pending) throw new Error(`fixture: token for ${token.member}, who is not an active member`);
      this.tokens.set(token.token, { kind: 'member', member });
    }
  }

  #newMember(email: string, orgRole: OrgRole, pending: boolean, name?: string): SimMember {
    const id = String(this.#nextId++);
    const member: SimMember = {
      id,
      email,
      name: name ?? (pending ? email : (email.split('@')[0] ?? email)),
      userId: pending ? null : String(1000 + Number(id)),
      orgRole,
      pending,
      expired: false,
      flags: Object.fromEntries(MEMBER_FLAGS.map((flag) => [flag, false])) as Record<MemberFlag, boolean>,
      dateCreated: new Date(EPOCH + Number(id) * 60_000).toISOString(),
      teams: new Map(),
    };
    this.members.set(id, member);
    return member;
  }

  findByEmail(email: string): SimMember | undefined {
    const wanted = email.toLowerCase();
    for (const member of this.members.values()) if (member.email.toLowerCase() === wanted) return member;
    return undefined;
  }

  /** Members in id order (ids only grow and members are never re-inserted, so insertion order is id order). */
  memberList(): SimMember[] {
    return [...this.members.values()];
  }

  /** Active (not pending) members of a team: Sentry's memberCount, and the length of its roster. */
  teamMemberCount(slug: string): number {
    let count = 0;
    for (const member of this.members.values()) if (!member.pending && member.teams.has(slug)) count++;
    return count;
  }

  /** `id` may be `me`. */
  resolveMember(id: string, caller: Caller): SimMember | undefined {
    if (id === 'me') return caller.kind === 'member' ? caller.member : undefined;
    return this.members.get(id);
  }

  /** Roles the caller may assign: none without member:admin (owner, manager), else at or below its own. */
  assignableRoles(caller: Caller): Set<OrgRole> {
    if (caller.kind !== 'member' || !canAdminMembers(caller.member)) return new Set();
    return new Set(ORG_ROLES.filter((role) => orgRoleRank(role) <= orgRoleRank(caller.member.orgRole)));
  }

  isRetired(role: OrgRole): boolean {
    return role === 'admin' && this.teamRolesEnabled;
  }

  owners(): SimMember[] {
    return [...this.members.values()].filter((member) => member.orgRole === 'owner' && !member.pending);
  }

  internalError(): Reply {
    this.#errorIds++;
    return { status: 500, body: { detail: 'Internal Error', errorId: `sim${String(this.#errorIds).padStart(8, '0')}` } };
  }

  /** PUT /organizations/{org}/members/{id}/, in the server's order: validate, save teams, check the org role. */
  updateMember(caller: Caller, target: SimMember, body: unknown): Reply {
    if (caller.kind !== 'member' || !canAdminMembers(caller.member)) return { status: 403, body: DETAIL_FORBIDDEN };
    if (!isObject(body)) return { status: 400, body: { detail: 'Invalid request body.' } };
    if (target.flags['partnership:restricted']) {
      return {
        status: 403,
        body: {
          detail: 'This member is managed by an active partnership and cannot be modified until the end of the partnership.',
        },
      };
    }
    if (target.flags['idp:provisioned']) {
      return {
        status: 403,
        body: { detail: "This member is managed by your organization's identity provider and cannot be modified." },
      };
    }
    if (body.reinvite === true) return this.#reinvite(caller, target, body);

    // Body validation.
    let orgRole: OrgRole | undefined;
    if (body.orgRole !== undefined || body.role !== undefined) {
      const requested = body.orgRole ?? body.role;
      if (!isOrgRole(requested)) return { status: 400, body: { orgRole: [`"${String(requested)}" is not a valid choice.`] } };
      orgRole = requested;
    }
    let teams: Map<string, TeamRole | null> | undefined;
    if (body.teamRoles !== undefined && body.teamRoles !== null) {
      if (!Array.isArray(body.teamRoles)) return { status: 400, body: { teamRoles: ['Expected a list of items.'] } };
      teams = new Map();
      for (const entry of body.teamRoles) {
        if (!isObject(entry) || typeof entry.teamSlug !== 'string')
          return { status: 400, body: { teamRoles: ['Invalid teams'] } };
        // The server reads item["role"] without a default: a missing key is a KeyError, a 500.
        if (!('role' in entry)) return this.internalError();
        const role = entry.role;
        if (role !== null && !(TEAM_ROLES as readonly unknown[]).includes(role)) {
          return { status: 400, body: { teamRoles: ['Invalid team-role'] } };
        }
        if (!this.teams.has(entry.teamSlug) || teams.has(entry.teamSlug))
          return { status: 400, body: { teamRoles: ['Invalid teams'] } };
        teams.set(entry.teamSlug, role as TeamRole | null);
      }
    } else if (Array.isArray(body.teams)) {
      teams = new Map();
      for (const slug of body.teams) {
        if (typeof slug !== 'string' || !this.teams.has(slug) || teams.has(slug))
          return { status: 400, body: { teams: ['Invalid teams'] } };
        teams.set(slug, null);
      }
    }
    const finalTeams = teams ?? new Map<string, TeamRole | null>();
    if ((orgRole ?? target.orgRole) === 'billing' && finalTeams.size > 0) {
      return { status: 400, body: { detail: "The user with a 'billing' role cannot have team-level permissions." } };
    }
    for (const slug of new Set([...finalTeams.keys(), ...target.teams.keys()])) {
      const team = this.teams.get(slug);
      if (team?.idpProvisioned && finalTeams.has(slug) !== target.teams.has(slug)) {
        return { status: 403, body: { detail: `The team "${slug}" is managed through your organization's identity provider.` } };
      }
    }

    // The team set is saved before the org-role checks: a PUT refused below has still replaced the teams.
    target.teams.clear();
    for (const [slug, role] of finalTeams) target.teams.set(slug, role);

    if (orgRole !== undefined) {
      const refused = this.#checkOrgRole(caller.member, target, orgRole);
      if (refused) return refused;
      target.orgRole = orgRole;
    }
    return { status: 200, body: undefined };
  }

  #checkOrgRole(caller: SimMember, target: SimMember, orgRole: OrgRole): Reply | undefined {
    if (caller.id === target.id) return { status: 400, body: { detail: 'You cannot make changes to your own role.' } };
    if (this.isRetired(orgRole))
      return { status: 400, body: { detail: "The role 'admin' is deprecated and may no longer be assigned." } };
    if (orgRoleRank(orgRole) > orgRoleRank(caller.orgRole)) {
      return { status: 400, body: { orgRole: ['You do not have permission to set that org-level role'] } };
    }
    // Assumed order: the last-owner check comes before the check on the target's current role.
    if (target.orgRole === 'owner' && orgRole !== 'owner' && this.owners().length === 1 && !target.pending) {
      return { status: 400, body: ['An organization must have at least one owner'] };
    }
    if (orgRoleRank(target.orgRole) > orgRoleRank(caller.orgRole)) {
      return { status: 403, body: { role: 'You do not have permission to assign a role to the given user.' } };
    }
    if (target.flags['idp:role-restricted'] && orgRole !== target.orgRole) {
      return { status: 403, body: { detail: "This user's org-role is managed through your organization's identity provider." } };
    }
    return undefined;
  }

  #reinvite(caller: Caller, target: SimMember, body: Record<string, unknown>): Reply {
    if (!target.pending) return { status: 400, body: { detail: 'You cannot modify invitations sent by someone else.' } };
    if (body.regenerate === true) {
      if (caller.kind !== 'member' || !canAdminMembers(caller.member)) {
        return { status: 400, body: { detail: 'You are missing the member:admin scope.' } };
      }
      target.expired = false;
    } else if (target.expired) {
      return { status: 400, body: { detail: 'You cannot resend an expired invitation without regenerating the link.' } };
    }
    return { status: 200, body: undefined };
  }

  /** POST /organizations/{org}/members/: an invite. Sentry ignores team roles here: teams join with no role. */
  invite(caller: Caller, body: unknown): Reply | { status: 201; member: SimMember } {
    if (caller.kind !== 'member' || !canAdminMembers(caller.member)) return { status: 403, body: DETAIL_FORBIDDEN };
    if (!isObject(body)) return { status: 400, body: { detail: 'Invalid request body.' } };
    const email = body.email;
    if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 75) {
      return { status: 400, body: { email: ['Enter a valid email address.'] } };
    }
    const requested = body.orgRole ?? body.role ?? 'member';
    if (!isOrgRole(requested)) return { status: 400, body: { orgRole: [`"${String(requested)}" is not a valid choice.`] } };
    if (this.isRetired(requested))
      return { status: 400, body: { detail: "The role 'admin' is deprecated and may no longer be assigned." } };
    if (!this.assignableRoles(caller).has(requested)) {
      return { status: 400, body: { orgRole: ['You do not have permission to set that org-level role'] } };
    }
    const existing = this.findByEmail(email);
    if (existing) {
      return {
        status: 400,
        body: {
          email: [existing.pending ? `The user ${email} has already been invited` : `The user ${email} is already a member`],
        },
      };
    }
    const slugs: string[] = [];
    if (Array.isArray(body.teamRoles)) {
      for (const entry of body.teamRoles) {
        const slug = isObject(entry) ? entry.teamSlug : undefined;
        if (typeof slug !== 'string' || !this.teams.has(slug) || slugs.includes(slug)) {
          return { status: 400, body: { teamRoles: ['Invalid teams'] } };
        }
        slugs.push(slug);
      }
    }
    if (requested === 'billing' && slugs.length > 0) {
      return { status: 400, body: { detail: "The user with a 'billing' role cannot have team-level permissions." } };
    }
    const member = this.#newMember(email, requested, true);
    for (const slug of slugs) member.teams.set(slug, null);
    return { status: 201, member };
  }

  /** DELETE /organizations/{org}/members/{id}/. */
  removeMember(caller: Caller, target: SimMember): Reply {
    if (caller.kind !== 'member') return { status: 403, body: DETAIL_FORBIDDEN };
    const self = caller.member.id === target.id;
    if (!self && !canAdminMembers(caller.member)) return { status: 403, body: DETAIL_FORBIDDEN };
    if (!self && orgRoleRank(target.orgRole) > orgRoleRank(caller.member.orgRole)) return { status: 403, body: DETAIL_FORBIDDEN };
    if (target.flags['idp:provisioned']) {
      return { status: 403, body: { detail: "This user is managed through your organization's identity provider." } };
    }
    if (target.flags['partnership:restricted']) {
      return { status: 403, body: { detail: 'This member is managed by an active partnership and cannot be removed.' } };
    }
    if (!target.pending && target.orgRole === 'owner' && this.owners().length === 1) {
      return { status: 403, body: { detail: 'You cannot remove the only remaining owner of the organization.' } };
    }
    this.members.delete(target.id);
    for (const [token, owner] of this.tokens)
      if (owner.kind === 'member' && owner.member.id === target.id) this.tokens.delete(token);
    return { status: 204 };
  }

  /** May `caller` add `target` to, or remove it from, `team` (POST/DELETE .../members/{id}/teams/{team}/)? */
  canChangeTeamMembership(caller: Caller, target: SimMember, team: SimTeam): boolean {
    if (caller.kind !== 'member') return false;
    if (canAdminMembers(caller.member)) return true;
    if (caller.member.id === target.id) return true;
    return caller.member.teams.get(team.slug) === 'admin';
  }
}

export function canAdminMembers(member: SimMember): boolean {
  return !member.pending && (member.orgRole === 'owner' || member.orgRole === 'manager');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
