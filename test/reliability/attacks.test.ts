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
import type { Config } from '../../src/config/model.ts';
import { checkReview, type ReviewCheck, type ReviewedPlan } from '../../src/engine/review.ts';
import { failuresOf, runSentry } from '../../src/engine/run.ts';
import { exportConfig } from '../../src/export/export.ts';
import { EVERYONE, observe } from '../../src/observe/observe.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { Plan } from '../../src/plan/types.ts';
import { publish } from '../../src/publish/publication.ts';
import { recordLine, recordLineOf, reviewedPlanOf } from '../../src/publish/record.ts';
import { describeReasons, describeRunChange } from '../../src/render/reasons.ts';
import { createSentryClient } from '../../src/sentry/client.ts';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { applyFor, clientFor, planFor, planWithContext, simulations, snapshot } from '../engine/helpers.ts';
import { file, organization, rules } from '../plan/builders.ts';
import { PULL_REQUEST, PUSH, plannedOf, READ_AT, reportOf, resultOf } from '../publish/scenarios.ts';
import { ID, TOKENS } from '../sim/org.ts';
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

// --- the reviewed plan, the apply's writes and what a public repository shows (issue 23) ----------

/** The plan comment's marker for acme and sentry-members.yml. */
const MARKER = '<!-- sentry-members-sync:plan org=acme config=sentry%2Dmembers.yml -->';

/** The record a plan comment holds for `plan`, as a reviewed plan read back from a comment. */
function reviewedOf(plan: Plan, config: Config): ReviewedPlan {
  const line = recordLine({ plan, shown: plan, named: undefined, config }, 'the plan');
  const { reviewed } = reviewedPlanOf({ body: `${MARKER}\n${line}\n` }, 7);
  if (!reviewed) throw new Error('the record holds no reviewed plan');
  return reviewed;
}

describe('the reviewed plan cannot be forged', () => {
  it(ATTACKS[11], () => {
    // Reviewed: eve invited as a member. Merged: eve invited as an owner.
    const state = organization({ email: 'olivia@acme.com', role: 'owner' });
    const asMember = file({ 'olivia@acme.com': 'owner', 'eve@acme.com': 'member' }, { missing: 'invite' });
    const asOwner = file({ 'olivia@acme.com': 'owner', 'eve@acme.com': 'owner' }, { missing: 'invite' });
    const reviewedPlan = createPlan(asMember, state, rules());
    const line = recordLine({ plan: reviewedPlan, shown: reviewedPlan, named: undefined, config: asMember }, 'the plan');
    // Every digest the record holds is a full SHA-256: 32 bytes, nothing a laptop can collide.
    const digests = [...line.matchAll(/"([A-Za-z0-9_-]{43})"/g)].map((match) => match[1] ?? '');
    expect(digests).toHaveLength(4);
    for (const digest of digests) expect(Buffer.from(digest, 'base64url')).toHaveLength(32);
    // A record whose digests are cut to 48 bits (as an earlier version wrote them, and as a
    // collision of their first 48 bits would match) holds no reviewed plan.
    const cut = line.replace(
      /"([A-Za-z0-9_-]{43})"/g,
      (_, d: string) => `"${Buffer.from(d, 'base64url').toString('hex').slice(0, 12)}"`,
    );
    expect(reviewedPlanOf({ body: `${MARKER}\n${cut}\n` }, 7)).toEqual({
      untrusted: 'its hidden record is garbled, so it holds no reviewed plan',
    });
    // The owner invitation is held against the review on all 256 bits: added, not reviewed.
    const check = checkReview(
      createPlan(asOwner, state, rules()),
      { policy: 'require', pull: 7, reviewed: reviewedOf(reviewedPlan, asMember) },
      asOwner,
    );
    expect(check).toMatchObject({ matches: false, added: [{ kind: 'invite', email: 'eve@acme.com', orgRole: 'owner' }] });
    expect(check.dropped).toEqual(['invitation of eve@acme.com']);
  });

  it(ATTACKS[20], () => {
    // On a public repository the plan removes one member the file does not list: bob, or zed.
    const records = ['bob@acme.com', 'zed@acme.com'].map((unlisted) => {
      const state = organization({ email: 'olivia@acme.com', role: 'owner' }, { 'ann@acme.com': 'member', [unlisted]: 'member' });
      const config = file({ 'olivia@acme.com': 'owner', 'ann@acme.com': 'manager' }, { unlisted: 'remove' });
      const plan = createPlan(config, state, rules());
      const publication = publish(
        reportOf(plannedOf(plan, state), { config, event: { ...PULL_REQUEST, publicRepository: true } }),
      );
      const comment = publication.github.find((write) => write.kind === 'comment');
      return { record: recordLineOf(comment?.body ?? '') ?? '', removal: plan.changes.find((c) => c.kind === 'remove') };
    });
    // The record is the same whoever is removed: nothing in it depends on who they are...
    expect(records[0]?.record).toMatch(/^<!-- sentry-members-sync:reviewed /);
    expect(records[0]?.record).toBe(records[1]?.record);
    // ...so no digest in it confirms a guess: not the removal's, not the email's.
    for (const { record, removal } of records) {
      expect(record).not.toContain(removal ? changeDigest(removal) : 'no removal');
      expect(record).not.toMatch(/bob|zed/);
    }
  });
});

