import type { OrgRole, TeamRole } from '../domain/roles.ts';

/** Member flags as Sentry reports them (all present, false unless set). */
export const MEMBER_FLAGS = [
  'idp:provisioned',
  'idp:role-restricted',
  'sso:linked',
  'sso:invalid',
  'member-limit:restricted',
  'partnership:restricted',
] as const;
export type MemberFlag = (typeof MEMBER_FLAGS)[number];

/**
 * The seed of a simulated organization (JSON). Everything not given takes a plain default, so a
 * fixture can be as small as one owner with a token.
 */
export interface Fixture {
  readonly organization: {
    readonly slug: string;
    readonly name?: string;
    /** Team roles on (Sentry's business plans): the org role `admin` is retired. Default true. */
    readonly teamRoles?: boolean;
    /** Members may invite (and re-send or delete their own invitations); Sentry's default, true. */
    readonly membersCanInvite?: boolean;
    /** Open membership: members may invite to any team, not only their own. Default true. */
    readonly openMembership?: boolean;
    /** The organization has an SSO provider: re-inviting a full member sends an SSO link. Default false. */
    readonly sso?: boolean;
    /**
     * Sentry's newer invitation model (feature `organizations:new-organization-member-invite`):
     * `GET .../invited-members/` answers. Default false. Invitations stored that way
     * (`newInviteModel` on a member) are hidden from the member endpoints whatever this says.
     */
    readonly newInviteModel?: boolean;
  };
  readonly teams?: readonly FixtureTeam[];
  /** Members and pending invites, in id order. */
  readonly members: readonly FixtureMember[];
  /** Auth tokens: a user token names the member it belongs to; an org token (sntrys_) names none. */
  readonly tokens?: readonly FixtureToken[];
}

export interface FixtureTeam {
  readonly slug: string;
  readonly name?: string;
  readonly flags?: { readonly 'idp:provisioned'?: boolean };
}

export interface FixtureMember {
  /**
   * An invitation's address, or the email of the member's account as Sentry holds it: `""` for an
   * account without one (give it a `username`), or any text an identity provider sent (not
   * always an address). Tokens and `invitedBy` name members by it.
   */
  readonly email: string;
  readonly name?: string;
  readonly orgRole: OrgRole;
  /** An invite not yet accepted (no user). */
  readonly pending?: boolean;
  /** A pending invite whose link has expired. */
  readonly expired?: boolean;
  readonly flags?: Partial<Record<MemberFlag, boolean>>;
  /** Team slug -> stored team role (null: none stored, the org role's minimum applies). */
  readonly teams?: Readonly<Record<string, TeamRole | null>>;
  /** Who sent the invitation (an email of an earlier member): removing them deletes it. */
  readonly invitedBy?: string;
  /**
   * Not yet approved: an invite request or a join request. Sentry lists neither, and answers
   * 404 to them on the member endpoints. Default `approved`.
   */
  readonly inviteStatus?: InviteStatus;
  /** A deactivated user account: left out of the members list and the rosters. */
  readonly inactive?: boolean;
  /** Further (secondary) emails of the user: `email:` filters and invitations match them too. */
  readonly secondaryEmails?: readonly string[];
  /**
   * The account's username (default: its email, as Sentry copies the email into an empty
   * username; an account created by SSO: 32 hex characters). Required when `email` is `""`.
   */
  readonly username?: string;
  /**
   * An account an identity provider created at its first SSO login (Sentry's auth helper):
   * a random hex username, `isManaged`, no password.
   */
  readonly sso?: boolean;
  /**
   * When the account was last active (ISO 8601), or null: activity never recorded. Default: the
   * account's creation (Sentry stamps it then). Invitations have no account, so none.
   */
  readonly lastActive?: string | null;
  /**
   * The account cannot be read (deleted, or not yet replicated to the region): Sentry answers
   * `user: null` with `pending: false`, and an empty email.
   */
  readonly unresolved?: boolean;
  /**
   * A pending invitation stored in Sentry's newer invitation model (`OrganizationMemberInvite`):
   * listed only by `GET .../invited-members/`, absent from the member list, member reads and
   * rosters, and unseen by the invitation conflict check of `POST .../members/`.
   */
  readonly newInviteModel?: boolean;
}

export const INVITE_STATUSES = ['approved', 'requested_to_be_invited', 'requested_to_join'] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

export type FixtureToken = { readonly token: string; readonly member: string } | { readonly token: string; readonly kind: 'org' };
