/**
 * Keeps requests within Sentry's rate limits instead of running into them: per endpoint and
 * method (the server's key), at most `X-Sentry-Rate-Limit-ConcurrentLimit` requests in flight,
 * and no more started in a window than `-Remaining` allows until `-Reset`. Without those
 * headers (self-hosted Sentry) only a modest concurrency applies.
 *
 * An endpoint not heard from yet gets one request (a probe) while the window the run started in
 * may still be current: an earlier run may have used it, and the answer says what is left. Once
 * any endpoint's announced window has ended, the current window began after this run started,
 * so no earlier run can have used it: sentry.io's windows are aligned to the clock, one end for
 * every endpoint, so an endpoint not heard from is taken to be like the one that announced it
 * (its limit and concurrency) and starts at once, without a probe.
 */
export interface PacerOptions {
  /** Concurrency per endpoint when Sentry sends no rate-limit headers (default 8). */
  readonly unlimitedConcurrency?: number;
  /**
   * Added to a window's reset time before starting again, for a server clock behind this one
   * (default 5 ms). Raised by itself when the server counts a request in a window that had
   * ended by this clock when the request started.
   */
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
  /** The requests in flight, by sequence number: when each started (this clock), and whether its headers have come. */
  inFlight: Map<number, InFlight>;
  /** A response of this endpoint has come (or it is taken to be like another): until then only one request is in flight (a probe). */
  heard: boolean;
  concurrency: number;
  /** Requests we may still start in the current window; undefined: no limit known. */
  remaining: number | undefined;
  resetAt: number | undefined;
  limit: number | undefined;
  /** Requests waiting to start, first come first. */
  waiters: ((ticket: Ticket) => void)[];
  /** The wake-up at a window's end, when requests wait for one. */
  timer: { readonly at: number; readonly handle: NodeJS.Timeout } | undefined;
}

export interface Ticket {
  /** The response's headers, as soon as they come: what they say of the window counts from then on. */
  heard(headers: Record<string, string | string[] | undefined>): void;
  /** The request is over, its answer read (its headers, when not given to `heard`) or none came: its place is free. */
  done(headers?: Record<string, string | string[] | undefined>): void;
}

interface InFlight {
  readonly startedAt: number;
  answered: boolean;
}

/** What the server announced for any endpoint: the first window's end, and the latest limits. */
interface Announced {
  /** The end of the earliest window an answer named: once past, every window began after this run started. */
  readonly firstResetAt: number;
  readonly limit: number;
  readonly concurrency: number;
}

/** Requests started this close together may reach the server in either order. */
const SAME_MOMENT_MS = 5;

/** The most the reset margin grows to, however far behind the server's clock seems. */
const MAX_MARGIN_MS = 1_000;

export class Pacer {
  readonly #endpoints = new Map<string, EndpointState>();
  readonly #unlimited: number;
  #margin: number;
  readonly #maxWait: number;
  readonly #now: () => number;
  #sequence = 0;
  #announced: Announced | undefined;
  /** How long the latest answer took to come (its headers), any endpoint: undefined until one came. */
  #roundTrip: number | undefined;

  constructor(options: PacerOptions = {}) {
    this.#unlimited = options.unlimitedConcurrency ?? 8;
    this.#margin = options.resetMarginMs ?? 5;
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
        inFlight: new Map(),
        heard: false,
        // Until the first answer only one request runs (see #ready); then the answer tells.
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

  #heard(state: EndpointState, sequence: number, headers: Record<string, string | string[] | undefined>): void {
    const request = state.inFlight.get(sequence);
    if (request === undefined || request.answered) return;
    this.#roundTrip = this.#now() - request.startedAt;
    this.#learn(state, sequence, request.startedAt, headers);
    request.answered = true;
    this.#grant(state);
  }

