import { isOrgRole, ORG_ROLES, type OrgRole, orgRoleRank, TEAM_ROLES, type TeamRole } from '../domain/roles.ts';
import { sentryTime } from './clock.ts';
import { type Fixture, type FixtureMember, MEMBER_FLAGS, type MemberFlag } from './fixture.ts';
import { MemberRecord, type SimMember } from './member.ts';
import { isListed, MemberIndex, MemberTable } from './member-index.ts';

export type { SimMember } from './member.ts';

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

export interface SimOrganizationOptions {
  /**
   * Serialize a member's email as older Sentry did (`OrganizationMember.get_email()`): null
   * when the account has no email. Current Sentry answers `""` (docs/sentry-api.md).
   */
  readonly legacyMemberEmail?: boolean;
}

/** Who is calling: a member of the organization, or an organization auth token. */
export type Caller = { readonly kind: 'member'; readonly member: SimMember } | { readonly kind: 'org-token' };

export const DETAIL_FORBIDDEN = { detail: 'You do not have permission to perform this action.' };
export const DETAIL_NOT_FOUND = { detail: 'The requested resource does not exist' };

/** Sentry's own words, as its member endpoints answer them. */
export const MESSAGES = {
  insufficientRole: 'You cannot remove a member who has more access than you.',
  insufficientScope: 'You are missing the member:admin scope.',
  memberInvite: 'You cannot modify invitations sent by someone else.',
  editWhenReinviting: 'You cannot modify member details when resending an invitation. Separate requests are required.',
  onlyOwnerOrManager: 'You cannot remove the only remaining owner or manager of the organization.',
  uninvitable: 'You cannot send an invitation to a user who is already a full member.',
  expired: 'You cannot resend an expired invitation without regenerating the token.',
  inviteRateLimited: 'You are being rate limited for too many invitations.',
  partnership: 'This member is managed by an active partnership and cannot be modified until the end of the partnership.',
  idpRemove: "This user is managed through your organization's identity provider.",
  ownRole: 'You cannot make changes to your own role.',
  retiredAdmin: "The role 'admin' is deprecated and may no longer be assigned.",
  roleNotAllowed: 'You do not have permission to set that org-level role',
  assignGivenRole: 'You do not have permission to assign the given role.',
  assignToUser: 'You do not have permission to assign a role to the given user.',
  lastOwner: 'An organization must have at least one owner',
  teamsNotMember: 'You cannot assign members to teams you are not a member of.',
} as const;

/** "The user with a 'billing' role cannot have team-level permissions." */
export function noTeamsFor(role: OrgRole): string {
  return `The user with a '${role}' role cannot have team-level permissions.`;
}

/** The member-related scopes of each org role (Sentry's defaults; `member:invite` only while members may invite). */
const ROLE_MEMBER_SCOPES: Record<OrgRole, readonly string[]> = {
  billing: [],
  member: ['member:read', 'member:invite'],
  admin: ['member:read', 'member:invite'],
  manager: ['member:read', 'member:write', 'member:admin', 'member:invite'],
  owner: ['member:read', 'member:write', 'member:admin', 'member:invite'],
};

const EPOCH = Date.UTC(2024, 0, 1);

/**
 * An organization in memory with the rules of Sentry's member endpoints, as Sentry's own server
 * tests assert them (docs/sentry-api.md). HTTP is the server's business; this class answers
 * operations with a status and a body.
 */
export class SimOrganization {
  readonly slug: string;
  readonly name: string;
  readonly teamRolesEnabled: boolean;
  readonly membersCanInvite: boolean;
  readonly openMembership: boolean;
  readonly sso: boolean;
  /** Sentry's newer invitation model (`organizations:new-organization-member-invite`). */
  readonly newInviteModel: boolean;
  readonly legacyMemberEmail: boolean;
  /**
   * Members by id, in id order. Tests may change members in place and delete them: the map and
   * each member report every change to the index, which keeps the answers below current.
   */
  readonly members: Map<string, SimMember>;
  /** Teams by slug. No index reads them: a roster is kept by slug, whatever teams exist. */
  readonly teams = new Map<string, SimTeam>();
  readonly tokens = new Map<string, Caller>();
  /** Members, rosters and counts as requests read them (member-index.ts). */
  readonly #index: MemberIndex;
  /** The members this organization made: the only ones whose changes reach its index. */
  readonly #made = new WeakSet<SimMember>();
  #nextId = 1;
  #nextInviteId = 1;
  #errorIds = 0;

