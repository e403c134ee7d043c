import type { SimClock } from './clock.ts';

/**
 * Sentry's invitation limits (`ratelimits.for_organization_member_invite`, behind the feature
 * `organizations:invite-members-rate-limits`, on by default): 100 invitations a day per user or
 * token, 100 a day per organization and 10 a day per email (lower-cased) in an organization.
 */
export interface InvitationBudgetOptions {
  /** Per user (or per token without a user) and window (default 100). */
  readonly perCaller?: number;
  /** Per organization and window (default 100). */
  readonly perOrganization?: number;
  /** Per email, lower-cased, and window (default 10). */
  readonly perEmail?: number;
  /** Window length in seconds (default 86,400: a UTC day). */
  readonly windowSeconds?: number;
}

/**
 * Sentry's Redis limiter as the invitation check uses it: fixed windows aligned to the epoch
 * (a day's window is the UTC day), a counter per key raised on every check, refused or not, and a
 * refusal when any counter is past its limit. Each check raises all three counters.
 */
export class InvitationBudget {
  readonly perCaller: number;
  readonly perOrganization: number;
  readonly perEmail: number;
  readonly windowSeconds: number;
  readonly #counts = new Map<string, { window: number; count: number }>();
  readonly #clock: SimClock;

  constructor(options: InvitationBudgetOptions, clock: SimClock) {
    this.perCaller = options.perCaller ?? 100;
    this.perOrganization = options.perOrganization ?? 100;
    this.perEmail = options.perEmail ?? 10;
    this.windowSeconds = options.windowSeconds ?? 86_400;
    this.#clock = clock;
  }

  /** One invitation or re-invitation about to be sent: true when Sentry refuses it (429). */
  spend(caller: string, organization: string, email: string): boolean {
    const window = Math.floor(this.#clock.now() / 1000 / this.windowSeconds);
    const over = [
      this.#raise(`caller:${caller}`, window) > this.perCaller,
      this.#raise(`organization:${organization}`, window) > this.perOrganization,
      this.#raise(`email:${organization}:${email.toLowerCase()}`, window) > this.perEmail,
    ];
    return over.some(Boolean);
  }

  #raise(key: string, window: number): number {
    const entry = this.#counts.get(key);
    if (entry?.window === window) return ++entry.count;
    this.#counts.set(key, { window, count: 1 });
    return 1;
  }
}
