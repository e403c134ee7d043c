/**
 * sentry.io's rate limiter (middleware/ratelimit.py): fixed windows per caller, endpoint and
 * method, aligned to the epoch, plus a limit on concurrent requests.
 */
export interface RateLimitOptions {
  /** Requests per window (default 40). */
  readonly limit?: number;
  /** Window length in seconds (default 1). */
  readonly windowSeconds?: number;
  /** Concurrent requests per caller, endpoint and method (default 25). */
  readonly concurrentLimit?: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  readonly reason?: 'rate' | 'concurrency';
  readonly headers: Record<string, string>;
  /** Call when the request is done (frees a concurrency slot); a no-op for refused requests. */
  readonly release: () => void;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowSeconds: number;
  readonly concurrentLimit: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #inFlight = new Map<string, number>();
  readonly #now: () => number;

  constructor(options: RateLimitOptions = {}, now: () => number = Date.now) {
    this.limit = options.limit ?? 40;
    this.windowSeconds = options.windowSeconds ?? 1;
    this.concurrentLimit = options.concurrentLimit ?? 25;
    this.#now = now;
  }

  check(key: string): RateDecision {
    const nowSeconds = this.#now() / 1000;
    const start = Math.floor(nowSeconds / this.windowSeconds) * this.windowSeconds;
    let window = this.#windows.get(key);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.#windows.set(key, window);
    }
    const inFlight = this.#inFlight.get(key) ?? 0;
    const rateOk = window.count < this.limit;
    const concurrencyOk = inFlight < this.concurrentLimit;
    const allowed = rateOk && concurrencyOk;
    if (allowed) {
      window.count++;
      this.#inFlight.set(key, inFlight + 1);
    }
    const headers = {
      'X-Sentry-Rate-Limit-Limit': String(this.limit),
      'X-Sentry-Rate-Limit-Remaining': String(Math.max(0, this.limit - window.count)),
      'X-Sentry-Rate-Limit-Reset': String(Math.round(start + this.windowSeconds)),
      'X-Sentry-Rate-Limit-ConcurrentLimit': String(this.concurrentLimit),
      'X-Sentry-Rate-Limit-ConcurrentRemaining': String(Math.max(0, this.concurrentLimit - (this.#inFlight.get(key) ?? 0))),
    };
    let released = !allowed;
    return {
      allowed,
      ...(allowed ? {} : { reason: rateOk ? ('concurrency' as const) : ('rate' as const) }),
      headers,
      release: () => {
        if (released) return;
        released = true;
        this.#inFlight.set(key, (this.#inFlight.get(key) ?? 1) - 1);
      },
    };
  }
}