describe('each write is the one planned, counted as it is sent', () => {
  it(ATTACKS[16], async () => {
    // The file takes max off web; someone makes max a manager just before the write, so the write
    // the fresh read calls for demotes him: not the reviewed change.
    const text = 'organization: acme\nunlisted: ignore\nmembers:\n  max@acme.com: {role: member, teams: [backend]}\n';
    const promote = (sim: SimulatedSentry) =>
      sim.inject({
        method: 'GET',
        path: `/api/0/organizations/acme/members/${ID.max}/`,
        times: 1,
        run: (org) => {
          const max = org.findByEmail('max@acme.com');
          if (max) max.orgRole = 'manager';
        },
      });
    const applyWith = async (sim: SimulatedSentry, policy: 'warn' | 'require') => {
      const { plan, context } = await planWithContext(sim, text, TOKENS.owner);
      promote(sim);
      const client = clientFor(sim, TOKENS.owner);
      try {
        return await runSentry(client, {
          mode: 'apply',
          config: context.config,
          warnings: [],
          organization: 'acme',
          guards: { maxChanges: 0, maxRemovals: 0 },
          options: rules(),
          review: { policy, pull: 7, reviewed: reviewedOf(plan, context.config) },
        });
      } finally {
        await client.close();
      }
    };
    const required = await start();
    const outcome = await applyWith(required, 'require');
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    expect(required.writes()).toEqual([]);
    expect(outcome.result.applied).toEqual([]);
    expect(describeReasons(outcome.result.blocked[0]?.reasons ?? [])).toEqual([
      "changed in Sentry during the run: the write planned and reviewed (leaves web) is not what the member's fresh read calls for (org role manager -> member; backend: admin -> contributor (follows the org role); leaves web); reviewed-plan is require, so neither is made: review the next plan",
    ]);
    expect(failuresOf(outcome)).toEqual([{ kind: 'blocked', blocked: 1, others: 'made' }]);
    // Under warn the write the fresh read calls for is made (and reported as changed during the run).
    const warned = await start();
    await applyWith(warned, 'warn');
    expect(warned.writes().map((request) => [request.method, request.body])).toEqual([
      ['PUT', { orgRole: 'member', teamRoles: [{ teamSlug: 'backend', role: null }] }],
    ]);
  });

  it(ATTACKS[17], async () => {
    // Three listed members join backend; while the run writes, each one's email is changed in
    // Sentry, so each fresh read finds a member the file does not list: under unlisted: remove,
    // each update becomes a removal. max-removals is 1.
    const sim = await start({
      organization: { slug: 'acme' },
      teams: [{ slug: 'web' }, { slug: 'backend' }],
      members: [
        { email: 'owner@acme.com', orgRole: 'owner' },
        ...['u1', 'u2', 'u3'].map((name) => ({ email: `${name}@acme.com`, orgRole: 'member' as const, teams: { web: null } })),
      ],
      tokens: [{ token: OWNER, member: 'owner@acme.com' }],
    });
    for (const id of ['2', '3', '4'])
      sim.inject({
        method: 'GET',
        path: `/api/0/organizations/acme/members/${id}/`,
        times: 1,
        run: (org) => {
          const member = org.members.get(id);
          if (member) member.email = member.email.replace('@acme.com', '@acme.org');
        },
      });
    const text = [
      'organization: acme',
      'unlisted: remove',
      'members:',
      '  owner@acme.com: owner',
      ...['u1', 'u2', 'u3'].map((name) => `  ${name}@acme.com: {role: member, teams: [web, backend]}`),
      '',
    ].join('\n');
    const { plan, result } = await applyFor(sim, text, { maxChanges: 0, maxRemovals: 1 }, OWNER);
    expect(plan.changes.map((change) => change.kind)).toEqual(['update', 'update', 'update']);
    expect(sim.writes().filter((request) => request.method === 'DELETE')).toHaveLength(1);
    expect(result.blocked).toHaveLength(2);
    for (const blocked of result.blocked)
      expect(describeReasons(blocked.reasons)).toEqual([
        "not sent: planned as an update, it became a removal when the member was read again, and the run's removals already reach max-removals (1): review the next plan",
      ]);
  });
});

