/**
 * GitHub's rate limits as its responses show them. Primary: an hourly budget per token and
 * resource (`core` for REST, `graphql` for GraphQL, where a query costs one point here), told on
 * every response by `x-ratelimit-limit`, `-remaining`, `-used`, `-reset` (epoch seconds) and
 * `-resource`; once spent, REST answers 403 (or 429) with remaining 0, and GraphQL answers 200
 * with a `RATE_LIMITED` error. Secondary: GitHub's limits on bursts, answered 403 (or 429) with
 * `retry-after` and GitHub's message, whatever the primary budget says.
 */
export type Resource = 'core' | 'graphql';

export interface Exhaustion {
  /** One token's budget; every token's when unset. */
  readonly token?: string;
  readonly resource?: Resource;
  /** When the budget comes back, in seconds from now (GitHub's reset is a whole second). */
  readonly resetInSeconds: number;
  /** REST's answer: 403 (GitHub's usual) or 429. */
  readonly status?: 403 | 429;
}

export interface SecondaryLimit {
  readonly retryAfterSeconds: number;
  readonly status?: 403 | 429;
  /** How many requests get it (default 1). */
  readonly times?: number;
  readonly resource?: Resource;
}

export type Verdict =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly status: number; readonly headers: Record<string, string>; readonly body: unknown };

const LIMITS = { anonymous: 60, token: 5000 } as const;
const PRIMARY_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits';
const SECONDARY_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits';

interface Budget {
  limit: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export class SimRateLimits {
  readonly #budgets = new Map<string, Budget>();
  readonly #exhausted: (Exhaustion & { until: number })[] = [];
  readonly #secondary: (SecondaryLimit & { left: number })[] = [];
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  exhaust(exhaustion: Exhaustion): void {
    this.#exhausted.push({ ...exhaustion, until: Math.ceil(this.#now() / 1000) + exhaustion.resetInSeconds });
  }

  secondary(limit: SecondaryLimit): void {
    this.#secondary.push({ ...limit, left: limit.times ?? 1 });
  }

  /**
   * Counts one request of `token` (undefined: unauthenticated) and says whether it may be served,
   * with the headers its answer carries. `who` words GitHub's message ("user ID 1").
   */
  take(token: string | undefined, resource: Resource, who: string): Verdict {
    const nowSeconds = Math.ceil(this.#now() / 1000);
    const key = `${token ?? ''}:${resource}`;
    let budget = this.#budgets.get(key);
    if (!budget || budget.reset <= nowSeconds) {
      budget = { limit: token ? LIMITS.token : LIMITS.anonymous, used: 0, reset: nowSeconds + 3600 };
      this.#budgets.set(key, budget);
    }
    const exhausted = this.#exhausted.find(
      (e) => e.until > nowSeconds && (e.token === undefined || e.token === token) && (e.resource ?? 'core') === resource,
    );
    const headers = (used: number, remaining: number, reset: number): Record<string, string> => ({
      'x-ratelimit-limit': String(budget.limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': resource,
    });
    if (exhausted || budget.used >= budget.limit) {
      const reset = exhausted ? exhausted.until : budget.reset;
      const message = `API rate limit exceeded for ${who}.`;
      if (resource === 'graphql')
        return {
          ok: false,
          status: 200,
          headers: headers(budget.limit, 0, reset),
          body: { errors: [{ type: 'RATE_LIMITED', message }] },
        };
      return {
        ok: false,
        status: exhausted?.status ?? 403,
        headers: headers(budget.limit, 0, reset),
        body: { message, documentation_url: PRIMARY_DOCS },
      };
    }
    const secondary = this.#secondary.find((s) => (s.resource ?? resource) === resource);
    if (secondary) {
      secondary.left--;
      if (secondary.left <= 0) this.#secondary.splice(this.#secondary.indexOf(secondary), 1);
      return {
        ok: false,
        status: secondary.status ?? 403,
        headers: {
          ...headers(budget.used, budget.limit - budget.used, budget.reset),
          'retry-after': String(secondary.retryAfterSeconds),
        },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.',
          documentation_url: SECONDARY_DOCS,
        },
      };
    }
    budget.used++;
    return { ok: true, headers: headers(budget.used, budget.limit - budget.used, budget.reset) };
  }
}
