/**
 * Sentry's org and team roles, and the rule that links them (docs/behaviour.md section 1, docs/sentry-api.md "Roles").
 */

/** Org roles, lowest first. */
export const ORG_ROLES = ['billing', 'member', 'admin', 'manager', 'owner'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Team roles, lowest first. */
export const TEAM_ROLES = ['contributor', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export function isOrgRole(value: unknown): value is OrgRole {
  return typeof value === 'string' && (ORG_ROLES as readonly string[]).includes(value);
}

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

/** Position of an org role in the hierarchy: higher is more powerful. */
export function orgRoleRank(role: OrgRole): number {
  return ORG_ROLES.indexOf(role);
}

/** The team role every team membership of this org role has at least. */
export function minimumTeamRole(orgRole: OrgRole): TeamRole {
  return orgRole === 'admin' || orgRole === 'manager' || orgRole === 'owner' ? 'admin' : 'contributor';
}

/** The team role Sentry enforces: the higher of the stored role (null = contributor) and the org role's minimum. */
export function effectiveTeamRole(orgRole: OrgRole, stored: TeamRole | null): TeamRole {
  const minimum = minimumTeamRole(orgRole);
  return stored === 'admin' || minimum === 'admin' ? 'admin' : 'contributor';
}
