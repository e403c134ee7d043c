/**
 * Sentry at its edges, against the simulated Sentry: the daily invitation budget, inactive
 * members, records that do not fit, and invitations of Sentry's newer invitation model.
 */
import { describe, expect, it } from 'vitest';
import { failuresOf, type RunOutcome, warningsOf } from '../../src/engine/run.ts';
import { DAY_MS } from '../../src/sim/clock.ts';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import type { SimulatedSentry } from '../../src/sim/server.ts';
import { TOKENS } from '../sim/org.ts';
import { planFor, runFor, simulations } from './helpers.ts';

const start = simulations();

/** An organization of an owner (the token's user), a member, and `members` more. */
function org(members: readonly FixtureMember[] = [], organization: Partial<Fixture['organization']> = {}): Fixture {
  return {
    organization: { slug: 'acme', teamRoles: true, ...organization },
    teams: [{ slug: 'backend' }, { slug: 'web' }],
    members: [
      { email: 'olivia@acme.com', name: 'Olivia', orgRole: 'owner', teams: { backend: 'admin' } },
      { email: 'max@acme.com', name: 'Max', orgRole: 'member', teams: { web: null } },
      ...members,
    ],
    tokens: [{ token: TOKENS.owner, member: 'olivia@acme.com' }],
  };
}

const HEAD = 'organization: acme\nmembers:\n  olivia@acme.com: {role: owner, teams: {backend: admin}}\n';

function applied(outcome: RunOutcome) {
  if (outcome.kind !== 'applied') throw new Error(`expected an apply, got ${outcome.kind}`);
  return outcome.result;
}

const posts = (sim: SimulatedSentry) => sim.requests.filter((request) => request.method === 'POST');

describe("Sentry's daily invitation budget", () => {
  /** A file adopting the action: everyone invited, and one role change besides. */
  function adoption(count: number): string {
    const people = Array.from(
      { length: count },
      (_, i) => `  person${String(i).padStart(3, '0')}@acme.com: {role: member, teams: [web]}\n`,
    );
    return `missing: invite\n${HEAD}  max@acme.com: {role: manager, teams: [web]}\n${people.join('')}`;
  }

  it("sends the day's 100, makes every other change, defers the rest without failing, and carries on the next day", async () => {
    const sim = await start(org(), { rateLimit: false });
    const file = adoption(150);

    const first = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    const result = applied(first);
    expect(result.applied.filter(({ change }) => change.kind === 'invite')).toHaveLength(100);
    // The role change is made whatever the invitations meet.
    expect(result.applied.filter(({ change }) => change.kind === 'update').map(({ change }) => change.email)).toEqual([
      'max@acme.com',
    ]);
    expect(sim.org.findByEmail('max@acme.com')?.orgRole).toBe('manager');
    expect(result.failed).toEqual([]);
    expect(result.deferred).toHaveLength(50);
    expect(result.deferred.every(({ change }) => change.kind === 'invite')).toBe(true);
    expect(failuresOf(first)).toEqual([]);
    expect(warningsOf(first)).toEqual([{ kind: 'invitations-deferred', deferred: 50, updated: 0 }]);
    // Refused once, not retried: a few that were already on their way at most.
    expect(posts(sim).length).toBeGreaterThanOrEqual(101);
    expect(posts(sim).length).toBeLessThanOrEqual(104);
    expect(posts(sim).filter((request) => request.status === 201)).toHaveLength(100);

    // The same day: the budget is spent, so nothing more is sent, and nothing fails.
    sim.requests.splice(0);
    const again = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    expect(applied(again).deferred).toHaveLength(50);
    expect(failuresOf(again)).toEqual([]);
    expect(posts(sim).length).toBeLessThanOrEqual(4);

    sim.clock.advance(DAY_MS);
    const nextDay = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    expect(applied(nextDay).applied).toHaveLength(50);
    expect(applied(nextDay).deferred).toEqual([]);
    expect(warningsOf(nextDay)).toEqual([]);
    expect(await planFor(sim, file, TOKENS.owner)).toMatchObject({ changes: [], blocked: [] });
  });

  it('says in the plan when it has more invitations than Sentry sends in a day', async () => {
    const sim = await start(org(), { rateLimit: false });
    const plan = await planFor(sim, adoption(101), TOKENS.owner);
    expect(plan.warnings.map((warning) => warning.message)).toContain(
      "this plan sends 101 invitations, more than Sentry sends in a day (100 per user and per organization, fewer when some were sent today): an apply sends them until Sentry's daily limit answers and leaves the rest to the next runs, without failing (at least 2 days of runs, e.g. the nightly schedule)",
    );
    const within = await planFor(sim, adoption(99), TOKENS.owner);
    expect(within.warnings.map((warning) => warning.message).join('\n')).not.toContain('invitations, more than');
  });

  it('defers re-sent invitations too; an update whose invitation waits still gets its role and teams', async () => {
    const expired = (email: string): FixtureMember => ({ email, orgRole: 'member', pending: true, expired: true });
    const sim = await start(org([expired('e1@acme.com'), expired('e2@acme.com'), expired('e3@acme.com')]), {
      rateLimit: false,
      invitationBudget: { perOrganization: 1 },
    });
    const file = `missing: invite\n${HEAD}  max@acme.com: {role: member, teams: [web]}\n  e1@acme.com: member\n  e2@acme.com: member\n  e3@acme.com: {role: manager, teams: [backend]}\n`;
    const outcome = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    const result = applied(outcome);
    expect(result.failed).toEqual([]);
    expect(result.applied).toHaveLength(1);
    expect(result.deferred).toHaveLength(2);
    expect(failuresOf(outcome)).toEqual([]);
    // Whether or not its invitation was re-sent, e3's role and teams are as the file says.
    expect(sim.org.findByEmail('e3@acme.com')?.orgRole).toBe('manager');
    const e3 = result.deferred.find(({ change }) => change.email === 'e3@acme.com');
    if (e3) expect(e3).toMatchObject({ change: { kind: 'update', reinvite: true }, updated: true });
    else expect(result.applied.map(({ change }) => change.email)).toEqual(['e3@acme.com']);
  });
});

