/**
 * What each setting's text may be: one parser per kind of value (URL, loopback, token kind,
 * limits, booleans), used by every front door through the table of settings (table.ts). A
 * refused text throws a RefusedValue saying what is wrong and what is expected; the table names
 * the setting, and each front door names it in its own words when it shows the error.
 */
export class RefusedValue extends Error {
  override name = 'RefusedValue';
  /** What was given, as it may be shown ('' for a secret). */
  readonly shown: string;
  /** What is wrong and what is expected, to follow "<setting> is <value>". */
  readonly problem: string;

  constructor(shown: string, problem: string) {
    super(`${shown ? `"${shown}": ` : ''}${problem}`);
    this.shown = shown;
    this.problem = problem;
  }
}

/** Text as given, or undefined when empty. */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Text that must be given (its default is not empty). */
export function requiredText(value: string): string {
  if (value === '') throw new RefusedValue('', 'must not be empty');
  return value;
}

/** One of `choices`, exactly. */
export function oneOf<const T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new RefusedValue(value, `expected one of ${choices.join(', ')}`);
  };
}

export const MODES = ['auto', 'plan', 'apply', 'check', 'validate'] as const;
export type Mode = (typeof MODES)[number];
export const parseMode = oneOf(MODES);

export const REVIEW_POLICIES = ['warn', 'require', 'off'] as const;
export const parseReviewedPlan = oneOf(REVIEW_POLICIES);

export const LAYOUTS = ['members', 'teams'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const parseLayout = oneOf(LAYOUTS);

export function parseBoolean(value: string): boolean {
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new RefusedValue(value, 'expected true or false');
}

/** `auto`, or a boolean. */
export function parseAutoBoolean(value: string): 'auto' | boolean {
  if (/^auto$/i.test(value)) return 'auto';
  try {
    return parseBoolean(value);
  } catch {
    throw new RefusedValue(value, 'expected auto, true or false');
  }
}

function wholeNumber(value: string): number | undefined {
  return /^\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
}

/** A guard's limit: a whole number, 0 for no limit. */
export function parseLimit(value: string): number {
  const number = wholeNumber(value);
  if (number === undefined) throw new RefusedValue(value, 'expected a whole number (0 for no limit)');
  return number;
}

/** A number of members and invitations to remove at most (0: no limit), or a percentage of the organization's (`10%`). */
export type RemovalLimit = number | { readonly percent: number };

/** max-removals: a whole number (0 for no limit), or a percentage of the organization's members and invitations (`10%`). */
export function parseRemovalLimit(value: string): RemovalLimit {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const share = Number(percent[1]);
    if (share <= 100) return { percent: share };
  }
  const number = wholeNumber(value);
  if (number === undefined)
    throw new RefusedValue(value, 'expected a whole number (0 for no limit) or a percentage up to 100% (10%)');
  return number;
}

/** A count of at least 0 (min-owners, expiry-warning-days). */
export function parseCount(value: string): number {
  const number = wholeNumber(value);
  if (number === undefined) throw new RefusedValue(value, 'expected a whole number');
  return number;
}

/**
 * The Sentry base URL. Plain http would send the token in clear text, so it is refused except on
 * loopback hosts (a local or simulated Sentry). The API's own path (`/api/0`), which people copy
 * from Sentry's documentation, is taken off: requests add it themselves.
 */
export function parseSentryUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RefusedValue(value, 'not a URL; expected e.g. https://sentry.io or https://de.sentry.io');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new RefusedValue(
      url.origin,
      'expected a plain base URL such as https://sentry.example.com, without credentials, query or fragment',
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new RefusedValue(
      url.origin,
      'only https is allowed (plain http only for loopback hosts), so the token never travels in clear text',
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/api\/0$/, '');
  return url;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The token as given, or undefined; an org auth token is refused: Sentry does not let it manage members. */
export function parseSentryToken(token: string): string | undefined {
  if (!token) return undefined;
  if (token.startsWith('sntrys_')) {
    throw new RefusedValue(
      '',
      'an organization auth token (sntrys_...), which Sentry does not let manage members: create a user auth token (sntryu_...) with member:read for plans and member:admin for applies',
    );
  }
  return token;
}
