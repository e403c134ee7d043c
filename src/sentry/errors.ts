import { redactSecrets } from '../domain/secrets.ts';
import { escapeInvisible } from '../domain/text.ts';

/** The names a hint uses for what the user can change: each front door says them in its own words. */
export interface HintWords {
  /** The Sentry URL setting (`input "sentry-url"`, `--sentry-url`). */
  readonly url: string;
  /** Where a new token goes (update the secret the input reads; export it in SENTRY_AUTH_TOKEN). */
  readonly newToken: string;
}

/** The words of a hint when no front door says them (debug logs, failed writes). */
export const PLAIN_WORDS: HintWords = { url: 'sentry-url', newToken: 'use it in place of this one' };

/** What to do about a failure, in the words of the front door that shows it. */
export type Hint = (words: HintWords) => string;

/** A Sentry API call that failed, described for people: method, path, status, Sentry's words, what to do. */
export class SentryApiError extends Error {
  override name = 'SentryApiError';
  readonly method: string;
  readonly path: string;
  /** 0 when no response came (connection error, timeout). */
  readonly status: number;
  /** Sentry's own message, from any of its body shapes. */
  readonly detail: string;
  readonly hint: Hint | undefined;

  constructor(method: string, path: string, status: number, serverDetail: string, options?: { cause?: unknown; hint?: Hint }) {
    // Sentry's words (or a proxy's) may echo the token: redacted before anything else sees them,
    // and invisible or control characters shown escaped (one line, read as written).
    const detail = escapeInvisible(redactSecrets(serverDetail));
    super('', options?.cause ? { cause: options.cause } : {});
    this.method = method;
    this.path = path;
    this.status = status;
    this.detail = detail;
    this.hint = options?.hint;
    this.message = this.describe(PLAIN_WORDS);
  }

  /** The failure and what to do, naming settings as a front door does. */
  describe(words: HintWords): string {
    const what = this.status === 0 ? 'no response' : `HTTP ${this.status}`;
    return `${this.method} ${this.path}: ${what}: ${this.detail}${this.hint ? ` (${this.hint(words)})` : ''}`;
  }
}

/**
 * Sentry's daily invitation budget answered (429, "too many invitations": docs/sentry-api.md): not
 * a failure of the write, and not retried. Waiting for the per-second window does not lift it,
 * and every attempt spends the day's budget again, so the run sends no more invitations and
 * leaves them to the next run.
 */
export class InvitationBudgetError extends SentryApiError {
  override name = 'InvitationBudgetError';

  constructor(method: string, path: string, serverDetail: string) {
    super(method, path, 429, serverDetail, {
      hint: () =>
        "Sentry's daily invitation limit is reached (100 a day per user and per organization, 10 per email); it is whole again at 00:00 UTC: the next run sends the invitations left",
    });
  }
}

/**
 * Sentry's error bodies in words: `{"detail": "msg"}`, `{"field": ["msg"]}`, `{"role": "msg"}`,
 * a bare list, a bare string (429), or text that is not JSON.
 */
export function describeErrorBody(body: unknown, text: string): string {
  if (typeof body === 'string') return body;
  if (Array.isArray(body)) return body.map(String).join('; ');
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (key === 'errorId') continue;
      const message = Array.isArray(value)
        ? value.map(String).join('; ')
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
      parts.push(key === 'detail' ? message : `${key}: ${message}`);
    }
    if (typeof record.errorId === 'string') parts.push(`Sentry error id ${record.errorId}`);
    if (parts.length > 0) return parts.join('; ');
  }
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed ? `unexpected response: ${trimmed.slice(0, 200)}` : 'empty response';
}

/** What to do about a status, said once here rather than at every caller. */
export function hintFor(status: number): Hint | undefined {
  switch (status) {
    case 401:
      return (words) => `the Sentry token is invalid or expired: create a new user auth token and ${words.newToken}`;
    case 403:
      return () =>
        "the token's user may not do this: plans need member:read, applies need member:admin, and org auth tokens (sntrys_) cannot manage members";
    case 404:
      return (words) => `check the organization slug and ${words.url} (EU organizations use https://de.sentry.io)`;
    case 429:
      return () => 'still rate limited after waiting for the limit to reset: run again later';
    default:
      return status >= 500 ? () => 'Sentry failed; it was retried: run again later' : undefined;
  }
}