describe('inactive members (inactive-days)', () => {
  const NOW = Date.parse('2026-06-01T00:00:00Z');
  const ago = (days: number) => new Date(NOW - days * DAY_MS - 3_600_000).toISOString();
  const fixture = () =>
    org([
      { email: 'old@acme.com', orgRole: 'member', lastActive: ago(200) },
      { email: 'older@acme.com', orgRole: 'member', lastActive: ago(400) },
      { email: 'never@acme.com', orgRole: 'member', lastActive: null },
      { email: 'recent@acme.com', orgRole: 'member', lastActive: ago(10) },
      { email: 'invited@acme.com', orgRole: 'member', pending: true },
      { email: 'unlisted@acme.com', orgRole: 'member', lastActive: ago(300) },
      { email: 'ignored@acme.com', orgRole: 'member', lastActive: ago(300) },
    ]);
  const file = `${HEAD.replace('members:', 'ignore: [ignored@acme.com]\nmembers:')}  max@acme.com: {role: member, teams: [web]}\n  old@acme.com: member\n  older@acme.com: member\n  never@acme.com: member\n  recent@acme.com: member\n  invited@acme.com: member\n`;

  /** The simulation, with Olivia and Max active on NOW. */
  const active = async () => {
    const sim = await start(fixture());
    for (const id of ['1', '2']) {
      const member = sim.org.members.get(id);
      if (member) member.lastActive = NOW;
    }
    return sim;
  };

  it('lists the members the file keeps that were not active for that long, with the date and line; never-active apart', async () => {
    const sim = await active();
    const outcome = await runFor(sim, file, 'plan', undefined, TOKENS.owner, { now: NOW, inactiveDays: 90 });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { plan } = outcome;
    expect(plan.inactive).toEqual({
      days: 90,
      members: [
        { memberId: '4', email: 'older@acme.com', lastActive: ago(400), days: 400, line: 7 },
        { memberId: '3', email: 'old@acme.com', lastActive: ago(200), days: 200, line: 6 },
      ],
      neverActive: [{ memberId: '5', email: 'never@acme.com', line: 8 }],
    });
    // Nothing is removed for it.
    expect(plan.changes).toEqual([]);
    expect(failuresOf(outcome)).toEqual([]);
  });

  it('costs no request, and is off by default', async () => {
    const sim = await active();
    await runFor(sim, file, 'plan', undefined, TOKENS.owner, { now: NOW, inactiveDays: 0 });
    const without = sim.requests.splice(0).map((request) => `${request.method} ${request.path}`);
    const outcome = await runFor(sim, file, 'plan', undefined, TOKENS.owner, { now: NOW, inactiveDays: 30 });
    expect(sim.requests.map((request) => `${request.method} ${request.path}`).sort()).toEqual(without.sort());
    expect(outcome.kind === 'planned' && outcome.plan.inactive?.members.length).toBe(2);
    const off = await runFor(sim, file, 'plan', undefined, TOKENS.owner, { now: NOW });
    expect(off.kind === 'planned' && 'inactive' in off.plan).toBe(false);
  });
});

