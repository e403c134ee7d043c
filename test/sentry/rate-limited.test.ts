import { afterEach, describe, expect, it } from 'vitest';
import { InvitationBudgetError, type SentryApiError } from '../../src/sentry/errors.ts';
import { createHttp } from '../../src/sentry/http.ts';
import { afterRateLimit, isInvitationBudget, type RateLimitDecision } from '../../src/sentry/rate-limited.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { testOrg } from '../sim/org.ts';

const NOW = 1_700_000_000_000;
const INVITATIONS = { detail: 'You are being rate limited for too many invitations.' };
const WINDOW = 'You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds';

/** sentry.io's headers: `remaining` of 40 left in a window ending `resetIn` ms from NOW. */
function window(remaining: number, resetIn = 400, concurrentRemaining = 24) {
  return {
    'x-sentry-rate-limit-limit': '40',
    'x-sentry-rate-limit-remaining': String(remaining),
    'x-sentry-rate-limit-reset': String((NOW + resetIn) / 1000),
    'x-sentry-rate-limit-concurrentlimit': '25',
    'x-sentry-rate-limit-concurrentremaining': String(concurrentRemaining),
  };
}

describe('what a 429 calls for', () => {
  const rules = { maxRetries: 8, minBackoffMs: 250 };
  const cases: [string, unknown, Record<string, string>, number, RateLimitDecision][] = [
    ['a window used up: wait for its reset', WINDOW, window(0), 1, { kind: 'wait', ms: 450 }],
    ["a window, in the newest middleware's shape", { detail: WINDOW }, window(0), 1, { kind: 'wait', ms: 450 }],
    ['the concurrency limit: wait', 'concurrency', window(5, 400, 0), 1, { kind: 'wait', ms: 450 }],
    ['self-hosted, no headers: back off, doubling', WINDOW, {}, 3, { kind: 'wait', ms: 1000 }],
    ['a reset an hour away: at most 60 s', WINDOW, window(0, 3_600_000), 1, { kind: 'wait', ms: 60_000 }],
    ['too many retries: give up', WINDOW, window(0), 9, { kind: 'give-up' }],
    ['the window has room: another limiter, not waited for', 'slow down', window(12), 1, { kind: 'give-up' }],
    // The budget's answer carries the per-second window's headers too: whatever they say, it is the day's budget.
    ['the invitation budget, its window used up too', INVITATIONS, window(0), 1, { kind: 'invitation-budget' }],
    ['the invitation budget, window with room', INVITATIONS, window(30), 1, { kind: 'invitation-budget' }],
    ['the invitation budget, self-hosted', INVITATIONS, {}, 1, { kind: 'invitation-budget' }],
    ['the invitation budget as a bare string', INVITATIONS.detail, window(0), 1, { kind: 'invitation-budget' }],
  ];
  it.each(cases)('%s', (_name, body, headers, attempt, decision) => {
    expect(afterRateLimit({ body, headers, attempt, now: NOW }, rules)).toEqual(decision);
  });

  it('knows the budget by its words only', () => {
    expect(isInvitationBudget(INVITATIONS)).toBe(true);
    expect(isInvitationBudget({ detail: 'Too Many Invitations today' })).toBe(true);
    expect(isInvitationBudget({ email: ['too many invitations'] })).toBe(false);
    expect(isInvitationBudget(['too many invitations'])).toBe(false);
    expect(isInvitationBudget(WINDOW)).toBe(false);
    expect(isInvitationBudget(undefined)).toBe(false);
  });
});

describe('429s over HTTP', () => {
  let sim: SimulatedSentry | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  const inviteBody = { email: 'new@acme.com', orgRole: 'member', sendInvite: true };

  it('sends an invitation refused by the daily budget once, even when its window says wait', async () => {
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false });
    sim.inject({
      method: 'POST',
      path: '/api/0/organizations/acme/members/',
      status: 429,
      body: INVITATIONS,
      headers: window(0),
    });
    const http = createHttp({ baseUrl: new URL(sim.url), token: sim.token ?? '', minBackoffMs: 10 });
    try {
      const error = await http.request('POST', '/organizations/acme/members/', inviteBody).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvitationBudgetError);
      expect((error as SentryApiError).message).toBe(
        "POST /api/0/organizations/acme/members/: HTTP 429: You are being rate limited for too many invitations. (Sentry's daily invitation limit is reached (100 a day per user and per organization, 10 per email); it is whole again at 00:00 UTC: the next run sends the invitations left)",
      );
      expect(sim.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
    } finally {
      await http.close();
    }
  });

  it('still waits out an ordinary rate limit and sends the request again, POST included', async () => {
    sim = await startSimulatedSentry(testOrg(), { rateLimit: false, invitationBudget: false });
    const reset = () => ({
      'X-Sentry-Rate-Limit-Limit': '40',
      'X-Sentry-Rate-Limit-Remaining': '0',
      'X-Sentry-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 1),
      'X-Sentry-Rate-Limit-ConcurrentLimit': '25',
      'X-Sentry-Rate-Limit-ConcurrentRemaining': '24',
    });
    sim.inject({
      method: 'POST',
      path: '/api/0/organizations/acme/members/',
      status: 429,
      body: WINDOW,
      headers: reset(),
      times: 2,
    });
    const http = createHttp({ baseUrl: new URL(sim.url), token: sim.token ?? '', minBackoffMs: 10 });
    try {
      const response = await http.request('POST', '/organizations/acme/members/', inviteBody);
      expect(response.status).toBe(201);
      expect(sim.requests.filter((request) => request.method === 'POST').map((request) => request.status)).toEqual([
        429, 429, 201,
      ]);
    } finally {
      await http.close();
    }
  });
});
