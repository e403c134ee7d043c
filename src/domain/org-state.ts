import type { OrgRole, TeamRole } from './roles.ts';

/** Team slug -> stored team role (null: none stored, the org role's minimum applies). */
export type StoredTeams = ReadonlyMap<string, TeamRole | null>;

export interface MemberFlags {
  readonly idpProvisioned: boolean;
  readonly idpRoleRestricted: boolean;
  readonly partnershipRestricted: boolean;
}

/** A member or pending invite as Sentry lists it (the members list has no teams). */
export interface MemberRecord {
  readonly id: string;
  /** As Sentry spells it; match on `email.toLowerCase()`. */
  readonly email: string;
  readonly name: string;
  readonly orgRole: OrgRole;
  readonly pending: boolean;
  readonly expired: boolean;
  readonly flags: MemberFlags;
}

/** A member or pending invite with its team memberships. */
export interface ObservedMember extends MemberRecord {
  /** undefined when the observation did not need this member's teams (and did not read them). */
  readonly teams: StoredTeams | undefined;
}

export interface ObservedTeam {
  readonly slug: string;
  readonly name: string;
  readonly memberCount: number;
  readonly idpProvisioned: boolean;
}

/** The user behind the token, from `members/me/`: what Sentry lets it do. */
export interface TokenOwner {
  readonly memberId: string;
  readonly email: string;
  readonly orgRole: OrgRole;
  /** Org roles it may assign (`isAllowed`). */
  readonly assignable: ReadonlySet<OrgRole>;
  /** Org roles that can no longer be assigned here (`isRetired`). */
  readonly retired: ReadonlySet<OrgRole>;
}

/** Everything the planner needs to know about the organization, read in one observation. */
export interface OrgState {
  readonly organization: string;
  readonly members: readonly ObservedMember[];
  readonly teams: ReadonlyMap<string, ObservedTeam>;
  readonly caller: TokenOwner;
  /**
   * Whether the organization has Sentry's team-roles feature (Business and Enterprise plans on
   * sentry.io). Without it Sentry stores every team role as null, whatever is sent.
   */
  readonly teamRoles: boolean;
}
