/**
 * The public view redacts blocked reasons from their data: the token's user is named by its role
 * alone when the file does not list its email (no English is parsed back).
 */
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../src/plan/plan.ts';
import { publicPlan } from '../../src/render/public-view.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { file, organization, rules } from '../plan/builders.ts';

const MANAGER = { email: 'mia@acme.com', role: 'manager' as const };

describe('a public view of blocked reasons', () => {
  const state = organization(MANAGER, { 'oscar@acme.com': 'owner', 'olivia@acme.com': 'owner' });
  const plan = createPlan(file({ 'oscar@acme.com': 'member', 'olivia@acme.com': 'owner' }), state, rules());

  it("names the token's user by its role alone when the file does not list it", () => {
    const listed = (email: string) => ['oscar@acme.com', 'olivia@acme.com'].includes(email.toLowerCase());
    const shown = publicPlan(plan, listed);
    expect(shown.blocked.map((blocked) => blocked.reasons)).toEqual([
      [{ kind: 'above-caller', role: 'owner', caller: { orgRole: 'manager' } }],
    ]);
    expect(describeReasons(shown.blocked[0]?.reasons ?? [])).toEqual([
      'the member\'s org role "owner" is above the token\'s user (manager)',
    ]);
    expect(JSON.stringify(shown.blocked)).not.toContain('mia@acme.com');
  });

  it('keeps the email when the file lists the token user, and the plan itself keeps everything', () => {
    const shown = publicPlan(plan, () => true);
    expect(describeReasons(shown.blocked[0]?.reasons ?? [])).toEqual([
      'the member\'s org role "owner" is above the token\'s user (mia@acme.com, manager)',
    ]);
    expect(plan.blocked[0]?.reasons).toEqual([
      { kind: 'above-caller', role: 'owner', caller: { email: 'mia@acme.com', orgRole: 'manager' } },
    ]);
  });
});
