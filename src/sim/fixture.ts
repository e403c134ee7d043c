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
}

export type FixtureToken = { readonly token: string; readonly member: string } | { readonly token: string; readonly kind: 'org' };
