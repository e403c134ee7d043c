/**
 * The attacks of a real organization and of an attacker, one block each: a torn read, servers
 * that hold a run, duplicate identities, invisible characters in emails, and a member with two
 * changes (workflow commands in Sentry text and an echoed token are tried on the bundle, as the
 * runner runs it: attacks.e2e.test.ts). Each block failed before its fix. The README's Safety
 * section quotes ATTACKS and the figures these tests assert.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.ts';
import { exportConfig } from '../../src/export/export.ts';
import { EVERYONE, observe } from '../../src/observe/observe.ts';
import { describeReasons, describeRunChange } from '../../src/render/reasons.ts';
import { createSentryClient } from '../../src/sentry/client.ts';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { applyFor, clientFor, planFor, simulations, snapshot } from '../engine/helpers.ts';
import { ATTACKS, LONGEST_HOLD_SECONDS } from './attack-cases.ts';

const start = simulations();
const OWNER = 'sntryu_owner_token_for_the_attack_tests';

/** An owner and 150 members on team `big` (u000 to u149), the first ten also on `small`. */
function bigTeam(extra: readonly FixtureMember[] = []): Fixture {
  return {
    organization: { slug: 'acme' },
    teams: [{ slug: 'big' }, { slug: 'small' }],
    members: [
      { email: 'owner@acme.com', orgRole: 'owner' },
      ...Array.from({ length: 150 }, (_, i) => ({
        email: `u${String(i).padStart(3, '0')}@acme.com`,
        orgRole: 'member' as const,
        teams: i < 10 || i === 100 ? { big: null, small: null } : { big: null },
      })),
      ...extra,
    ],
    tokens: [{ token: OWNER, member: 'owner@acme.com' }],
  };
}

/** Someone takes u005 off `big` (and, to keep the length, may add a newcomer) while page 2 of big's roster is read. */
function tearBigRoster(sim: SimulatedSentry, keepLength: boolean) {
  sim.inject({
    method: 'GET',
    path: /^\/api\/0\/teams\/acme\/big\/members\/\?.*cursor=100:1:0/,
    times: 1,
    run: (org) => {
      org.findByEmail('u005@acme.com')?.teams.delete('big');
      if (keepLength) org.findByEmail('late@acme.com')?.teams.set('big', null);
    },
  });
}

describe('a torn read never drops a team (every write starts from a fresh read)', () => {
  // Every member listed (so rosters, not per-member reads, are the cheapest read), u100 promoted;
  // nobody's teams are managed by the file.
  const file = `organization: acme\nunlisted: ignore\nmembers:\n${Array.from(
    { length: 150 },
    (_, i) => `  u${String(i).padStart(3, '0')}@acme.com: ${i === 100 ? 'manager' : 'member'}\n`,
  ).join('')}`;

  it(ATTACKS[0], async () => {
    const sim = await start(bigTeam());
    tearBigRoster(sim, false);
    const { result } = await applyFor(sim, file, undefined, OWNER);
    expect(result.failed).toEqual([]);
    expect(snapshot(sim)['u100@acme.com']).toEqual({ role: 'manager', teams: { big: null, small: null } });
    const puts = sim.writes().filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.body)).toEqual([
      {
        orgRole: 'manager',
        teamRoles: [
          { teamSlug: 'big', role: null },
          { teamSlug: 'small', role: null },
        ],
      },
    ]);
  });

  it(ATTACKS[1], async () => {
    // u005 leaves and a newcomer joins during the read: big's roster has its counted length, so
    // only the fresh read before the write can see that u100 is on big.
    const sim = await start(bigTeam([{ email: 'late@acme.com', orgRole: 'member' }]));
    tearBigRoster(sim, true);
    const { plan, result } = await applyFor(sim, file, undefined, OWNER);
    expect(plan.changes[0]).toMatchObject({
      email: 'u100@acme.com',
      request: { teamRoles: [{ teamSlug: 'small', role: null }] },
    });
    expect(result.failed).toEqual([]);
    const changed = result.applied[0]?.changedDuringRun;
    expect(changed && describeRunChange(changed)).toMatch(
      /^changed in Sentry during the run: the plan would have sent teams \[small\]/,
    );
    expect(snapshot(sim)['u100@acme.com']).toEqual({ role: 'manager', teams: { big: null, small: null } });
    // Writes that left a team no file asked it to leave: none.
    const dropped = sim.writes().filter((request) => request.method === 'PUT' && !JSON.stringify(request.body).includes('"big"'));
    expect(dropped).toEqual([]);
  });

  it(ATTACKS[2], async () => {
    const sim = await start(bigTeam());
    // u005 is removed while page 2 of the members list is read: u099 (row 101) moves back to page 1, already read.
    sim.inject({
      method: 'GET',
      path: /^\/api\/0\/organizations\/acme\/members\/\?.*cursor=100:1:0/,
      times: 1,
      run: (org) => {
        const gone = org.findByEmail('u005@acme.com');
        if (gone) org.members.delete(gone.id);
      },
    });
    const text =
      'organization: acme\nunlisted: ignore\nmissing: invite\nmembers:\n  u099@acme.com: {role: member, teams: [big]}\n';
    const { plan, result } = await applyFor(sim, text, undefined, OWNER);
    expect(plan.changes).toMatchObject([{ kind: 'invite', email: 'u099@acme.com' }]);
    expect(result.failed).toEqual([]);
    expect(result.skipped[0]?.reason).toMatch(/already in Sentry/);
    expect([...sim.org.members.values()].filter((member) => member.email === 'u099@acme.com')).toHaveLength(1);
    expect(await planFor(sim, text, OWNER)).toMatchObject({ changes: [], blocked: [] });
  });
});

