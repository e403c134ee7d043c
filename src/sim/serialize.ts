import { minimumTeamRole, ORG_ROLES, type OrgRole } from '../domain/roles.ts';
import { sentryTime } from './clock.ts';
import type { Caller, SimMember, SimOrganization, SimTeam } from './organization.ts';

/** The body shapes of Sentry's member endpoints, with every field the published schema requires. */

const ROLE_NAMES: Record<OrgRole, string> = {
  billing: 'Billing',
  member: 'Member',
  admin: 'Admin',
  manager: 'Manager',
  owner: 'Owner',
};

const ROLE_SCOPES: Record<OrgRole, string[]> = {
  billing: ['org:billing'],
  member: ['event:read', 'member:read', 'org:read', 'project:read', 'team:read'],
  admin: ['event:admin', 'member:read', 'org:read', 'project:admin', 'team:admin'],
  manager: ['event:admin', 'member:admin', 'member:read', 'org:read', 'project:admin', 'team:admin'],
  owner: ['event:admin', 'member:admin', 'member:read', 'org:admin', 'org:billing', 'project:admin', 'team:admin'],
};

/**
 * The `user` of a member (UserSerializer): null for an invitation, and for an account Sentry
 * cannot read. No `emails` (docs/sentry-api.md). An account made by SSO has a hex username, is
 * managed and has no password.
 */
function user(member: SimMember) {
  if (member.userId === null || member.unresolved) return null;
  return {
    id: member.userId,
    name: member.name,
    username: member.username,
    email: member.email,
    avatarUrl: '',
    isActive: true,
    isSuspended: false,
    hasPasswordAuth: !member.sso,
    isManaged: member.sso,
    dateJoined: member.dateCreated,
    lastLogin: null,
    has2fa: false,
    lastActive: member.lastActive === null ? null : sentryTime(member.lastActive),
    isSuperuser: false,
    isStaff: false,
    experiments: {},
    avatar: { avatarType: 'letter_avatar', avatarUuid: null, avatarUrl: null },
  };
}

/**
 * A member's `email` (OrganizationMemberSerializer): an invitation's address; else its account's
 * email as stored, `""` when the account has none or cannot be read. Older Sentry
 * (`OrganizationMember.get_email()`) fell back to the member row's own email, which Sentry clears
 * once an invitation is accepted: null.
 */
function shownEmail(org: SimOrganization, member: SimMember): string | null {
  if (member.userId === null) return member.email;
  const email = member.unresolved ? '' : member.email;
  return email === '' && org.legacyMemberEmail ? null : email;
}

/** GET .../members/ item; also POST's 201 body. `name` is the account's display name, else the email. */
export function listMember(org: SimOrganization, member: SimMember) {
  const email = shownEmail(org, member);
  return {
    id: member.id,
    email,
    name: member.unresolved ? email : member.name,
    user: user(member),
    orgRole: member.orgRole,
    role: member.orgRole,
    roleName: ROLE_NAMES[member.orgRole],
    pending: member.pending,
    expired: member.expired,
    flags: { ...member.flags },
    dateCreated: member.dateCreated,
    inviteStatus: 'approved',
    inviterName: null,
    externalUsers: [],
  };
}

/**
 * GET .../members/{id}/ (and a PUT's 200 body). `isAllowed` is computed for the member being read
 * (roles at or below theirs, for a caller with member:admin), not for the caller. No invite link.
 */
export function detailMember(org: SimOrganization, member: SimMember, caller: Caller) {
  const assignable = org.allowedRolesShownFor(caller, member);
  const canAdmin = org.hasScope(caller, 'member:admin');
  const orgRoleList = ORG_ROLES.map((role) => ({
    id: role,
    name: ROLE_NAMES[role],
    desc: `${ROLE_NAMES[role]} of the organization.`,
    scopes: ROLE_SCOPES[role],
    allowed: assignable.has(role),
    isAllowed: assignable.has(role),
    isRetired: org.isRetired(role),
    isTeamRolesAllowed: role !== 'billing',
    is_global: role === 'admin' || role === 'manager' || role === 'owner',
    isGlobal: role === 'admin' || role === 'manager' || role === 'owner',
    minimumTeamRole: minimumTeamRole(role),
  }));
  return {
    ...listMember(org, member),
    teams: [...member.teams.keys()],
    teamRoles: [...member.teams].map(([teamSlug, role]) => ({ teamSlug, role })),
    isOnlyOwner: member.orgRole === 'owner' && !member.pending && org.owners().length === 1,
    orgRoleList,
    roles: orgRoleList,
    teamRoleList: [
      {
        id: 'contributor',
        name: 'Contributor',
        desc: 'Can view and act on issues.',
        scopes: ['event:read', 'project:read', 'team:read'],
        allowed: canAdmin,
        isAllowed: canAdmin,
        isRetired: false,
        isTeamRolesAllowed: true,
        isMinimumRoleFor: null,
      },
      {
        id: 'admin',
        name: 'Team Admin',
        desc: "Full management access to the team's membership and projects.",
        scopes: ['event:admin', 'project:admin', 'team:admin'],
        allowed: canAdmin,
        isAllowed: canAdmin,
        isRetired: false,
        isTeamRolesAllowed: true,
        isMinimumRoleFor: 'admin',
      },
    ],
  };
}

/** GET .../teams/ item (detailed=0: no projects). */
export function team(value: SimTeam, caller: Caller, memberCount: number) {
  const mine = caller.kind === 'member' ? caller.member.teams : undefined;
  return {
    id: value.id,
    slug: value.slug,
    name: value.name,
    dateCreated: value.dateCreated,
    isMember: mine?.has(value.slug) ?? false,
    teamRole: mine?.has(value.slug) ? (mine.get(value.slug) ?? null) : null,
    flags: { 'idp:provisioned': value.idpProvisioned },
    access: ['event:read', 'member:read', 'org:read', 'project:read', 'team:read'],
    hasAccess: true,
    isPending: false,
    memberCount,
    avatar: { avatarType: 'letter_avatar', avatarUuid: null },
    externalTeams: [],
  };
}

/** GET /teams/{org}/{team}/members/ item: the list shape plus the stored team role. */
export function teamMember(org: SimOrganization, member: SimMember, slug: string) {
  return { ...listMember(org, member), teamRole: member.teams.get(slug) ?? null, teamSlug: slug };
}

/**
 * GET .../invited-members/ item (OrganizationMemberInviteSerializer): an invitation of the
 * newer model, with its own id, its flags spelled out and its teams as stored on it.
 */
export function newModelInvitation(org: SimOrganization, member: SimMember) {
  const inviter = member.inviterUserId === null ? undefined : org.findByUserId(member.inviterUserId);
  return {
    id: member.inviteId,
    email: member.email,
    orgRole: member.orgRole,
    expired: member.expired,
    idpProvisioned: member.flags['idp:provisioned'],
    idpRoleRestricted: member.flags['idp:role-restricted'],
    ssoLinked: member.flags['sso:linked'],
    ssoInvalid: member.flags['sso:invalid'],
    memberLimitRestricted: member.flags['member-limit:restricted'],
    partnershipRestricted: member.flags['partnership:restricted'],
    teams: [...member.teams].map(([slug, role]) => ({ id: Number(org.teams.get(slug)?.id), slug, role })),
    dateCreated: member.dateCreated,
    inviteStatus: member.inviteStatus,
    inviterName: inviter?.name ?? null,
  };
}
