import type { Fault } from '../../src/sim/server.ts';

/** The fault matrix: each phase of a run against each kind of fault (test/reliability/fault-matrix.test.ts). */
interface Phase {
  readonly method: string;
  readonly path: string | RegExp;
  readonly read: boolean;
  readonly nextPage?: RegExp;
}

const PHASES: Record<string, Phase> = {
  'members list': {
    method: 'GET',
    path: '/api/0/organizations/acme/members/',
    read: true,
    nextPage: /\/organizations\/acme\/members\/\?.*cursor=100:1:0/,
  },
  'teams list': { method: 'GET', path: '/api/0/organizations/acme/teams/', read: true },
  rosters: {
    method: 'GET',
    path: '/api/0/teams/acme/*/members/',
    read: true,
    nextPage: /\/teams\/acme\/big\/members\/\?.*cursor=100:1:0/,
  },
  'member GETs': { method: 'GET', path: '/api/0/organizations/acme/members/*/', read: true },
  PUT: { method: 'PUT', path: '/api/0/organizations/acme/members/*/', read: false },
  POST: { method: 'POST', path: '/api/0/organizations/acme/members/', read: false },
  DELETE: { method: 'DELETE', path: '/api/0/organizations/acme/members/*/', read: false },
};

const storm = (): Partial<Fault> => ({
  status: 429,
  body: 'You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds',
  headers: {
    'X-Sentry-Rate-Limit-Limit': '40',
    'X-Sentry-Rate-Limit-Remaining': '0',
    'X-Sentry-Rate-Limit-Reset': String(Math.floor(Date.now() / 1000) + 1),
    'X-Sentry-Rate-Limit-ConcurrentLimit': '25',
    'X-Sentry-Rate-Limit-ConcurrentRemaining': '24',
  },
  times: 3,
});

/** `transient`: survived when the method may be retried (GET, PUT, DELETE; 429 for every method). */
const FAULTS: Record<
  string,
  { fault: () => Partial<Fault>; transient: 'idempotent' | 'always' | 'never'; nextPageOnly?: boolean }
> = {
  '500 once': {
    fault: () => ({ status: 500, body: { detail: 'Internal Error', errorId: 'f1' }, times: 1 }),
    transient: 'idempotent',
  },
  '502 once': { fault: () => ({ status: 502, raw: 'Bad Gateway', times: 1 }), transient: 'idempotent' },
  '503 once': { fault: () => ({ status: 503, raw: '', times: 1 }), transient: 'idempotent' },
  '500 always': { fault: () => ({ status: 500, body: { detail: 'Internal Error', errorId: 'f2' } }), transient: 'never' },
  '502 always': { fault: () => ({ status: 502, raw: 'Bad Gateway' }), transient: 'never' },
  '503 always': { fault: () => ({ status: 503, raw: '' }), transient: 'never' },
  'connection reset once': { fault: () => ({ reset: true, times: 1 }), transient: 'idempotent' },
  'timeout once': { fault: () => ({ delayMs: 1_200, times: 1 }), transient: 'idempotent' },
  'truncated JSON once': { fault: () => ({ status: 200, raw: '[{"id": "1", "ema', times: 1 }), transient: 'never' },
  'invalid JSON once': { fault: () => ({ status: 200, raw: '<html>upstream error</html>', times: 1 }), transient: 'never' },
  '429 storm': { fault: storm, transient: 'always' },
  'next page fails': {
    fault: () => ({ status: 500, body: { detail: 'Internal Error' } }),
    transient: 'never',
    nextPageOnly: true,
  },
};

export const CASES = Object.entries(PHASES).flatMap(([phaseName, phase]) =>
  Object.entries(FAULTS)
    .filter(([, spec]) => !spec.nextPageOnly || phase.nextPage)
    .map(([faultName, spec]) => ({
      name: `${phaseName} / ${faultName}`,
      phase,
      spec,
      expectSurvival: spec.transient === 'always' || (spec.transient === 'idempotent' && phase.method !== 'POST'),
    })),
);
