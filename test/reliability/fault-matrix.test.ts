import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../src/apply/apply.ts';
import { applyPlan } from '../../src/apply/apply.ts';
import { planOrganization } from '../../src/engine/plan-organization.ts';
import { createSentryClient } from '../../src/sentry/client.ts';
import type { Fixture, FixtureMember } from '../../src/sim/fixture.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { config } from '../engine/helpers.ts';
import { rules } from '../plan/builders.ts';
import { CASES } from './fault-cases.ts';

/**
 * Every phase of a run against every kind of fault (simulated Sentry fault injection):
 * transient faults are survived; a failed read means zero writes; a failed write never stops the
 * others and the run lists every failure; a rerun converges.
 */

const TOKEN = 'sntryu_fault_owner';

/** An organization where every phase has work: two pages of members, a roster of two pages, invites. */
function organization(): Fixture {
  const members: FixtureMember[] = [{ email: 'owner@acme.com', orgRole: 'owner', teams: { big: 'admin' } }];
  for (let i = 1; i <= 120; i++)
    members.push({
      email: `m${i}@acme.com`,
      orgRole: 'member',
      teams: i % 10 === 0 ? { big: null, small: null } : { big: null },
    });
  members.push({ email: 'invited@acme.com', orgRole: 'member', pending: true, teams: { small: null } });
  members.push({ email: 'leaver@acme.com', orgRole: 'member', teams: { small: null } });
  return {
    organization: { slug: 'acme' },
    teams: [{ slug: 'big' }, { slug: 'small' }],
    members,
    tokens: [{ token: TOKEN, member: 'owner@acme.com' }],
  };
}

/** The file: three role changes, a team change, a changed invite, a new invite, and the leaver removed. */
const FILE = (() => {
  const lines = [
    'organization: acme',
    'unlisted: remove',
    'missing: invite',
    'members:',
    '  owner@acme.com: {role: owner, teams: [big]}',
  ];
  for (let i = 1; i <= 120; i++) {
    const role = i <= 3 ? 'manager' : 'member';
    const teams = i === 4 ? '[small]' : i % 10 === 0 ? '[big, small]' : '[big]';
    lines.push(`  m${i}@acme.com: {role: ${role}, teams: ${teams}}`);
  }
  lines.push('  invited@acme.com: {role: member, teams: [big]}', '  new@acme.com: {role: member, teams: [small]}');
  return `${lines.join('\n')}\n`;
})();

async function apply(sim: SimulatedSentry): Promise<{ changes: number; result: ApplyResult } | { readError: Error }> {
  const client = createSentryClient({ baseUrl: new URL(sim.url), token: TOKEN, timeoutMs: 500, minBackoffMs: 10 });
  try {
    let outcome: Awaited<ReturnType<typeof planOrganization>>;
    const parsed = await config(FILE);
    try {
      outcome = await planOrganization(client, { config: parsed, organization: 'acme', options: rules() });
    } catch (error) {
      return { readError: error as Error };
    }
    if (outcome.kind !== 'plan') throw new Error('unexpected config errors');
    return {
      changes: outcome.plan.changes.length,
      result: await applyPlan(client, outcome.plan, { config: parsed, state: outcome.state, options: rules() }),
    };
  } finally {
    await client.close();
  }
}

describe.concurrent('fault matrix', () => {
  it('covers every phase and fault', () => {
    expect(CASES.length).toBe(79);
    expect(CASES.filter((c) => c.expectSurvival).length).toBe(37);
  });

  it.each(CASES)('$name', async ({ phase, spec, expectSurvival }) => {
    const sim = await startSimulatedSentry(organization(), { rateLimit: false });
    try {
      const remove = sim.inject({
        method: phase.method,
        path: spec.nextPageOnly ? (phase.nextPage as RegExp) : phase.path,
        ...spec.fault(),
      });
      const first = await apply(sim);
      if ('readError' in first) {
        // A failed read: nothing written, and the error names the request.
        expect(phase.read).toBe(true);
        expect(sim.writes()).toEqual([]);
        expect(first.readError.message).toMatch(/^GET \/api\/0\//);
      } else {
        // Every change is either made or listed as failed, with method and path.
        expect(first.result.applied.length + first.result.failed.length).toBe(first.changes);
        for (const failure of first.result.failed)
          expect(failure.error).toMatch(/^(PUT|POST|DELETE) \/api\/0\/organizations\/acme\/members\//);
      }
      const survived = !('readError' in first) && first.result.failed.length === 0;
      expect(survived).toBe(expectSurvival);

      // With the fault gone, a rerun converges.
      remove();
      const rerun = await apply(sim);
      expect('readError' in rerun ? rerun.readError.message : rerun.result.failed).toEqual([]);
      const final = await apply(sim);
      expect('result' in final && final.changes).toBe(0);
    } finally {
      await sim.close();
    }
  });
});
