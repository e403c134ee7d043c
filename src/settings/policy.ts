/**
 * The rules every front door applies to what it is given (action inputs, command-line flags,
 * environment): one place for each rule. A refused value throws a SettingError that says which
 * setting, what was given and what is expected; each front door names the setting in its own
 * words (`input "sentry-url"`, `--sentry-url`) when it shows the error.
 */
export type SettingName =
  | 'sentry-url'
  | 'sentry-token'
  | 'organization'
  | 'mode'
  | 'comment'
  | 'drift-issue'
  | 'max-changes'
  | 'max-removals'
  | 'redact'
  | 'reviewed-plan'
  | 'min-owners'
  | 'expiry-warning-days';

export class SettingError extends Error {
  override name = 'SettingError';
  readonly setting: SettingName;
  /** What was given, as it may be shown ('' for a secret). */
  readonly value: string;
  /** What is wrong and what is expected, to follow "<setting> is <value>". */
  readonly problem: string;

  constructor(setting: SettingName, value: string, problem: string) {
    super(`${setting}${value ? ` is "${value}"` : ''}: ${problem}`);
    this.setting = setting;
    this.value = value;
    this.problem = problem;
  }
}

export const MODES = ['auto', 'plan', 'apply', 'check', 'validate'] as const;
export type Mode = (typeof MODES)[number];

export function parseMode(value: string): Mode {
  if ((MODES as readonly string[]).includes(value)) return value as Mode;
  throw new SettingError('mode', value, `expected one of ${MODES.join(', ')}`);
}

export function parseBoolean(setting: SettingName, value: string): boolean {
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new SettingError(setting, value, 'expected true or false');
}

/** `auto`, or a boolean. */
export function parseAutoBoolean(setting: SettingName, value: string): 'auto' | boolean {
  if (/^auto$/i.test(value)) return 'auto';
  try {
    return parseBoolean(setting, value);
  } catch {
    throw new SettingError(setting, value, 'expected auto, true or false');
  }
}

export const REVIEW_POLICIES = ['warn', 'require', 'off'] as const;
export type ReviewedPlanSetting = (typeof REVIEW_POLICIES)[number];

export function parseReviewedPlan(value: string): ReviewedPlanSetting {
  if ((REVIEW_POLICIES as readonly string[]).includes(value)) return value as ReviewedPlanSetting;
  throw new SettingError('reviewed-plan', value, `expected one of ${REVIEW_POLICIES.join(', ')}`);
}

/** A guard's limit: a whole number, 0 for no limit. */
export function parseLimit(setting: SettingName, value: string): number {
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new SettingError(setting, value, 'expected a whole number (0 for no limit)');
}

/** max-removals: a whole number (0 for no limit), or a percentage of the organization's members and invitations (`10%`). */
export function parseRemovalLimit(value: string): number | { percent: number } {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
  if (percent) {
    const share = Number(percent[1]);
    if (share <= 100) return { percent: share };
  }
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new SettingError('max-removals', value, 'expected a whole number (0 for no limit) or a percentage up to 100% (10%)');
}

/** A count of at least 0 (min-owners, expiry-warning-days). */
export function parseCount(setting: SettingName, value: string): number {
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new SettingError(setting, value, 'expected a whole number');
}

/**
 * The Sentry base URL. Plain http would send the token in clear text, so it is refused except on
 * loopback hosts (a local or simulated Sentry).
 */
export function parseSentryUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError('sentry-url', value, 'not a URL; expected e.g. https://sentry.io or https://de.sentry.io');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new SettingError(
      'sentry-url',
      url.origin,
      'expected a plain base URL such as https://sentry.example.com, without credentials, query or fragment',
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new SettingError(
      'sentry-url',
      url.origin,
      'only https is allowed (plain http only for loopback hosts), so the token never travels in clear text',
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The token as given (trimmed), or undefined; an org auth token is refused: Sentry does not let it manage members. */
export function checkSentryToken(token: string | undefined): string | undefined {
  const trimmed = token?.trim();
  if (!trimmed) return undefined;
  if (trimmed.startsWith('sntrys_')) {
    throw new SettingError(
      'sentry-token',
      '',
      'an organization auth token (sntrys_...), which Sentry does not let manage members: create a user auth token (sntryu_...) with member:read for plans and member:admin for applies',
    );
  }
  return trimmed;
}
