import { firstInvisible } from './text.ts';

/** A member of a GitHub team as a run read it (child teams' members included, as GitHub lists them). */
export interface GitHubTeamMember {
  /** As GitHub spells it. */
  readonly login: string;
  readonly maintainer: boolean;
}

/**
 * An organization's SAML identities as the run found them: login (lower-cased) -> the email of
 * the identity (`nameId`), or why there are none to use. `none`: the organization does not use
 * SAML single sign-on, or the token may not read it (`detail` says which, for a warning); the
 * run goes on with `people` alone.
 */
export type SamlEmails =
  | { readonly kind: 'read'; readonly emails: ReadonlyMap<string, string> }
  | { readonly kind: 'none'; readonly detail: string; readonly permitted: boolean };

/**
 * What a run read of the GitHub teams its config follows: an input of the plan, like the
 * observed organization (docs/behaviour.md, section 1.5). Read once per run, beside Sentry.
 */
export interface GitHubRosters {
  /** By `org/team` lower-cased: the team's members. */
  readonly teams: ReadonlyMap<string, readonly GitHubTeamMember[]>;
  /** By GitHub organization, lower-cased: read only where some login has no entry under `people`. */
  readonly saml: ReadonlyMap<string, SamlEmails>;
}

export const NO_ROSTERS: GitHubRosters = { teams: new Map(), saml: new Map() };

/**
 * A SAML `nameId` as an email, lower-cased, or undefined when it is not one: identity providers
 * may use an employee number or a login there, and the text comes from a server (an address with
 * invisible characters is never taken).
 */
export function samlEmail(nameId: string): string | undefined {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(nameId) || firstInvisible(nameId) !== undefined) return undefined;
  return nameId.toLowerCase();
}