describe('records that do not fit', () => {
  const odd: FixtureMember[] = [
    { email: '', username: 'deploy-bot', orgRole: 'member', teams: { backend: null } }, // 3: an account without an email
    { email: 'okta|00u1abcd', sso: true, orgRole: 'member', teams: { web: null } }, // 4: an IdP's text, not an address
    { email: 'gone@acme.com', unresolved: true, orgRole: 'owner' }, // 5: an account Sentry cannot read
    { email: 'bob@\u200bacme.com', orgRole: 'member' }, // 6: an invisible character: never the file's bob
  ];

  it.each([false, true])('are reported by id, never written to, and the rest is planned (older Sentry: %s)', async (legacy) => {
    const sim = await start(org(odd), { rateLimit: false, legacyMemberEmail: legacy });
    // Remove everyone unlisted, and manage backend and web as a whole: the odd records are on them.
    const file = `unlisted: remove\n${HEAD}  new@acme.com: member\nteams:\n  backend:\n    admins: [olivia@acme.com]\n  web: {}\n`;
    const outcome = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    const result = applied(outcome);
    expect(plan(outcome).unfit).toEqual([
      { id: '3', problem: { kind: 'no-email', email: legacy ? null : '' }, orgRole: 'member', pending: false },
      { id: '4', problem: { kind: 'not-an-address', email: 'okta|00u1abcd' }, orgRole: 'member', pending: false },
      { id: '5', problem: { kind: 'no-email', email: legacy ? null : '' }, orgRole: 'owner', pending: false },
      { id: '6', problem: { kind: 'not-an-address', email: 'bob@\u200bacme.com' }, orgRole: 'member', pending: false },
    ]);
    // Max is removed as usual; nothing goes to the odd records.
    expect(result.applied.map(({ change }) => [change.kind, change.email])).toEqual([['remove', 'max@acme.com']]);
    expect(result.failed).toEqual([]);
    const written = sim.writes().map((request) => request.path);
    for (const id of ['3', '4', '5', '6']) expect(written).not.toContain(`/api/0/organizations/acme/members/${id}/`);
    expect(sim.org.members.get('3')?.teams.has('backend')).toBe(true);
    expect(plan(await runFor(sim, file, 'plan', undefined, TOKENS.owner)).changes).toEqual([]);
  });

  it('still fail the read when the answer as a whole is not a member list', async () => {
    const sim = await start(org());
    for (const body of [
      { detail: 'not a list' },
      [{ id: '1', email: 42, orgRole: 'owner' }],
      [{ email: 'a@acme.com', orgRole: 'owner' }],
      [{ id: '1', email: 'a@acme.com' }],
    ]) {
      const remove = sim.inject({ method: 'GET', path: '/api/0/organizations/acme/members/', status: 200, body });
      const outcome = await runFor(sim, HEAD, 'plan', undefined, TOKENS.owner);
      remove();
      expect(outcome.kind, JSON.stringify(body)).toBe('read-failed');
    }
  });
});

