/** A day in milliseconds: `sim.clock.advance(DAY_MS)` always crosses one UTC midnight. */
export const DAY_MS = 86_400_000;

/**
 * A time as Sentry's JSON encoder writes it (`sentry.utils.json`, `%Y-%m-%dT%H:%M:%S.%fZ`): UTC
 * with microseconds and a `Z`, e.g. "2021-08-02T21:32:18.836829Z".
 */
export function sentryTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, -1)}000Z`;
}

/**
 * The simulation's clock: the real clock plus an offset a test may move, so that a test can
 * reach tomorrow without waiting for it. Sentry's daily invitation budget reads it; the
 * per-second rate-limit windows keep the real clock, because clients compute their waits from the
 * `X-Sentry-Rate-Limit-Reset` header against their own clock.
 */
export class SimClock {
  #offsetMs = 0;
  readonly #real: () => number;

  constructor(real: () => number = Date.now) {
    this.#real = real;
  }

  /** Milliseconds since the epoch, as the simulated Sentry sees them. */
  now(): number {
    return this.#real() + this.#offsetMs;
  }

  /** Moves the clock forward (or back, with a negative amount). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** Puts the clock at this instant; it runs on from there. */
  set(epochMs: number): void {
    this.#offsetMs = epochMs - this.#real();
  }
}