  constructor(fixture: Fixture, options: SimOrganizationOptions = {}) {
    const members = new MemberTable();
    this.#index = new MemberIndex(members);
    members.watch(this.#index, (member) => this.#made.has(member));
    this.members = members;
    this.slug = fixture.organization.slug;
    this.name = fixture.organization.name ?? fixture.organization.slug;
    this.teamRolesEnabled = fixture.organization.teamRoles ?? true;
    this.membersCanInvite = fixture.organization.membersCanInvite ?? true;
    this.openMembership = fixture.organization.openMembership ?? true;
    this.sso = fixture.organization.sso ?? false;
    this.newInviteModel = fixture.organization.newInviteModel ?? false;
    this.legacyMemberEmail = options.legacyMemberEmail ?? false;
    for (const [index, team] of (fixture.teams ?? []).entries()) {
      this.teams.set(team.slug, {
        id: String(index + 1),
        slug: team.slug,
        name: team.name ?? team.slug,
        idpProvisioned: team.flags?.['idp:provisioned'] ?? false,
        dateCreated: sentryTime(EPOCH),
      });
    }
    for (const seed of fixture.members) {
      const member = this.#newMember(seed.email, seed.orgRole, seed.pending ?? false, seed.name);
      member.expired = (seed.pending ?? false) && (seed.expired ?? false);
      member.inviteStatus = seed.inviteStatus ?? 'approved';
      member.userActive = !seed.inactive;
      (member as { secondaryEmails: readonly string[] }).secondaryEmails = seed.secondaryEmails ?? [];
      this.#seedAccount(member, seed);
      if (seed.invitedBy !== undefined) {
        const inviter = this.findByEmail(seed.invitedBy);
        if (!inviter?.userId)
          throw new Error(`fixture: ${seed.email} invited by ${seed.invitedBy}, who is not an earlier member`);
        member.inviterUserId = inviter.userId;
      }
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

  /** The account fields of a fixture member, checked against what Sentry can hold. */
  #seedAccount(member: SimMember, seed: FixtureMember): void {
    const accountOnly = (['username', 'sso', 'lastActive', 'unresolved'] as const).filter((key) => seed[key] !== undefined);
    if (member.pending) {
      if (accountOnly.length > 0)
        throw new Error(`fixture: ${seed.email} is an invitation, which has no account: ${accountOnly.join(', ')} cannot apply`);
      if (seed.newInviteModel) member.inviteId = String(this.#nextInviteId++);
      return;
    }
    if (seed.newInviteModel)
      throw new Error(`fixture: ${seed.email} is not pending: only invitations use the newer invitation model`);
    if (seed.email === '' && !seed.username && !seed.sso)
      throw new Error('fixture: an account without an email needs a username (Sentry usernames are unique and never empty)');
    member.sso = seed.sso ?? false;
    // Sentry's auth helper gives an account it creates at a first SSO login a random hex username.
    member.username = seed.username ?? (member.sso ? ssoUsername(member.id) : seed.email);
    if (seed.email === '' && seed.name === undefined) member.name = member.username;
    if (seed.lastActive !== undefined) {
      const at = seed.lastActive === null ? null : Date.parse(seed.lastActive);
      if (Number.isNaN(at)) throw new Error(`fixture: ${seed.email}: lastActive "${seed.lastActive}" is not an ISO 8601 time`);
      member.lastActive = at;
    }
    member.unresolved = seed.unresolved ?? false;
  }

  #newMember(email: string, orgRole: OrgRole, pending: boolean, name?: string): SimMember {
    const id = String(this.#nextId++);
    const dateCreated = EPOCH + Number(id) * 60_000;
    const fields: Omit<SimMember, 'teams'> = {
      id,
      email,
      name: name ?? (pending ? email : (email.split('@')[0] ?? email)),
      userId: pending ? null : String(1000 + Number(id)),
      orgRole,
      pending,
      expired: false,
      flags: Object.fromEntries(MEMBER_FLAGS.map((flag) => [flag, false])) as Record<MemberFlag, boolean>,
      dateCreated: sentryTime(dateCreated),
      inviterUserId: null,
      inviteStatus: 'approved',
      userActive: true,
      secondaryEmails: [],
      username: email,
      sso: false,
      // Sentry stamps `last_active` when it creates an account.
      lastActive: pending ? null : dateCreated,
      unresolved: false,
      inviteId: null,
    };
    const member = new MemberRecord(fields, (changed) => this.#index.changed(changed));
    this.#made.add(member);
    this.members.set(id, member);
    return member;
  }

  /** The first member whose primary email is this one, case-insensitively (approved or not). */
  findByEmail(email: string): SimMember | undefined {
    return this.#index.withEmail(email)[0];
  }

  /** The first member whose account has this user id (approved or not). */
  findByUserId(userId: string): SimMember | undefined {
    return this.#index.withUserId(userId)[0];
  }

  /**
   * Members and approved invites Sentry shows: no invite or join requests, no deactivated users,
   * no invitation of the newer model (whatever the organization's switch says). Id order.
   */
  memberList(): readonly SimMember[] {
    return this.#index.listed();
  }

  /** The listed members an `email:` filter value matches (`matchesEmail`), in id order. */
  listedWithEmail(emails: readonly string[]): SimMember[] {
    return this.#index
      .withAnyEmail(emails)
      .filter((member) => isListed(member) && emails.some((email) => this.matchesEmail(member, email)));
  }

  /**
   * `GET .../invited-members/`: the invitations and requests of the newer model, ordered by
   * invite status (approved, requested to be invited, requested to join), then email.
   */
  newModelInvitations(): readonly SimMember[] {
    return this.#index.newModel();
  }

  /**
   * A team's roster as Sentry gives it: listed members and pending invites on the team, ordered
   * by the email column, which Sentry fills only for invitations: invites (by email) come first,
   * then members with an account (by id).
   */
  roster(slug: string): readonly SimMember[] {
    return this.#index.roster(slug);
  }

  /** `memberCount` of a team: its roster's length (pending invites count too). */
  teamMemberCount(slug: string): number {
    return this.#index.rosterSize(slug);
  }

  /** `id` may be `me`. Invite and join requests are not found (404), as in Sentry. */
  resolveMember(id: string, caller: Caller): SimMember | undefined {
    if (id === 'me') return caller.kind === 'member' ? caller.member : undefined;
    const member = this.members.get(id);
    return member?.inviteStatus === 'approved' && member.inviteId === null ? member : undefined;
  }

  hasScope(caller: Caller, scope: string): boolean {
    if (caller.kind !== 'member' || caller.member.pending) return false;
    if (scope === 'member:invite' && !this.membersCanInvite) return false;
    return ROLE_MEMBER_SCOPES[caller.member.orgRole].includes(scope);
  }

  /**
   * The org roles the caller may set and change others from: those at or below its own role,
   * and only with member:admin (except when inviting, where any member may invite at or below
   * its own role).
   */
  allowedRoles(caller: Caller, forInvite = false): Set<OrgRole> {
    if (caller.kind !== 'member') return new Set();
    if (!this.hasScope(caller, 'member:admin') && !(forInvite && this.hasScope(caller, 'member:invite'))) return new Set();
    return rolesAtOrBelow(caller.member.orgRole);
  }

  /**
   * `isAllowed` in a member read: Sentry computes it for the member being read (the roles at or
   * below that member's), and only for callers with member:admin. Read `members/me/` for the
   * caller's own.
   */
  allowedRolesShownFor(caller: Caller, target: SimMember): Set<OrgRole> {
    return this.hasScope(caller, 'member:admin') ? rolesAtOrBelow(target.orgRole) : new Set();
  }

  isRetired(role: OrgRole): boolean {
    return role === 'admin' && this.teamRolesEnabled;
  }

  /** Listed owners that are not pending, in id order. */
  owners(): SimMember[] {
    return this.#index.owners();
  }

  internalError(): Reply {
    this.#errorIds++;
    return { status: 500, body: { detail: 'Internal Error', errorId: `sim${String(this.#errorIds).padStart(8, '0')}` } };
  }

  /**
   * The teams of a `teamRoles` or `teams` field, checked as Sentry's serializer does: every
   * entry must carry `teamSlug` and `role` (read without a default: a missing key is a 500),
   * roles must be team roles, slugs must be teams of the organization, each once.
   */
  #parseTeams(body: Record<string, unknown>): {
    field?: 'teamRoles' | 'teams';
    teams?: Map<string, TeamRole | null>;
    error?: Reply;
    fieldError?: [string, string[]];
  } {
    if (body.teamRoles !== undefined && body.teamRoles !== null) {
      if (!Array.isArray(body.teamRoles)) return { fieldError: ['teamRoles', ['Expected a list of items.']] };
      const entries = body.teamRoles as unknown[];
      if (entries.some((entry) => !isObject(entry) || !('role' in entry) || !('teamSlug' in entry)))
        return { error: this.internalError() };
      const items = entries as Record<string, unknown>[];
      if (items.some((item) => item.role !== null && !(TEAM_ROLES as readonly unknown[]).includes(item.role)))
        return { fieldError: ['teamRoles', ['Invalid team-role']] };
      const slugs = items.map((item) => item.teamSlug);
      if (!this.#validTeams(slugs)) return { fieldError: ['teamRoles', ['Invalid teams']] };
      return {
        field: 'teamRoles',
        teams: new Map(items.map((item) => [item.teamSlug as string, item.role as TeamRole | null])),
      };
    }
    if (body.teams !== undefined) {
      if (!Array.isArray(body.teams)) return { fieldError: ['teams', ['Expected a list of items.']] };
      if (!this.#validTeams(body.teams)) return { fieldError: ['teams', ['Invalid teams']] };
      return { field: 'teams', teams: new Map((body.teams as string[]).map((slug) => [slug, null])) };
    }
    return {};
  }

  #validTeams(slugs: readonly unknown[]): boolean {
    const known = new Set(slugs.filter((slug): slug is string => typeof slug === 'string' && this.teams.has(slug)));
    return known.size === slugs.length;
  }

  /**
   * The org-role field of a request (`orgRole`, or the deprecated `role`), checked as the
   * serializer does against what the caller may set: also when it does not change.
   */
  #parseRole(
    body: Record<string, unknown>,
    allowed: ReadonlySet<OrgRole>,
    retiredRefused: boolean,
  ): { role?: OrgRole; fieldError?: [string, string[]] } {
    const field = body.orgRole !== undefined ? 'orgRole' : body.role !== undefined ? 'role' : undefined;
    if (field === undefined) return {};
    const requested = body[field];
    if (!isOrgRole(requested)) return { fieldError: [field, [`"${String(requested)}" is not a valid choice.`]] };
    if (!allowed.has(requested)) return { fieldError: [field, [MESSAGES.roleNotAllowed]] };
    if (retiredRefused && this.isRetired(requested)) return { fieldError: [field, [MESSAGES.retiredAdmin]] };
    return { role: requested };
  }

  /**
   * PUT /organizations/{org}/members/{id}/, in the server's order: serializer, partnership,
   * the rules for callers without member:admin, re-invitation, the team set (saved before the
   * org-role checks), then the org role. There is no IdP check: Sentry has it disabled.
   */
  updateMember(caller: Caller, target: SimMember, body: unknown, inviteLimited: (email: string) => boolean = () => false): Reply {
    if (!['member:invite', 'member:write', 'member:admin'].some((scope) => this.hasScope(caller, scope)))
      return { status: 403, body: DETAIL_FORBIDDEN };
    if (caller.kind !== 'member') return { status: 403, body: DETAIL_FORBIDDEN };
    if (!isObject(body)) return { status: 400, body: { detail: 'Invalid request body.' } };

    const allowed = this.allowedRoles(caller);
    const errors: Record<string, string[]> = {};
    const role = this.#parseRole(body, allowed, false);
    if (role.fieldError) errors[role.fieldError[0]] = role.fieldError[1];
    const teams = this.#parseTeams(body);
    if (teams.error) return teams.error;
    if (teams.fieldError) errors[teams.fieldError[0]] = teams.fieldError[1];
    if (Object.keys(errors).length > 0) return { status: 400, body: errors };

    if (target.flags['partnership:restricted']) return { status: 403, body: { detail: MESSAGES.partnership } };

    const given = Object.keys(body).filter((key) => body[key] !== undefined);
    const reinviteOnly = given.every((key) => key === 'reinvite' || key === 'regenerate');
    if (!this.hasScope(caller, 'member:admin')) {
      // Members may only re-send invitations, and only their own.
      if (!(this.membersCanInvite && target.pending && reinviteOnly)) return { status: 403, body: DETAIL_FORBIDDEN };
      if (target.inviterUserId !== caller.member.userId) return { status: 403, body: { detail: MESSAGES.memberInvite } };
    }
    if (isTruthy(body.reinvite)) return this.#reinvite(caller, target, isTruthy(body.regenerate), reinviteOnly, inviteLimited);

    // Without the team-roles feature, every team role is stored as null (and the answer is still 200).
    const newTeams =
      teams.teams && !this.teamRolesEnabled ? new Map([...teams.teams.keys()].map((slug) => [slug, null])) : teams.teams;
    const newRole = role.role ?? target.orgRole;
    const givesTeams = (newTeams?.size ?? 0) > 0;
    if ((givesTeams || (teams.field === undefined && target.teams.size > 0)) && newRole === 'billing')
      return { status: 400, body: { detail: noTeamsFor(newRole) } };

    // The team set is saved before the org-role checks: a PUT refused below has still replaced the teams.
    target.teams.clear();
    for (const [slug, teamRole] of newTeams ?? []) target.teams.set(slug, teamRole);

    if (role.role !== undefined && role.role !== target.orgRole) {
      const refused = this.#checkOrgRoleChange(caller.member, target, role.role, allowed);
      if (refused) return refused;
      // Stored team roles stay as they were.
      target.orgRole = role.role;
    }
    return { status: 200, body: undefined };
  }

  #checkOrgRoleChange(caller: SimMember, target: SimMember, orgRole: OrgRole, allowed: ReadonlySet<OrgRole>): Reply | undefined {
    if (!allowed.has(orgRole)) return { status: 403, body: { role: MESSAGES.assignGivenRole } };
    if (!allowed.has(target.orgRole)) return { status: 403, body: { role: MESSAGES.assignToUser } };
    if (caller.id === target.id) return { status: 400, body: { detail: MESSAGES.ownRole } };
    if (this.isRetired(orgRole)) return { status: 400, body: { detail: MESSAGES.retiredAdmin } };
    if (target.orgRole === 'owner' && !target.pending && this.owners().length === 1) {
      return { status: 400, body: [MESSAGES.lastOwner] };
    }
    return undefined;
  }

  #reinvite(
    caller: Caller,
    target: SimMember,
    regenerate: boolean,
    reinviteOnly: boolean,
    inviteLimited: (email: string) => boolean,
  ): Reply {
    if (!reinviteOnly) return { status: 403, body: { detail: MESSAGES.editWhenReinviting } };
    if (target.pending) {
      if (inviteLimited(target.email)) return { status: 429, body: { detail: MESSAGES.inviteRateLimited } };
      if (regenerate) {
        if (!this.hasScope(caller, 'member:admin')) return { status: 400, body: { detail: MESSAGES.insufficientScope } };
        target.expired = false;
      }
      if (target.expired) return { status: 400, body: { detail: MESSAGES.expired } };
      return { status: 200, body: undefined };
    }
    // A full member: only an SSO link can be re-sent, when the organization has SSO and it is not linked.
    if (this.sso && !target.flags['sso:linked']) return { status: 200, body: undefined };
    return { status: 400, body: { detail: MESSAGES.uninvitable } };
  }

  /**
   * POST /organizations/{org}/members/: an invitation. Teams join with no team role.
   * `inviteLimited` spends Sentry's daily invitation budget, once the request is valid.
   */
  invite(
    caller: Caller,
    body: unknown,
    inviteLimited: (email: string) => boolean = () => false,
  ): Reply | { status: 201; member: SimMember } {
    if (!['member:invite', 'member:write', 'member:admin'].some((scope) => this.hasScope(caller, scope)))
      return { status: 403, body: DETAIL_FORBIDDEN };
    if (caller.kind !== 'member') return { status: 403, body: DETAIL_FORBIDDEN };
    if (!isObject(body)) return { status: 400, body: { detail: 'Invalid request body.' } };
    const errors: Record<string, string[]> = {};
    const email = body.email;
    if (typeof email !== 'string' || email === '') errors.email = ['This field is required.'];
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 75) errors.email = ['Enter a valid email address.'];
    else {
      const existing = this.#approvedHolderOf(email);
      if (existing)
        errors.email = [
          existing.userId === null ? `The user ${email} has already been invited` : `The user ${email} is already a member`,
        ];
    }
    const role = this.#parseRole(body, this.allowedRoles(caller, true), true);
    if (role.fieldError) errors[role.fieldError[0]] = role.fieldError[1];
    const teams = this.#parseTeams(body);
    if (teams.error) return teams.error;
    if (teams.fieldError) errors[teams.fieldError[0]] = teams.fieldError[1];
    if (Object.keys(errors).length > 0) return { status: 400, body: errors };

    if (inviteLimited(email as string)) return { status: 429, body: { detail: MESSAGES.inviteRateLimited } };
    const slugs = [...(teams.teams?.keys() ?? [])];
    if (!this.hasScope(caller, 'member:admin') && !this.openMembership && slugs.some((slug) => !caller.member.teams.has(slug)))
      return { status: 400, body: { detail: MESSAGES.teamsNotMember } };
    const orgRole = role.role ?? 'member';
    if (slugs.length > 0 && orgRole === 'billing') return { status: 400, body: { email: noTeamsFor(orgRole) } };

    // An invite or join request for this email gives way to the invitation.
    for (const member of this.#index.withEmail(email as string))
      if (member.inviteStatus !== 'approved' && member.inviteId === null) this.members.delete(member.id);
    const member = this.#newMember(email as string, orgRole, true);
    member.inviterUserId = caller.member.userId;
    for (const slug of slugs) member.teams.set(slug, null);
    return { status: 201, member };
  }

  /** The approved member or invitation holding this email: its own, or its user's (secondary emails too). */
  #approvedHolderOf(email: string): SimMember | undefined {
    // The placeholder member of a newer-model invitation holds no email: the check misses it.
    return this.#index
      .withAnyEmail([email])
      .find((member) => member.inviteStatus === 'approved' && member.inviteId === null && this.matchesEmail(member, email));
  }

