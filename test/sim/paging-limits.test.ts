import { afterEach, describe, expect, it } from 'vitest';
import type { Fixture } from '../../src/sim/fixture.ts';
import { GENERATED_OWNER_TOKEN, generateOrganization } from '../../src/sim/generate.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { call, readAll } from './client.ts';
import { TOKENS, testOrg } from './org.ts';

const running: SimulatedSentry[] = [];
async function start(fixture: Fixture, options: Parameters<typeof startSimulatedSentry>[1] = {}) {
  const sim = await startSimulatedSentry(fixture, options);
  running.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

function orgOf(size: number): Fixture {
  return generateOrganization({ members: size, teams: 3, seed: size, pendingRate: 0.1 });
}

describe('pagination', () => {
  it('has the exact Link header of Sentry on the first page', async () => {
    const sim = await start(orgOf(250), { rateLimit: false });
    const { headers } = await call(sim, 'GET', '/api/0/organizations/generated/members/');
    const base = `${sim.url}/api/0/organizations/generated/members/?&cursor=`;
    expect(headers.get('link')).toBe(
      `<${base}100:-1:1>; rel="previous"; results="false"; cursor="100:-1:1", <${base}100:1:0>; rel="next"; results="true"; cursor="100:1:0"`,
    );
  });

  it.each([0, 1, 100, 101, 250])('reads each of %i members exactly once, for every per_page from 1 to 100', async (size) => {
    const sim = await start(orgOf(Math.max(size, 1)), { rateLimit: false });
    if (size === 0) {
      // An organization always has its owner; a filter that matches nothing gives the empty list.
      const { items, pages } = await readAll(
        sim,
        '/api/0/organizations/generated/members/?query=email:nobody@example.com',
        GENERATED_OWNER_TOKEN,
      );
      expect({ items, pages }).toEqual({ items: [], pages: 1 });
      return;
    }
    for (let perPage = 1; perPage <= 100; perPage++) {
      const { items, pages } = await readAll(
        sim,
        `/api/0/organizations/generated/members/?per_page=${perPage}`,
        GENERATED_OWNER_TOKEN,
      );
      const ids = (items as { id: string }[]).map((item) => item.id);
      expect(ids).toEqual(Array.from({ length: size }, (_, i) => String(i + 1)));
      expect(pages).toBe(Math.max(1, Math.ceil(size / perPage)));
    }
  });

  it('pages team lists and rosters the same way', async () => {
    const sim = await start(generateOrganization({ members: 300, teams: 120, teamsPerMember: 3, seed: 7 }), { rateLimit: false });
    const teams = await readAll(sim, '/api/0/organizations/generated/teams/?per_page=50', GENERATED_OWNER_TOKEN);
    expect(teams.pages).toBe(3);
    const slugs = (teams.items as { slug: string }[]).map((team) => team.slug);
    expect(slugs).toEqual([...slugs].sort());
    const first = teams.items[0] as { slug: string; memberCount: number };
    const roster = await readAll(sim, `/api/0/teams/generated/${first.slug}/members/?per_page=3`, GENERATED_OWNER_TOKEN);
    expect(roster.items).toHaveLength(first.memberCount);
  });
});

describe('rate limiting as sentry.io does it', () => {
  const headerNames = [
    'x-sentry-rate-limit-limit',
    'x-sentry-rate-limit-remaining',
    'x-sentry-rate-limit-reset',
    'x-sentry-rate-limit-concurrentlimit',
    'x-sentry-rate-limit-concurrentremaining',
  ];

  it('limits per caller, endpoint and method in fixed windows; 429 is a bare string with no Retry-After', async () => {
    const sim = await start(testOrg(), { rateLimit: { limit: 3, windowSeconds: 60 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(sim, 'GET', '/api/0/organizations/acme/members/')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(sim, 'GET', '/api/0/organizations/acme/members/');
    expect(limited.body).toBe('You are attempting to use this endpoint too frequently. Limit is 3 requests in 60 seconds');
    expect(limited.headers.get('retry-after')).toBeNull();
    expect(headerNames.map((name) => limited.headers.get(name) !== null)).toEqual([true, true, true, true, true]);
    expect(limited.headers.get('x-sentry-rate-limit-remaining')).toBe('0');
    const reset = Number(limited.headers.get('x-sentry-rate-limit-reset'));
    expect(reset % 60).toBe(0);
    expect(reset * 1000).toBeGreaterThan(Date.now());
    // Another endpoint, another method, another caller: their own windows.
    expect((await call(sim, 'GET', '/api/0/organizations/acme/members/1/')).status).toBe(200);
    expect((await call(sim, 'GET', '/api/0/organizations/acme/members/', { token: TOKENS.manager })).status).toBe(200);
  });

  it('counts down Remaining on every response', async () => {
    const sim = await start(testOrg(), { rateLimit: { limit: 10, windowSeconds: 60 } });
    const remaining = [];
    for (let i = 0; i < 3; i++)
      remaining.push((await call(sim, 'GET', '/api/0/organizations/acme/teams/')).headers.get('x-sentry-rate-limit-remaining'));
    expect(remaining).toEqual(['9', '8', '7']);
  });

  it('limits concurrent requests', async () => {
    const sim = await start(testOrg(), { rateLimit: { limit: 100, concurrentLimit: 2 }, latencyMs: 150 });
    const responses = await Promise.all(Array.from({ length: 3 }, () => call(sim, 'GET', '/api/0/organizations/acme/members/')));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 429]);
    expect(responses.find((r) => r.status === 429)?.body).toBe(
      'You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is 2',
    );
  });

  it('sends no rate-limit headers when limits are off, as self-hosted Sentry', async () => {
    const sim = await start(testOrg(), { rateLimit: false });
    const { headers } = await call(sim, 'GET', '/api/0/organizations/acme/members/');
    expect(headerNames.map((name) => headers.get(name))).toEqual([null, null, null, null, null]);
  });
});

describe('latency, faults and the request log', () => {
  it('adds the configured latency to every request', async () => {
    const sim = await start(testOrg(), { rateLimit: false, latencyMs: 120 });
    const started = performance.now();
    await call(sim, 'GET', '/api/0/organizations/acme/members/');
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('injects a status for N requests matching method and path, then behaves again', async () => {
    const sim = await start(testOrg(), { rateLimit: false });
    sim.inject({ method: 'PUT', path: '/api/0/organizations/acme/members/*/', status: 503, body: { detail: 'down' }, times: 2 });
    const put = () => call(sim, 'PUT', '/api/0/organizations/acme/members/3/', { body: { teamRoles: [] } });
    expect([(await put()).status, (await put()).status, (await put()).status]).toEqual([503, 503, 200]);
    expect((await call(sim, 'GET', '/api/0/organizations/acme/members/3/')).status).toBe(200);
  });

  it('resets connections and sends raw (truncated) bodies', async () => {
    const sim = await start(testOrg(), { rateLimit: false });
    sim.inject({ path: '/api/0/organizations/acme/teams/', reset: true, times: 1 });
    await expect(call(sim, 'GET', '/api/0/organizations/acme/teams/')).rejects.toThrow();
    sim.inject({ path: '/api/0/organizations/acme/teams/', status: 200, raw: '[{"id": "1", "sl', times: 1 });
    const response = await fetch(`${sim.url}/api/0/organizations/acme/teams/`, {
      headers: { Authorization: `Bearer ${sim.token}` },
    });
    expect(await response.text()).toBe('[{"id": "1", "sl');
  });

  it('logs every request with method, path, body, status and timing; writes() lists the non-GET ones', async () => {
    const sim = await start(testOrg(), { rateLimit: false });
    await call(sim, 'GET', '/api/0/organizations/acme/members/?per_page=5');
    await call(sim, 'PUT', '/api/0/organizations/acme/members/3/', { body: { teamRoles: [] } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sim.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/api/0/organizations/acme/members/?per_page=5', 200],
      ['PUT', '/api/0/organizations/acme/members/3/', 200],
    ]);
    expect(sim.writes().map((r) => r.body)).toEqual([{ teamRoles: [] }]);
    expect(sim.requests[0]?.finishedAt).toBeGreaterThanOrEqual(sim.requests[0]?.startedAt ?? Number.POSITIVE_INFINITY);
  });
});

describe('the fixture generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const options = { members: 500, teams: 20, seed: 42 };
    expect(generateOrganization(options)).toEqual(generateOrganization(options));
    expect(generateOrganization(options)).not.toEqual(generateOrganization({ ...options, seed: 43 }));
  });

  it('has the requested shape: sizes, about 2 teams per member, about 3% pending, billing without teams', () => {
    const fixture = generateOrganization({ members: 10_000, teams: 300, seed: 1 });
    expect(fixture.members).toHaveLength(10_000);
    expect(fixture.teams).toHaveLength(300);
    const memberships = fixture.members.reduce((sum, m) => sum + Object.keys(m.teams ?? {}).length, 0);
    expect(memberships / 10_000).toBeGreaterThan(1.7);
    expect(memberships / 10_000).toBeLessThan(2.1);
    const pending = fixture.members.filter((m) => m.pending).length / 10_000;
    expect(pending).toBeGreaterThan(0.02);
    expect(pending).toBeLessThan(0.04);
    expect(fixture.members.filter((m) => m.orgRole === 'billing' && Object.keys(m.teams ?? {}).length > 0)).toEqual([]);
  });

  it('keeps the members, roles and teams a seed gave before accounts were added (bench results stay comparable)', () => {
    const fixture = generateOrganization({ members: 8, teams: 4, seed: 11, pendingRate: 0.3 });
    expect(fixture.members.map((m) => [m.orgRole, m.pending ?? false, m.teams])).toEqual([
      ['owner', false, { 'team-0003': null, 'team-0004': null }],
      ['member', false, { 'team-0002': null, 'team-0004': null, 'team-0003': null }],
      ['member', true, { 'team-0002': null }],
      ['member', false, { 'team-0002': null, 'team-0004': null }],
      ['member', false, { 'team-0001': null }],
      ['member', true, {}],
      ['member', false, { 'team-0004': null, 'team-0002': 'contributor' }],
      ['member', false, { 'team-0002': null, 'team-0003': 'admin' }],
    ]);
  });

  it('spreads lastActive back from asOf: some never recorded, most within a month, none later; invitations have none', async () => {
    const asOf = Date.UTC(2026, 5, 1);
    const fixture = generateOrganization({ members: 2_000, teams: 10, seed: 5, asOf });
    const accounts = fixture.members.filter((m) => !m.pending);
    const daysAgo = accounts.flatMap((m) => (m.lastActive ? [(asOf - Date.parse(m.lastActive)) / 86_400_000] : []));
    const never = accounts.filter((m) => m.lastActive === null).length / accounts.length;
    expect(never).toBeGreaterThan(0.03);
    expect(never).toBeLessThan(0.07);
    expect(daysAgo.filter((days) => days <= 30).length / accounts.length).toBeGreaterThan(0.55);
    expect(daysAgo.filter((days) => days > 180).length / accounts.length).toBeGreaterThan(0.1);
    expect(Math.min(...daysAgo)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...daysAgo)).toBeLessThanOrEqual(730);
    expect(fixture.members.filter((m) => m.pending && m.lastActive !== undefined)).toEqual([]);
    const sim = await start(fixture, { rateLimit: false });
    const first = accounts[1];
    const { items } = await readAll(sim, '/api/0/organizations/generated/members/');
    const row = (items as { email: string; user: { lastActive: string | null } | null }[]).find((m) => m.email === first?.email);
    expect(row?.user?.lastActive).toBe(first?.lastActive ? `${first.lastActive.slice(0, -1)}000Z` : null);
  });

  it('makes odd accounts only when asked, in turn: no email, an email that is not an address, an account Sentry cannot read', async () => {
    expect(generateOrganization({ members: 300, teams: 5 }).members.filter((m) => m.email === '' || m.unresolved)).toEqual([]);
    const fixture = generateOrganization({ members: 300, teams: 5, seed: 3, oddRate: 0.1 });
    const odd = fixture.members.filter((m) => m.email === '' || m.sso || m.unresolved);
    expect(odd.length).toBeGreaterThan(15);
    expect(odd.filter((m) => m.pending)).toEqual([]);
    expect(fixture.members[0]).toMatchObject({ orgRole: 'owner', email: 'user000001@example.com' });
    const sim = await start(fixture, { rateLimit: false });
    const { items } = await readAll(sim, '/api/0/organizations/generated/members/');
    const rows = items as { email: string; pending: boolean; user: unknown }[];
    expect(rows.filter((m) => m.email === '' && m.user !== null).length).toBeGreaterThan(3);
    expect(rows.filter((m) => /^user\d{6}$/.test(m.email)).length).toBeGreaterThan(3);
    expect(rows.filter((m) => m.user === null && !m.pending).length).toBeGreaterThan(3);
  });

  it('serves a generated organization with its owner token', async () => {
    const sim = await start(generateOrganization({ members: 50, teams: 5 }), { rateLimit: false });
    expect(sim.token).toBe(GENERATED_OWNER_TOKEN);
    const me = await call(sim, 'GET', '/api/0/organizations/generated/members/me/');
    expect(me.body).toMatchObject({ orgRole: 'owner', email: 'user000001@example.com' });
  });
});
