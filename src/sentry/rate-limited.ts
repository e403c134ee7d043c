import { readRateLimit } from './pacer.ts';

/**
 * What to do about a 429 (docs/sentry-api.md, "Roles, tokens, errors, limits" and "The daily
 * invitation budget"): Sentry answers 429 for two limits that call for opposite answers.
 *
 * - A per-second window (or the concurrency limit): wait until `X-Sentry-Rate-Limit-Reset`
 *   (Sentry sends no `Retry-After`), at most 60 s, and send it again.
 * - The daily invitation budget, told by its body ("... too many invitations"): waiting for the
 *   window does not help, and every attempt spends the day's budget again. Not sent again: the
 *   caller stops inviting and leaves the rest to a later run.
 *
 * A 429 while the endpoint's window still has room and no concurrency limit was reached comes
 * from a limiter of some other kind, which the window's reset does not lift: not sent again either.
 */
export type RateLimitDecision =
  | { readonly kind: 'invitation-budget' }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'give-up' };

/** The longest wait for a rate-limit window. */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** Whether a 429's body is Sentry's invitation budget (`{"detail": "..."}` or a bare string, as other 429s come). */
export function isInvitationBudget(body: unknown): boolean {
  const detail =
    typeof body === 'string'
      ? body
      : body !== null && typeof body === 'object' && !Array.isArray(body)
        ? (body as { detail?: unknown }).detail
        : undefined;
  return typeof detail === 'string' && /too many invitations/i.test(detail);
}

export interface RateLimited {
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** 1 for the first 429 of this request, 2 for the next. */
  readonly attempt: number;
  /** Epoch milliseconds now. */
  readonly now: number;
}

export interface RateLimitRules {
  /** How many times one request is sent again after 429s. */
  readonly maxRetries: number;
  /** The first wait when no Reset header says (self-hosted Sentry), doubling. */
  readonly minBackoffMs: number;
}

/** The answer to one 429: a pure function of the response and how many came before. */
export function afterRateLimit(response: RateLimited, rules: RateLimitRules): RateLimitDecision {
  if (isInvitationBudget(response.body)) return { kind: 'invitation-budget' };
  if (response.attempt > rules.maxRetries) return { kind: 'give-up' };
  const limits = readRateLimit(response.headers);
  const concurrent = Number(first(response.headers['x-sentry-rate-limit-concurrentremaining']));
  const concurrencyFull = Number.isFinite(concurrent) && concurrent <= 0;
  if (limits !== undefined && limits.remaining > 0 && !concurrencyFull) return { kind: 'give-up' };
  const ms =
    limits === undefined ? rules.minBackoffMs * 2 ** (response.attempt - 1) : Math.max(0, limits.resetAt - response.now) + 50;
  return { kind: 'wait', ms: Math.min(ms, MAX_RATE_LIMIT_WAIT_MS) };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