  #done(state: EndpointState, sequence: number, headers: Record<string, string | string[] | undefined> | undefined): void {
    const request = state.inFlight.get(sequence);
    if (request === undefined) return;
    if (headers && !request.answered) this.#learn(state, sequence, request.startedAt, headers);
    state.inFlight.delete(sequence);
    this.#grant(state);
  }

  #learn(
    state: EndpointState,
    sequence: number,
    startedAt: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    state.heard = true;
    const limits = readRateLimit(headers);
    if (!limits) {
      if (state.limit === undefined) state.concurrency = this.#unlimited;
      return;
    }
    state.limit = limits.limit;
    state.concurrency = Math.max(1, Math.min(limits.concurrentLimit, 1000));
    const now = this.#now();
    if (limits.resetAt <= startedAt) {
      // The server counted this request in a window that had ended by this clock when it
      // started: its clock is behind, so wait that much longer after a reset from now on.
      this.#margin = Math.min(MAX_MARGIN_MS, Math.max(this.#margin, startedAt - limits.resetAt + 5));
    }
    this.#announced = {
      firstResetAt: Math.min(limits.resetAt, this.#announced?.firstResetAt ?? Number.POSITIVE_INFINITY),
      limit: state.limit,
      concurrency: state.concurrency,
    };
    // Requests not answered yet that started after this one may not have been counted: keep room
    // for them (one answered already was counted, as a rule before this one). So may those that
    // started at the same moment, even before it: a burst reaches the server in any order.
    let uncounted = 0;
    for (const [other, request] of state.inFlight)
      if (other !== sequence && !request.answered && (other > sequence || request.startedAt >= startedAt - SAME_MOMENT_MS))
        uncounted++;
    const remaining = limits.remaining - uncounted;
    // A Reset far away (an hour, a year) would hold the run that long: no window is waited for longer than maxWait.
    const resetAt = Math.min(limits.resetAt, now + this.#maxWait);
    if (state.resetAt === undefined || resetAt > state.resetAt) {
      if (resetAt > now) {
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
    if (state.remaining !== undefined && state.resetAt !== undefined && now >= state.resetAt + this.#margin) {
      // A new window: the whole limit, until a response says otherwise.
      state.remaining = state.limit;
      state.resetAt = undefined;
    }
    const announced = this.#announced;
    if (!state.heard && announced !== undefined && now >= announced.firstResetAt + this.#margin) {
      // A window that began after this run started (see the top of this file): no probe.
      state.heard = true;
      state.limit = announced.limit;
      state.concurrency = announced.concurrency;
      state.remaining = announced.limit;
      state.resetAt = undefined;
    }
    if (state.remaining !== undefined && state.remaining <= 0 && state.resetAt === undefined && state.inFlight.size === 0) {
      // Out of budget with no reset known and no response to come (they failed without headers):
      // nothing would ever wake us, so assume a fresh window; a 429 would tell otherwise.
      state.remaining = state.limit ?? 1;
    }
    // An endpoint not heard from yet gets one request: its answer says how much of the window
    // is left (an earlier run may have used it), so the next ones do not run into 429s. Not when
    // the window another endpoint announced ends before an answer could come: that answer would
    // tell of a window already over, and an earlier run may have used it up (a 429); the
    // endpoint starts without a probe once that window has ended.
    if (!state.heard && state.inFlight.size === 0 && announced !== undefined && this.#roundTrip !== undefined)
      if (now + this.#roundTrip >= announced.firstResetAt) return false;
    const room = state.heard ? state.concurrency : 1;
    return state.inFlight.size < room && this.#rateOk(state);
  }

  #rateOk(state: EndpointState): boolean {
    return state.remaining === undefined || state.remaining > 0;
  }

  #start(state: EndpointState): Ticket {
    const sequence = ++this.#sequence;
    state.inFlight.set(sequence, { startedAt: this.#now(), answered: false });
    if (state.remaining !== undefined) state.remaining--;
    return {
      heard: (headers) => this.#heard(state, sequence, headers),
      done: (headers) => this.#done(state, sequence, headers),
    };
  }

  /** Starts waiting requests, first come first, while the endpoint has room. */
  #grant(state: EndpointState): void {
    while (state.waiters.length > 0 && this.#ready(state)) state.waiters.shift()?.(this.#start(state));
    this.#arm(state);
  }

  /**
   * Waiting on the rate limit: wakes at the window's end (one timer per endpoint). Those waiting
   * behind a probe wake at the end of the window another endpoint announced, when they may start
   * without its answer. Nobody waiting: no timer (it would keep the process alive).
   */
  #arm(state: EndpointState): void {
    const wake =
      state.waiters.length === 0
        ? undefined
        : this.#rateOk(state)
          ? state.heard
            ? undefined
            : this.#announced?.firstResetAt
          : state.resetAt;
    if (state.timer && (wake === undefined || state.timer.at > wake)) {
      clearTimeout(state.timer.handle);
      state.timer = undefined;
    }
    if (wake === undefined || state.timer) return;
    const delay = Math.min(this.#maxWait, Math.max(0, wake - this.#now() + this.#margin));
    state.timer = {
      at: wake,
      handle: setTimeout(() => {
        state.timer = undefined;
        this.#grant(state);
      }, delay),
    };
  }
}