describe("Sentry's newer invitation model", () => {
  const invitedNewWay: FixtureMember = {
    email: 'nina@acme.com',
    orgRole: 'member',
    pending: true,
    newInviteModel: true,
    teams: { web: null },
  };

  it('reads the invitations the member list leaves out, so nobody is invited twice, and says what it cannot change', async () => {
    const sim = await start(org([invitedNewWay], { newInviteModel: true }), { rateLimit: false });
    const file = `missing: invite\n${HEAD}  max@acme.com: {role: member, teams: [web]}\n  nina@acme.com: {role: manager, teams: [web]}\n  new@acme.com: member\n`;
    const outcome = await runFor(sim, file, 'apply', undefined, TOKENS.owner);
    const result = applied(outcome);
    expect(result.applied.map(({ change }) => [change.kind, change.email])).toEqual([['invite', 'new@acme.com']]);
    expect(plan(outcome).modelInvitations).toEqual([
      {
        invitationId: '1',
        email: 'nina@acme.com',
        orgRole: 'member',
        expired: false,
        line: 6,
        differs: ['org role member -> manager'],
      },
    ]);
    expect(plan(outcome).warnings).toContainEqual({
      message:
        "nina@acme.com has a pending invitation of Sentry's newer invitation model (invitation 1), which this action reads but does not change: the file asks for org role member -> manager. Change the invitation in Sentry's settings, or wait until it is accepted: the next run then makes the change",
      line: 6,
    });
    expect(posts(sim).map((request) => (request.body as { email: string }).email)).toEqual(['new@acme.com']);
    expect(failuresOf(outcome)).toEqual([]);
  });

  it('reads them only when the file lists someone the member list does not have', async () => {
    const sim = await start(org([invitedNewWay], { newInviteModel: true }), { rateLimit: false });
    const outcome = await runFor(sim, `${HEAD}  max@acme.com: {role: member, teams: [web]}\n`, 'plan', undefined, TOKENS.owner);
    expect(sim.requests.filter((request) => request.path.includes('/invited-members/'))).toEqual([]);
    expect(outcome.kind === 'planned' && 'modelInvitations' in outcome.plan).toBe(false);
  });

  it('is not in the plan of an organization without that model (Sentry answers 403 there)', async () => {
    const sim = await start(org(), { rateLimit: false });
    const outcome = await runFor(sim, `missing: invite\n${HEAD}  new@acme.com: member\n`, 'plan', undefined, TOKENS.owner);
    expect(sim.requests.filter((request) => request.path.includes('/invited-members/')).map((r) => r.status)).toEqual([403]);
    expect(plan(outcome)).toMatchObject({ changes: [{ kind: 'invite', email: 'new@acme.com' }] });
    expect('modelInvitations' in plan(outcome)).toBe(false);
  });

  it('counts the ones the file does not list as unlisted, naming nobody in its warning', async () => {
    const sim = await start(org([invitedNewWay], { newInviteModel: true }), { rateLimit: false });
    const file = `unlisted: remove\n${HEAD}  max@acme.com: {role: member, teams: [web]}\n  new@acme.com: member\n`;
    const outcome = await runFor(sim, file, 'plan', undefined, TOKENS.owner);
    expect(plan(outcome).modelInvitations).toEqual([
      {
        invitationId: '1',
        email: 'nina@acme.com',
        orgRole: 'member',
        expired: false,
        differs: ['removal (the file does not list it)'],
      },
    ]);
    const warning = plan(outcome).warnings.find((w) => w.message.includes('newer invitation model'));
    expect(warning?.message).toMatch(/^1 pending invitation of Sentry's newer invitation model is not as the file says/);
    expect(warning?.message).not.toContain('nina');
  });
});

function plan(outcome: RunOutcome) {
  if (!('plan' in outcome)) throw new Error(`expected a plan, got ${outcome.kind}`);
  return outcome.plan;
}
