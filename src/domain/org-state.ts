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
  /**
   * When the member's account was last active in Sentry (epoch milliseconds; `user.lastActive`
   * of the members list); null: Sentry never recorded it; absent: an invitation (no account), or
   * a server that does not say.
   */
  readonly lastActive?: number | null | undefined;
}

/** Why a record Sentry sent cannot be matched to an entry of the file (docs/behaviour.md, section 5). */
export type UnfitProblem =
  /** No email: an account created without one (`""`), or older Sentry's `null` for it. */
  | { readonly kind: 'no-email'; readonly email: '' | null }
  /**
   * An email that is not an address (an identity provider's text, a look-alike with invisible
   * characters); the text is left out of a public view (absent), which names nobody.
   */
  | { readonly kind: 'not-an-address'; readonly email?: string }
  /** An org role this action does not know. */
  | { readonly kind: 'unknown-role'; readonly role: string };

/**
 * A member record that does not fit (docs/behaviour.md, section 5): reported with its id, never
 * compared, counted as a change or written to; the rest of the organization is planned as usual.
 */
export interface UnfitRecord {
  readonly id: string;
  readonly problem: UnfitProblem;
  /** Its org role, when it is one this action knows. */
  readonly orgRole?: OrgRole;
  readonly pending: boolean;
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

/**
 * A pending invitation of Sentry's newer invitation model (docs/sentry-api.md): kept apart from
 * the member list, read from `/invited-members/`, with an id of its own (not a member id).
 */
export interface ModelInvitation {
  readonly id: string;
  readonly email: string;
  readonly orgRole: OrgRole;
  readonly expired: boolean;
  readonly teams: StoredTeams;
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
  /** Member records that do not fit (absent: none): reported with their ids, never written to. */
  readonly unfit?: readonly UnfitRecord[];
  /**
   * Pending invitations of Sentry's newer invitation model, which the member list leaves out:
   * present when the organization has them and they were read (only when the file lists someone
   * the member list does not have: observe.ts).
   */
  readonly invitations?: readonly ModelInvitation[];
}

/** The organization's members and invitations, records that do not fit included (what a percentage of max-removals is of). */
export function headcount(state: OrgState): number {
  return state.members.length + (state.unfit?.length ?? 0);
}
