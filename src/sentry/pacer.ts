/**
 * Keeps requests within Sentry's rate limits instead of running into them: per endpoint and
 * method (the server's key), at most `X-Sentry-Rate-Limit-ConcurrentLimit` requests in flight,
 * and no more started in a window than `-Remaining` allows until `-Reset`. Without those
 * headers (self-hosted Sentry) only a modest concurrency applies.
 */
export interface PacerOptions {
  /** Concurrency per endpoint when Sentry sends no rate-limit headers (default 8). */
  readonly unlimitedConcurrency?: number;
  /** Added to the reset time before starting again, for clock differences (default 25 ms). */
  readonly resetMarginMs?: number;
  /** The longest wait for a rate-limit window, whatever Reset says (default 60 s). */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
}

export interface RateLimitHeaders {
  readonly limit: number;
  readonly remaining: number;
  /** Epoch milliseconds when the window ends. */
  readonly resetAt: number;
  readonly concurrentLimit: number;
}

/** The X-Sentry-Rate-Limit-* headers, when all are present and numeric. */
export function readRateLimit(headers: Record<string, string | string[] | undefined>): RateLimitHeaders | undefined {
  const number = (name: string) => {
    const value = headers[`x-sentry-rate-limit-${name}`];
    const parsed = Number(Array.isArray(value) ? value[0] : value);
    return value === undefined || !Number.isFinite(parsed) ? undefined : parsed;
  };
  const limit = number('limit');
  const remaining = number('remaining');
  const reset = number('reset');
  const concurrentLimit = number('concurrentlimit');
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, resetAt: reset * 1000, concurrentLimit: concurrentLimit ?? Number.POSITIVE_INFINITY };
}

interface EndpointState {
  inFlight: Set<number>;
  /** A response of this endpoint has come: until then only one request is in flight (a probe). */
  heard: boolean;
  concurrency: number;
  /** Requests we may still start in the current window; undefined: no limit known. */
  remaining: number | undefined;
  resetAt: number | undefined;
  limit: number | undefined;
  /** Requests waiting to start, first come first. */
  waiters: ((ticket: Ticket) => void)[];
  timer: NodeJS.Timeout | undefined;
}

export interface Ticket {
  /** Report the response (its headers), or undefined when there was none. */
  done(headers: Record<string, string | string[] | undefined> | undefined): void;
}

export class Pacer {
  readonly #endpoints = new Map<string, EndpointState>();
  readonly #unlimited: number;
  readonly #margin: number;
  readonly #maxWait: number;
  readonly #now: () => number;
  #sequence = 0;

  constructor(options: PacerOptions = {}) {
    this.#unlimited = options.unlimitedConcurrency ?? 8;
    this.#margin = options.resetMarginMs ?? 25;
    this.#maxWait = options.maxWaitMs ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Waits until a request to `endpoint` may start. Waiting requests start in the order they
   * came, each as soon as the endpoint has room for it: a response or a window's end wakes only
   * as many as may start (with a thousand rosters queued, waking every one on every response
   * cost more CPU time than reading them).
   */
  acquire(endpoint: string): Promise<Ticket> {
    const state = this.#state(endpoint);
    // Those already waiting go first, should a window have ended since anything woke them.
    this.#grant(state);
    if (state.waiters.length === 0 && this.#ready(state)) return Promise.resolve(this.#start(state));
    return new Promise<Ticket>((resolve) => {
      state.waiters.push(resolve);
      this.#arm(state);
    });
  }

  #state(endpoint: string): EndpointState {
    let state = this.#endpoints.get(endpoint);
    if (!state) {
      state = {
        inFlight: new Set(),
        heard: false,
        // Until the first answer only one request runs (see acquire); then the answer tells.
        concurrency: this.#unlimited,
        remaining: undefined,
        resetAt: undefined,
        limit: undefined,
        waiters: [],
        timer: undefined,
      };
      this.#endpoints.set(endpoint, state);
    }
    return state;
  }

  #done(state: EndpointState, sequence: number, headers: Record<string, string | string[] | undefined> | undefined): void {
    if (!state.inFlight.delete(sequence)) return;
    if (headers) this.#learn(state, sequence, headers);
    this.#grant(state);
  }

  #learn(state: EndpointState, sequence: number, headers: Record<string, string | string[] | undefined>): void {
    state.heard = true;
    const limits = readRateLimit(headers);
    if (!limits) {
      if (state.limit === undefined) state.concurrency = this.#unlimited;
      return;
    }
    state.limit = limits.limit;
    state.concurrency = Math.max(1, Math.min(limits.concurrentLimit, 1000));
    // Requests started after this one may not have been counted yet: keep room for them.
    let startedLater = 0;
    for (const other of state.inFlight) if (other > sequence) startedLater++;
    const remaining = limits.remaining - startedLater;
    // A Reset far away (an hour, a year) would hold the run that long: no window is waited for longer than maxWait.
    const resetAt = Math.min(limits.resetAt, this.#now() + this.#maxWait);
    if (state.resetAt === undefined || resetAt > state.resetAt) {
      if (resetAt > this.#now()) {
        state.resetAt = resetAt;
        state.remaining = remaining;
      }
    } else if (resetAt === state.resetAt) {
      state.remaining = Math.min(state.remaining ?? remaining, remaining);
    }
  }

  /** Whether a request may start now (a window that has ended gives its whole limit back). */
  #ready(state: EndpointState): boolean {
    const now = this.#now();
    if (state.remaining !== undefined && state.resetAt !== undefined && now >= state.resetAt) {
      // A new window: the whole limit, until a response says otherwise.
      state.remaining = state.limit;
      state.resetAt = undefined;
    }
    if (state.remaining !== undefined && state.remaining <= 0 && state.resetAt === undefined && state.inFlight.size === 0) {
      // Out of budget with no reset known and no response to come (they failed without headers):
      // nothing would ever wake us, so assume a fresh window; a 429 would tell otherwise.
      state.remaining = state.limit ?? 1;
    }
    // An endpoint not heard from yet gets one request: its answer says how much of the window
    // is left (an earlier run may have used it), so the next ones do not run into 429s.
    const room = state.heard ? state.concurrency : 1;
    return state.inFlight.size < room && this.#rateOk(state);
  }

  #rateOk(state: EndpointState): boolean {
    return state.remaining === undefined || state.remaining > 0;
  }

  #start(state: EndpointState): Ticket {
    const sequence = ++this.#sequence;
    state.inFlight.add(sequence);
    if (state.remaining !== undefined) state.remaining--;
    return { done: (headers) => this.#done(state, sequence, headers) };
  }

  /** Starts waiting requests, first come first, while the endpoint has room. */
  #grant(state: EndpointState): void {
    while (state.waiters.length > 0 && this.#ready(state)) state.waiters.shift()?.(this.#start(state));
    this.#arm(state);
  }

  /** Waiting on the rate limit: wakes at the window's end (one timer per endpoint). */
  #arm(state: EndpointState): void {
    if (state.waiters.length === 0 || this.#rateOk(state) || state.resetAt === undefined || state.timer) return;
    state.timer = setTimeout(
      () => {
        state.timer = undefined;
        this.#grant(state);
      },
      state.resetAt - this.#now() + this.#margin,
    );
  }
}
