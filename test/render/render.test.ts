import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../src/apply/apply.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { MemberUpdate, Plan } from '../../src/plan/types.ts';
import { applyMarkdown, planMarkdown } from '../../src/render/plan-markdown.ts';
import { applyText, planText } from '../../src/render/plan-text.ts';
import { file, organization, rules } from '../plan/builders.ts';

/** A plan with one of everything, and a name that tries to break out of the markdown. */
const PLAN: Plan = {
  version: 1,
  organization: 'acme',
  config: 'sentry-members.yml',
  changes: [
    {
      kind: 'update',
      memberId: '2',
      email: 'dana@acme.com',
      name: 'Dana <img src=x onerror=alert(1)> @everyone **x**',
      pending: false,
      orgRole: { from: 'member', to: 'manager' },
      teams: [
        { kind: 'join', team: 'backend', role: 'admin' },
        { kind: 'leave', team: 'web', role: 'contributor' },
        { kind: 'role', team: 'mobile', from: 'contributor', to: 'admin' },
      ],
      request: { orgRole: 'manager', teamRoles: [{ teamSlug: 'backend', role: null }] },
      line: 12,
    },
    { kind: 'invite', email: 'new@acme.com', orgRole: 'member', teamRoles: [{ teamSlug: 'web', role: 'admin' }], line: 20 },
    { kind: 'reinvite', memberId: '9', email: 'ivan@acme.com', name: 'ivan@acme.com', line: 22 },
    { kind: 'remove', memberId: '7', email: 'mallory@acme.com', name: 'Mallory', orgRole: 'member', pending: false },
  ],
  blocked: [
    {
      change: {
        kind: 'update',
        memberId: '5',
        email: 'heidi@acme.com',
        name: 'Heidi',
        pending: false,
        teams: [{ kind: 'join', team: 'sre', role: 'contributor' }],
        request: { teamRoles: [] },
        line: 30,
      },
      reasons: [{ kind: 'idp-team', team: 'sre' }],
    },
  ],
  unlisted: [{ email: 'ghost@acme.com', name: 'Ghost', orgRole: 'member', pending: true }],
  missing: [{ email: 'later@acme.com', orgRole: 'billing', line: 40 }],
  warnings: [{ message: 'the invitation of ivan@acme.com has expired', line: 22 }],
  unchanged: 3,
};

const RESULT: ApplyResult = {
  applied: [
    {
      change: PLAN.changes[0] as Plan['changes'][number],
      changedDuringRun: { kind: 'changed', difference: { kind: 'teams', planned: ['web'], fresh: ['web', 'ops'] } },
    },
  ],
  skipped: [{ change: PLAN.changes[2] as Plan['changes'][number], reason: 'already removed' }],
  failed: [
    {
      change: PLAN.changes[1] as Plan['changes'][number],
      error: 'POST /api/0/organizations/acme/members/: HTTP 429: You are being rate limited for too many invitations.',
    },
  ],
  deferred: [],
  blocked: PLAN.blocked,
};

describe('renderings', () => {
  it('the plan as text', () => {
    expect(planText(PLAN)).toMatchSnapshot();
  });

  it('the plan as markdown, Sentry text escaped', () => {
    const markdown = planMarkdown(PLAN);
    expect(markdown).toMatchSnapshot();
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/@everyone/);
  });

  it('the apply result as text and markdown', () => {
    expect(applyText(RESULT, PLAN)).toMatchSnapshot();
    expect(applyMarkdown(RESULT, PLAN)).toMatchSnapshot();
  });

  it('stays within a size limit: routine entries grouped then counted first, blocked and removals kept, never over the limit', () => {
    const { orgRole: _promotion, ...update } = PLAN.changes[0] as MemberUpdate;
    const many: Plan = {
      ...PLAN,
      changes: [
        ...Array.from({ length: 400 }, (_, i) => ({ ...update, email: `user${i}@acme.com` })),
        ...Array.from({ length: 30 }, (_, i) => ({
          ...(PLAN.changes[3] as Plan['changes'][number]),
          email: `gone${i}@acme.com`,
        })),
      ],
    };
    const fullAt = 'https://github.com/acme/repo/actions/runs/1';
    const whole = planMarkdown(many);
    for (const limit of [whole.length, 60_000, 20_000, 8_000, 3_000, 700, 50]) {
      const markdown = planMarkdown(many, { limit, fullAt });
      expect(markdown.length).toBeLessThanOrEqual(limit);
      if (limit >= 700) expect(markdown).toContain('**400 to update, 0 to invite, 30 to remove');
      if (limit >= 3_000) {
        // Blocked changes and removals are never the first to go.
        expect(markdown).toContain('**heidi@acme.com**');
        for (let i = 0; i < 30; i++) expect(markdown).toContain(`**gone${i}@acme.com**`);
        expect(markdown).toContain('the invitation of ivan@acme.com has expired');
      }
      if (limit < whole.length && limit >= 3_000) {
        expect(markdown).toContain(`the [job summary](${fullAt}) has every entry.`);
        expect(markdown).toContain('- **400 members** join backend as admin; leave web; mobile: contributor -&gt; admin');
      }
    }
    expect(planMarkdown(many, { limit: whole.length })).toBe(whole);
    // Under the last resort even kept lists are cut, saying how many are left out.
    expect(planMarkdown(many, { limit: 700, fullAt })).toMatch(
      /and \d+ more, not shown: too long for one message|Too long for one message/,
    );
  });
});

describe('the text of an empty plan', () => {
  it('names the file once: its title already says what matches', () => {
    const owner = { email: 'olivia@acme.com', role: 'owner' as const };
    const plan = createPlan(file({ 'olivia@acme.com': 'owner' }), organization(owner), rules());
    const [first] = planText(plan).split('\n');
    expect(first).toBe(`Sentry plan: no changes: acme matches ${plan.config}`);
  });
});
