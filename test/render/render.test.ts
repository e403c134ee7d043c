import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../src/apply/apply.ts';
import type { Plan } from '../../src/plan/types.ts';
import { applyMarkdown, planMarkdown } from '../../src/render/plan-markdown.ts';
import { applyText, planText } from '../../src/render/plan-text.ts';

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
    expect(applyText(RESULT)).toMatchSnapshot();
    expect(applyMarkdown(RESULT, 'acme')).toMatchSnapshot();
  });

  it('stays within a size limit: counts kept, entries dropped with a pointer to the whole plan', () => {
    const many: Plan = { ...PLAN, changes: Array.from({ length: 400 }, () => PLAN.changes[0] as Plan['changes'][number]) };
    for (const limit of [100_000, 20_000, 3_000, 700, 50]) {
      const markdown = planMarkdown(many, { limit, fullAt: 'https://github.com/acme/repo/actions/runs/1' });
      expect(markdown.length).toBeLessThanOrEqual(limit);
      if (limit >= 700) expect(markdown).toContain('**400 to update, 0 to invite');
      if (limit >= 3_000 && limit < 100_000)
        expect(markdown).toMatch(
          /more entries are not shown here \(too long for one message\): the \[job summary\]\(https:\/\/github\.com\/acme\/repo\/actions\/runs\/1\) has the whole plan\./,
        );
    }
    expect(planMarkdown(many, { limit: 1_000_000 })).not.toContain('not shown here');
  });
});