describe('a comment about unreviewed changes is bounded like every other', () => {
  it(ATTACKS[18], () => {
    const emails = Array.from({ length: 2_500 }, (_, i) => `new${String(i).padStart(4, '0')}@acme.com`);
    const state = organization({ email: 'olivia@acme.com', role: 'owner' });
    const config = file(
      { 'olivia@acme.com': 'owner', ...Object.fromEntries(emails.map((email) => [email, { role: 'member', teams: ['web'] }])) },
      { missing: 'invite' },
    );
    const plan = createPlan(config, state, rules());
    const review = (policy: 'warn' | 'require'): ReviewCheck => ({
      policy,
      pull: 7,
      found: true,
      matches: false,
      added: plan.changes,
      dropped: emails.map((email) => `removal of old-${email}`),
    });
    const merged = {
      mode: 'apply',
      event: PUSH,
      config,
      github: { pull: 7, comments: [{ id: 11, body: MARKER }], failures: [] },
    } as const;
    const refused = publish(reportOf({ kind: 'unreviewed', plan, state, readAt: READ_AT, review: review('require') }, merged));
    const applied = publish(
      reportOf({ kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan), review: review('warn') }, merged),
    );
    for (const publication of [refused, applied]) {
      const [comment] = publication.github;
      expect(comment?.body.length).toBeLessThanOrEqual(65_536);
      expect(comment?.body).toContain('Added since the review (2500), not reviewed');
      expect(comment?.body).toContain('Dropped since the review (2500)');
      expect(publication.summary?.length).toBeLessThanOrEqual(1_000_000);
      for (const annotation of publication.annotations) expect(annotation.message.length).toBeLessThan(2_000);
    }
    expect(applied.annotations.find((a) => a.title.endsWith('not the reviewed plan'))?.message).toMatch(
      /2500 added \(new0000@acme\.com, .*, new0009@acme\.com, 2490 others\), 2500 dropped since the review\.$/,
    );
    // Nor does GitHub's own answer, however long, push the comment past its limit.
    const unreadable: ReviewCheck = {
      ...review('require'),
      found: false,
      unreadable: `GitHub answered: ${'<html>'.repeat(40_000)}`,
    };
    const [comment] = publish(reportOf({ kind: 'unreviewed', plan, state, readAt: READ_AT, review: unreadable }, merged)).github;
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toContain('(Cut to fit one message.)');
  });
});