describe('no server holds a run', () => {
  const text = 'organization: acme\nmembers: {}\n';

  it(ATTACKS[5], async () => {
    const sim = await start();
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      status: 200,
      body: [],
      headers: {
        Link: `<${sim.url}/api/0/organizations/acme/members/?per_page=100&cursor=100:1:0>; rel="next"; results="true"; cursor="100:1:0"`,
      },
    });
    const started = performance.now();
    await expect(planFor(sim, text)).rejects.toThrow(
      /pages do not end: the next page \(\?per_page=100&cursor=100:1:0\) was read before/,
    );
    expect((performance.now() - started) / 1000).toBeLessThan(LONGEST_HOLD_SECONDS);
    expect(sim.requests.filter((request) => request.path.startsWith('/api/0/organizations/acme/members/')).length).toBeLessThan(
      5,
    );
  });

  it(ATTACKS[6], async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const drip = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = createSentryClient({
      baseUrl: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
      token: 'sntryu_slow',
      timeoutMs: 500,
    });
    const started = performance.now();
    try {
      await expect(client.listTeams('acme')).rejects.toThrow(/did not arrive within 0\.5 s \(it came too slowly\)/);
      expect((performance.now() - started) / 1000).toBeLessThan(LONGEST_HOLD_SECONDS);
    } finally {
      await client.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it(ATTACKS[7], async () => {
    const sim = await start(undefined, { rateLimit: {} });
    const hour = String(Math.floor(Date.now() / 1000) + 3600);
    sim.inject({
      method: 'GET',
      path: '/api/0/organizations/acme/members/',
      times: 1,
      headers: {
        'X-Sentry-Rate-Limit-Limit': '40',
        'X-Sentry-Rate-Limit-Remaining': '0',
        'X-Sentry-Rate-Limit-Reset': hour,
        'X-Sentry-Rate-Limit-ConcurrentLimit': '25',
      },
      status: 200,
      body: [],
    });
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: sim.token ?? '', pacing: { maxWaitMs: 300 } });
    const started = performance.now();
    try {
      await client.listMembers('acme');
      // The next request to the same endpoint waits at most maxWaitMs (60 s by default), not the hour.
      await client.listMembers('acme');
      expect((performance.now() - started) / 1000).toBeLessThan(LONGEST_HOLD_SECONDS);
    } finally {
      await client.close();
    }
  });
});

describe('one identity, one member', () => {
  const duplicates = (): Fixture => ({
    organization: { slug: 'acme' },
    teams: [{ slug: 'web' }],
    members: [
      { email: 'owner@acme.com', orgRole: 'owner' },
      { email: 'bob@acme.com', orgRole: 'member', teams: { web: null } },
      { email: 'Bob@acme.com', orgRole: 'manager', pending: true },
    ],
    tokens: [{ token: OWNER, member: 'owner@acme.com' }],
  });

  it(ATTACKS[8], async () => {
    const sim = await start(duplicates());
    const plan = await planFor(sim, 'organization: acme\nmembers:\n  owner@acme.com: owner\n  bob@acme.com: member\n', OWNER);
    expect(plan.changes).toEqual([]);
    expect(plan.blocked).toHaveLength(1);
    expect(plan.blocked[0]?.change).toMatchObject({ kind: 'conflict', email: 'bob@acme.com' });
    expect(describeReasons(plan.blocked[0]?.reasons ?? [])[0]).toMatch(
      /^2 Sentry members have this email \(ids 2, 3 \(pending invite\)\): .*resolve it in Sentry/,
    );
    // export writes both, as comments: neither is silently dropped.
    const client = clientFor(sim, OWNER);
    const { state } = await observe(client, 'acme', EVERYONE).finally(() => client.close());
    const exported = exportConfig(state);
    expect(exported).toContain('# bob@acme.com: {role: member, teams: [web]}  # id 2');
    expect(exported).toContain('# Bob@acme.com: {role: manager, teams: []}  # id 3, pending invite');
    const reparsed = await parseConfig(exported, 'sentry-members.yml');
    expect(reparsed.ok).toBe(true);
  });
});

describe('emails are what they look like', () => {
  it(ATTACKS[9], async () => {
    const text = [
      'organization: acme',
      'unlisted: remove',
      'missing: invite',
      'members:',
      '  "bob\\u200b@acme.com": member',
      '  "ann@acme.com\\u00a0": member',
      '  "zoé@acme.com": member',
      '',
    ].join('\n');
    const result = await parseConfig(text, 'sentry-members.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.severity, p.line])).toEqual([
      ['error', 5],
      ['error', 6],
    ]);
    expect(result.problems[0]?.message).toContain('"bob\\u200b@acme.com"');
    expect(result.problems[0]?.message).toContain('U+200B');
    const lookAlike = await parseConfig('members:\n  "zoé@acme.com": member\n', 'sentry-members.yml');
    expect(lookAlike.ok).toBe(true);
    expect(lookAlike.ok && lookAlike.warnings[0]?.message).toMatch(/non-ASCII characters \(é U\+00E9\)/);
  });
});

describe('one member, one change', () => {
  it(ATTACKS[10], async () => {
    const sim = await start();
    const text = [
      'organization: acme',
      'unlisted: ignore',
      'missing: invite',
      'members:',
      '  olivia@acme.com: {role: owner, teams: {backend: admin}}',
      '  exp@acme.com: manager',
      '',
    ].join('\n');
    const { plan, result } = await applyFor(sim, text, { maxChanges: 1, maxRemovals: 0 });
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ kind: 'update', email: 'exp@acme.com', reinvite: true });
    expect(result.failed).toEqual([]);
    expect(snapshot(sim)['exp@acme.com']?.role).toBe('manager');
    expect(sim.org.findByEmail('exp@acme.com')?.expired).toBe(false);
  });
});
