/**
 * GitHub's rate limits as the action treats them (docs/github-api.md): it waits for a primary
 * limit's reset or a secondary limit's `retry-after` when the wait is short, never more than
 * `maxWaitMs` (60 s) in all during a run, and otherwise fails saying which limit and when it
 * resets. Pure: the clock is passed in.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** Past this many retries of one request, a limit that keeps answering "wait 0 s" is not waited for again. */
export const MAX_RATE_LIMIT_RETRIES = 4;

/**
 * The time spent waiting for rate limits, counted as wall-clock time: requests that wait for
 * the same reset at once count once.
 */
export class WaitBudget {
  readonly #capMs: number;
  readonly #now: () => number;
  #spentMs = 0;
  #waitingUntil = 0;

  constructor(capMs = MAX_RATE_LIMIT_WAIT_MS, now: () => number = Date.now) {
    this.#capMs = capMs;
    this.#now = now;
  }

  /** The most time spent waiting in all. */
  get capMs(): number {
    return this.#capMs;
  }

  /** Whether a wait of `waitMs` from now fits in what is left; if it does, it is counted. */
  allow(waitMs: number): boolean {
    const now = this.#now();
    const end = now + Math.max(0, waitMs);
    const added = Math.max(0, end - Math.max(now, this.#waitingUntil));
    if (this.#spentMs + added > this.#capMs) return false;
    this.#spentMs += added;
    this.#waitingUntil = Math.max(this.#waitingUntil, end);
    return true;
  }
}

type Headers = Readonly<Record<string, string | number | undefined>>;

export interface RateLimitHit {
  readonly kind: 'primary' | 'secondary';
  /** GitHub's resource (`core`, `graphql`, ...), when it says. */
  readonly resource: string | undefined;
  /** The hourly budget, when it says. */
  readonly limit: number | undefined;
  /** When it may be asked again, epoch milliseconds, when known. */
  readonly resetAt: number | undefined;
}

const header = (headers: Headers, name: string) => {
  const value = headers[name];
  return value === undefined ? undefined : String(value);
};
const numberOf = (text: string | undefined) => (text === undefined || !Number.isFinite(Number(text)) ? undefined : Number(text));

/**
 * The rate limit an answer reports, if any: a secondary limit (GitHub's message says "secondary
 * rate limit", or a 403/429 carries `retry-after`), or the primary one (`x-ratelimit-remaining: 0`
 * on a 403/429, or a GraphQL `RATE_LIMITED` error, which GitHub answers with 200).
 */
export function rateLimitOf(
  answer: { readonly status: number; readonly headers: Headers; readonly message: string; readonly graphqlRateLimited?: boolean },
  now: number,
): RateLimitHit | undefined {
  const { status, headers, message } = answer;
  const resource = header(headers, 'x-ratelimit-resource');
  const limit = numberOf(header(headers, 'x-ratelimit-limit'));
  const retryAfter = numberOf(header(headers, 'retry-after'));
  const limited = status === 403 || status === 429;
  if (limited && (/\bsecondary rate\b/i.test(message) || retryAfter !== undefined))
    return { kind: 'secondary', resource, limit, resetAt: retryAfter === undefined ? undefined : now + retryAfter * 1000 };
  const reset = numberOf(header(headers, 'x-ratelimit-reset'));
  if ((limited && header(headers, 'x-ratelimit-remaining') === '0') || answer.graphqlRateLimited)
    return { kind: 'primary', resource, limit, resetAt: reset === undefined ? undefined : reset * 1000 };
  return undefined;
}

function clock(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(11, 19)} UTC`;
}

function duration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** "GitHub's primary rate limit for core (5000 requests an hour) is spent until 10:42:07 UTC, in 25 min". */
export function describeRateLimit(hit: RateLimitHit, now: number): string {
  const until = hit.resetAt === undefined ? '' : ` until ${clock(hit.resetAt)}, in ${duration(hit.resetAt - now)}`;
  if (hit.kind === 'secondary')
    return `GitHub's secondary rate limit (too many requests in a short time) asks to wait${until || ' (no time given)'}`;
  const budget = hit.limit === undefined ? '' : ` (${hit.limit} ${hit.resource === 'graphql' ? 'points' : 'requests'} an hour)`;
  return `GitHub's primary rate limit for ${hit.resource ?? 'this token'}${budget} is spent${until}`;
}
