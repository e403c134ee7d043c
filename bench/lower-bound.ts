/**
 * The least time any client could take for a given set of requests under sentry.io's limits and
 * a fixed latency: pages of a list are a sequential chain; each endpoint's requests go no faster
 * than its rate limit (a full window's burst allowed at the start) and its concurrency limit;
 * writes start after the reads.
 */
export interface Limits {
  /** Requests per window, per endpoint and method. */
  readonly limit: number;
  readonly windowMs: number;
  readonly concurrent: number;
  readonly latencyMs: number;
}

/** n independent requests to one endpoint. */
export function endpointTime(n: number, limits: Limits): number {
  if (n <= 0) return 0;
  const byConcurrency = Math.ceil(n / limits.concurrent) * limits.latencyMs;
  const byRate = n > limits.limit ? ((n - limits.limit) / limits.limit) * limits.windowMs + limits.latencyMs : limits.latencyMs;
  return Math.max(byConcurrency, byRate);
}

/** n requests where each needs the previous one's answer (pages followed by Link). */
export function chainTime(n: number, limits: Limits): number {
  return Math.max(n * limits.latencyMs, endpointTime(n, limits));
}

export interface ReadCounts {
  readonly memberPages: number;
  readonly teamPages: number;
  readonly rosterRequests: number;
  /** GET members/{id}/ including members/me/. */
  readonly memberGets: number;
}

export function planLowerBound(reads: ReadCounts, limits: Limits): number {
  const members = chainTime(reads.memberPages, limits);
  // Rosters can start once the first teams page is in; member GETs once their page is.
  const rosters = Math.max(chainTime(reads.teamPages, limits), limits.latencyMs + endpointTime(reads.rosterRequests, limits));
  const gets = Math.max(endpointTime(reads.memberGets, limits), reads.memberGets > 1 ? members + limits.latencyMs : 0);
  return Math.max(members, rosters, gets);
}

/** Writes by endpoint (e.g. PUT members/{id}/, POST members/) after the plan's reads. */
export function applyLowerBound(reads: ReadCounts, writes: readonly number[], limits: Limits): number {
  return planLowerBound(reads, limits) + Math.max(0, ...writes.map((n) => endpointTime(n, limits)));
}
