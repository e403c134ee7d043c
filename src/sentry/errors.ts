import { redactSecrets } from '../domain/secrets.ts';
import { escapeInvisible } from '../domain/text.ts';

/** A Sentry API call that failed, described for people: method, path, status, Sentry's words, what to do. */
export class SentryApiError extends Error {
  override name = 'SentryApiError';
  readonly method: string;
  readonly path: string;
  /** 0 when no response came (connection error, timeout). */
  readonly status: number;
  /** Sentry's own message, from any of its body shapes. */
  readonly detail: string;

  constructor(method: string, path: string, status: number, serverDetail: string, options?: { cause?: unknown; hint?: string }) {
    // Sentry's words (or a proxy's) may echo the token: redacted before anything else sees them,
    // and invisible or control characters shown escaped (one line, read as written).
    const detail = escapeInvisible(redactSecrets(serverDetail));
    const what = status === 0 ? 'no response' : `HTTP ${status}`;
    super(
      `${method} ${path}: ${what}: ${detail}${options?.hint ? ` (${options.hint})` : ''}`,
      options?.cause ? { cause: options.cause } : {},
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.detail = detail;
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
export function hintFor(status: number): string | undefined {
  switch (status) {
    case 401:
      return 'the Sentry token is invalid or expired: create a new user auth token and update the secret';
    case 403:
      return "the token's user may not do this: plans need member:read, applies need member:admin, and org auth tokens (sntrys_) cannot manage members";
    case 404:
      return 'check the organization slug and sentry-url (EU organizations use https://de.sentry.io)';
    case 429:
      return 'still rate limited after waiting for the limit to reset: run again later';
    default:
      return status >= 500 ? 'Sentry failed; it was retried: run again later' : undefined;
  }
}