  /** Does this member match an `email:` filter value (its email, or its user's secondary emails)? */
  matchesEmail(member: SimMember, email: string): boolean {
    const wanted = email.toLowerCase();
    return (
      member.email.toLowerCase() === wanted ||
      (member.userId !== null && member.secondaryEmails.some((other) => other.toLowerCase() === wanted))
    );
  }

  /** DELETE /organizations/{org}/members/{id}/, in the server's order. */
  removeMember(caller: Caller, target: SimMember): Reply {
    if (caller.kind !== 'member') return { status: 403, body: DETAIL_FORBIDDEN };
    const acting = caller.member;
    if (acting.id !== target.id) {
      if (!this.hasScope(caller, 'member:admin')) {
        if (!this.hasScope(caller, 'member:invite')) return { status: 400, body: { detail: MESSAGES.insufficientScope } };
        // Members may delete invitations, their own.
        if (!target.pending) return { status: 400, body: { detail: MESSAGES.insufficientScope } };
        if (target.inviterUserId !== acting.userId) return { status: 400, body: { detail: MESSAGES.memberInvite } };
        this.members.delete(target.id);
        return { status: 204 };
      }
      if (orgRoleRank(acting.orgRole) < orgRoleRank(target.orgRole))
        return { status: 400, body: { detail: MESSAGES.insufficientRole } };
    }
    if (this.#isOnlyOwnerOrManager(target)) return { status: 403, body: { detail: MESSAGES.onlyOwnerOrManager } };
    if (target.flags['idp:provisioned']) return { status: 403, body: { detail: MESSAGES.idpRemove } };
    if (target.flags['partnership:restricted']) return { status: 403, body: { detail: MESSAGES.partnership } };
    this.members.delete(target.id);
    // Invitations and invite requests the removed user sent go with them.
    if (target.userId !== null) {
      for (const member of this.#index.invitedBy(target.userId))
        if (member.inviteId === null && (member.pending || member.inviteStatus === 'requested_to_be_invited'))
          this.members.delete(member.id);
    }
    for (const [token, owner] of this.tokens)
      if (owner.kind === 'member' && owner.member.id === target.id) this.tokens.delete(token);
    return { status: 204 };
  }

  /** The only active member left who may write to the organization (an owner or manager). */
  #isOnlyOwnerOrManager(target: SimMember): boolean {
    const writes = (member: SimMember) => !member.pending && (member.orgRole === 'owner' || member.orgRole === 'manager');
    if (!writes(target)) return false;
    return !this.#index.writers().some((member) => member.id !== target.id);
  }

  /** May `caller` add `target` to, or remove it from, `team` (POST/DELETE .../members/{id}/teams/{team}/)? */
  canChangeTeamMembership(caller: Caller, target: SimMember, team: SimTeam): boolean {
    if (caller.kind !== 'member') return false;
    if (this.hasScope(caller, 'member:admin')) return true;
    if (caller.member.id === target.id) return true;
    return caller.member.teams.get(team.slug) === 'admin';
  }
}

function rolesAtOrBelow(role: OrgRole): Set<OrgRole> {
  return new Set(ORG_ROLES.filter((other) => orgRoleRank(other) <= orgRoleRank(role)));
}

/** A stable stand-in for the random `uuid4().hex` username Sentry gives an account created by SSO. */
function ssoUsername(id: string): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 32; round++) {
    for (const char of `${id}:${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, 32);
}

function isTruthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
