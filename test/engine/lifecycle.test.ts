import { describe, expect, it } from 'vitest';
import { ACTION_WORDS } from '../../src/action/inputs.ts';
import { failuresOf, warningsOf } from '../../src/engine/run.ts';
import { describeFailure, describeWarning } from '../../src/render/failures.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { requestErrors } from '../sim/openapi.ts';
import { TEST_ORG_FILE, TOKENS, testOrg } from '../sim/org.ts';
import { applyFor, planFor, runFor, simulations, snapshot } from './helpers.ts';

const start = simulations();

/** Everyone of the test org as it is, so a test's additions are the only differences. */
const ALL = TEST_ORG_FILE;

describe('invite (missing: invite)', () => {
  it('invites listed emails with their org role, then sets explicit team roles with a PUT', async () => {
    const sim = await start();
    const file = `missing: invite\n${ALL}  new@acme.com: {role: member, teams: {web: admin, ops: contributor}}\n  plain@acme.com: {role: manager, teams: [ops]}\n`;
    const { plan, result } = await applyFor(sim, file);
    expect(plan.changes.map((change) => [change.kind, change.email])).toEqual([
      ['reinvite', 'exp@acme.com'],
      ['invite', 'new@acme.com'],
      ['invite', 'plain@acme.com'],
    ]);
    // The ten others are unchanged; the expired invitation being re-sent is not among them.
    expect(plan.unchanged).toBe(10);
    expect(result.failed).toEqual([]);
    const newId = sim.org.findByEmail('new@acme.com')?.id;
    expect(sim.writes().map((request) => [request.method, request.path])).toEqual(
      expect.arrayContaining([
        ['POST', '/api/0/organizations/acme/members/'],
        ['PUT', `/api/0/organizations/acme/members/${newId}/`],
        ['PUT', '/api/0/organizations/acme/members/7/'],
      ]),
    );
    for (const request of sim.writes()) expect(requestErrors(request.method, request.path, request.body)).toEqual([]);
    expect(snapshot(sim)['new@acme.com']).toEqual({ role: 'member', teams: { web: 'admin', ops: 'contributor' } });
    expect(sim.org.findByEmail('plain@acme.com')).toMatchObject({ pending: true, orgRole: 'manager' });
    expect(sim.org.findByEmail('exp@acme.com')?.expired).toBe(false);
    expect(await planFor(sim, file)).toMatchObject({ changes: [], blocked: [] });
  });

  it('reports missing emails and expired invitations without inviting under missing: report', async () => {
    const sim = await start();
    const plan = await planFor(sim, `${ALL}  new@acme.com: member\n`);
    expect(plan.changes).toEqual([]);
    expect(plan.missing).toEqual([{ email: 'new@acme.com', orgRole: 'member', line: 14 }]);
    expect(plan.warnings.map((warning) => warning.message)).toEqual([
      'the invitation of exp@acme.com has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)',
    ]);
  });

  it("stops inviting when Sentry's invitation limit answers, and leaves the rest to the next run without failing", async () => {
    const sim = await start(testOrg(), { rateLimit: {}, invitationBudget: { perOrganization: 1 } });
    const file = `missing: invite\n${ALL.replace('  exp@acme.com: member\n', '')}  a@acme.com: member\n  b@acme.com: member\n  c@acme.com: member\n`;
    const outcome = await runFor(sim, file.replace('members:\n', 'ignore: [exp@acme.com]\nmembers:\n'), 'apply');
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    const { result } = outcome;
    expect(result.applied.map(({ change }) => change.email)).toEqual(['a@acme.com']);
    expect(result.failed).toEqual([]);
    expect(result.deferred.map(({ change }) => change.email)).toEqual(['b@acme.com', 'c@acme.com']);
    expect(failuresOf(outcome)).toEqual([]);
    expect(warningsOf(outcome).map(describeWarning)).toEqual([
      "2 invitations not sent: Sentry's daily invitation limit was reached (100 a day per user and per organization). Nothing failed: the next run sends them, from 00:00 UTC when the limit is whole again (a nightly schedule carries on by itself)",
    ]);
    // A few at a time: once the budget answers, the invitations not yet started are not tried.
    expect(sim.requests.filter((request) => request.method === 'POST').length).toBeLessThanOrEqual(3);
  });
});

describe('remove (unlisted: remove)', () => {
  const withoutMax = `unlisted: remove\nignore: [pat@acme.com]\n${ALL.replace('  max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}\n', '').replace('  pat@acme.com: member\n', '')}`;

  it('removes members neither listed nor ignored, warning first in the plan', async () => {
    const sim = await start();
    const { plan, result } = await applyFor(sim, withoutMax, { maxChanges: 50, maxRemovals: 5 });
    expect(plan.changes).toEqual([
      { kind: 'remove', memberId: '3', email: 'max@acme.com', name: 'Max', orgRole: 'member', pending: false },
    ]);
    expect(result.failed).toEqual([]);
    expect(sim.org.findByEmail('max@acme.com')).toBeUndefined();
    expect(sim.org.findByEmail('pat@acme.com')).toBeDefined();
  });

  it('never removes the token owner, an IdP-managed member, or a member above the token user', async () => {
    const sim = await start();
    const plan = await planFor(
      sim,
      `unlisted: remove\norganization: acme\nmembers:\n  olivia@acme.com: {role: owner, teams: {backend: admin}}\n  bill@acme.com: billing\n  max@acme.com: {role: member, teams: {backend: contributor, web: contributor}}\n  ada@acme.com: admin\n  pat@acme.com: member\n  exp@acme.com: member\n  part@acme.com: member\n  rr@acme.com: member\n`,
      TOKENS.manager,
    );
    expect(plan.blocked.map(({ change, reasons }) => [change.email, describeReasons(reasons)])).toEqual([
      ['mia@acme.com', ["this is the token's own user: it is never removed"]],
      ['idp@acme.com', ['the member is managed by the identity provider (idp:provisioned): remove it there']],
      ['oscar@acme.com', ['the member\'s org role "owner" is above the token\'s user (mia@acme.com, manager)']],
    ]);
  });

  it('refuses, writing nothing, a plan with more removals than max-removals', async () => {
    const sim = await start();
    const file = `unlisted: remove\norganization: acme\nignore: [idp@acme.com]\nmembers:\n  olivia@acme.com: {role: owner, teams: {backend: admin}}\n`;
    const outcome = await runFor(sim, file, 'apply', { maxChanges: 0, maxRemovals: 5 });
    expect(outcome).toMatchObject({ kind: 'guard-refused', refusal: { guard: 'max-removals', count: 8, limit: 5 } });
    expect(failuresOf(outcome).map((failure) => describeFailure(failure, ACTION_WORDS))).toEqual([
      'the plan removes 8 members, more than input "max-removals" (5): nothing was written. Review the plan; if it is intended, raise input "max-removals" (0 = no limit) for the run that applies it',
    ]);
    expect(sim.writes()).toEqual([]);
  });
});
