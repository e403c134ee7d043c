/**
 * The least time any client could take for a given set of requests under sentry.io's limits and
 * a fixed latency: pages of a list are a sequential chain; each endpoint's requests go no faster
 * than its rate limit and its concurrency limit; writes start after the reads.
 *
 * sentry.io's windows are fixed and aligned to the clock (a new one every second on the second),
 * as the simulation's are: how fast a burst beyond one window's allowance can finish depends on
 * where in its window the run starts, and on what an earlier run already used of that window.
 * The bound is computed for the run's actual start, so it is exact for short runs too.
 */
import { endpointOf } from '../src/sentry/http.ts';
import type { LoggedRequest } from '../src/sim/server.ts';
export interface Limits {
  /** Requests per window, per endpoint and method. */
  readonly limit: number;
  readonly windowMs: number;
  readonly concurrent: number;
  readonly latencyMs: number;
}

/** Requests each endpoint had already made in the window the run starts in (by an earlier run). */
export type Used = (endpoint: keyof ReadCounts) => number;

/**
 * When the last of n independent requests to one endpoint can have finished, starting no
 * earlier than `ready` (epoch ms): batches of `concurrent` every latency, as many per window as
 * the limit leaves.
 */
export function endpointFinish(n: number, ready: number, limits: Limits, usedAtReady = 0): number {
  return schedule(n, ready, limits, usedAtReady, limits.concurrent);
}

/** n requests where each needs the previous one's answer (pages followed by Link). */
export function chainFinish(n: number, ready: number, limits: Limits, usedAtReady = 0): number {
  return schedule(n, ready, limits, usedAtReady, 1);
}

function schedule(n: number, ready: number, limits: Limits, usedAtReady: number, batch: number): number {
  let time = ready;
  let finish = ready;
  let window = Math.floor(time / limits.windowMs);
  let used = usedAtReady;
  for (let left = n; left > 0; ) {
    const room = limits.limit - used;
    if (room <= 0) {
      window++;
      time = window * limits.windowMs;
      used = 0;
      continue;
    }
    const started = Math.min(left, room, batch);
    left -= started;
    used += started;
    finish = time + limits.latencyMs;
    time = finish;
    if (Math.floor(time / limits.windowMs) !== window) {
      window = Math.floor(time / limits.windowMs);
      used = 0;
    }
  }
  return finish;
}

export interface ReadCounts {
  readonly memberPages: number;
  readonly teamPages: number;
  readonly rosterRequests: number;
  /** GET members/{id}/ including members/me/. */
  readonly memberGets: number;
}

const none: Used = () => 0;

/** The plan's reads, from `start` (epoch ms): ms until the last one can have finished. */
export function planLowerBound(reads: ReadCounts, limits: Limits, start: number, used: Used = none): number {
  return planReadsEnd(reads, limits, start, used) - start;
}

function planReadsEnd(reads: ReadCounts, limits: Limits, start: number, used: Used): number {
  const members = chainFinish(reads.memberPages, start, limits, used('memberPages'));
  const teams = chainFinish(reads.teamPages, start, limits, used('teamPages'));
  // Rosters can start once the first teams page is in; the last member GET follows the last page.
  const rosters = endpointFinish(reads.rosterRequests, start + limits.latencyMs, limits, used('rosterRequests'));
  const gets = Math.max(
    endpointFinish(reads.memberGets, start, limits, used('memberGets')),
    reads.memberGets > 1 ? members + limits.latencyMs : start,
  );
  return Math.max(members, teams, rosters, gets);
}

/**
 * Writes by endpoint (e.g. PUT members/{id}/, POST members/) after the plan's reads. Each PUT or
 * DELETE follows a fresh GET of its member (`freshReads` of the GETs in `reads`): those GETs run
 * after the plan's reads on their own endpoint, and each write one latency after its GET at the
 * earliest.
 */
export function applyLowerBound(
  reads: ReadCounts,
  writes: readonly number[],
  limits: Limits,
  start: number,
  used: Used = none,
  freshReads = 0,
): number {
  const planReads = { ...reads, memberGets: reads.memberGets - freshReads };
  const readsEnd = planReadsEnd(planReads, limits, start, used);
  const freshEnd = endpointFinish(freshReads, readsEnd, limits);
  const writesReady = readsEnd + (freshReads > 0 ? limits.latencyMs : 0);
  const writesEnd = Math.max(readsEnd, freshEnd, ...writes.map((n) => endpointFinish(n, writesReady, limits)));
  return writesEnd - start;
}

/** Requests by endpoint, as Sentry keys its limits (`GET /organizations/{org}/members/`). */
export function byEndpoint(requests: readonly LoggedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const key = endpointOf(request.method, request.path.split('?')[0] ?? '');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const READ_ENDPOINTS: Record<keyof ReadCounts, string> = {
  memberPages: 'GET /organizations/{org}/members/',
  teamPages: 'GET /organizations/{org}/teams/',
  rosterRequests: 'GET /teams/{org}/{team}/members/',
  memberGets: 'GET /organizations/{org}/members/{id}/',
};

/** The reads among requests counted by endpoint. */
export function reads(counts: Record<string, number>): ReadCounts {
  return {
    memberPages: counts[READ_ENDPOINTS.memberPages] ?? 0,
    teamPages: counts[READ_ENDPOINTS.teamPages] ?? 0,
    rosterRequests: counts[READ_ENDPOINTS.rosterRequests] ?? 0,
    memberGets: counts[READ_ENDPOINTS.memberGets] ?? 0,
  };
}
