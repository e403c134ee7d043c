/**
 * What a reviewer reads, for the plans the README promises: a 3-change plan, a 40-change plan with
 * drift, a blocked plan and an apply result; and emails exactly as they are.
 */
import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/domain/roles.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import { createPlan } from '../../src/plan/plan.ts';
import { applyMarkdown, planMarkdown } from '../../src/render/plan-markdown.ts';
import { planText } from '../../src/render/plan-text.ts';
import { file, organization, rules } from '../plan/builders.ts';

const OWNER = { email: 'olivia@acme.com', role: 'owner' as OrgRole };
const links = {
  line: (line: number) => `https://github.com/acme/infra/blob/abc1234/sentry-members.yml#L${line}`,
  member: (id: string) => `https://sentry.io/settings/acme/members/${id}/`,
};

describe('the plan a reviewer reads', () => {
  it('a 3-change plan: an invitation, a promotion with the team role it raises, a removal', () => {
    const state = organization(OWNER, {
      'bob@acme.com': ['member', { teams: { web: null }, name: 'Bob' }],
      'zed@acme.com': 'member',
    });
    const plan = createPlan(
      file(
        {
          'olivia@acme.com': 'owner',
          'bob@acme.com': { role: 'manager', teams: ['web'] },
          'ann@acme.com': { role: 'member', teams: ['web'] },
        },
        { unlisted: 'remove', missing: 'invite' },
      ),
      state,
      rules(),
    );
    expect(planMarkdown(plan, { links })).toMatchSnapshot();
    expect(planText(plan)).toMatchSnapshot();
  });

  it('a 40-change plan with drift: folded groups, this pull request apart', () => {
    const members = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `user${String(i).padStart(2, '0')}@acme.com`,
        ['member', { teams: { web: null } }] as const,
      ]),
    );
    const state = organization(OWNER, members, { teams: { ops: {} } });
    const head = Object.fromEntries(
      Object.keys(members).map((email, i) => [email, { role: 'member' as const, teams: i < 3 ? ['web', 'ops'] : ['ops'] }]),
    );
    const base = Object.fromEntries(
      Object.keys(members).map((email, i) => [email, { role: 'member' as const, teams: i < 3 ? ['web'] : ['ops'] }]),
    );
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', ...head }), state, rules());
    const drift = new Set(createPlan(file({ 'olivia@acme.com': 'owner', ...base }), state, rules()).changes.map(changeDigest));
    const markdown = planMarkdown(plan, { links, drift });
    expect(markdown).toMatchSnapshot();
    expect(markdown).toContain('#### Updates (3)');
    expect(markdown).toContain('<details><summary>37 updates</summary>');
  });

  it('a blocked plan', () => {
    const state = organization(
      { email: 'mia@acme.com', role: 'manager' },
      { 'oscar@acme.com': 'owner', 'bob@acme.com': 'member' },
    );
    const plan = createPlan(
      file({ 'mia@acme.com': 'manager', 'oscar@acme.com': 'member', 'bob@acme.com': 'owner' }),
      state,
      rules(),
    );
    expect(planMarkdown(plan, { links })).toMatchSnapshot();
  });

  it('an apply result', () => {
    const state = organization(OWNER, { 'bob@acme.com': ['manager', { teams: { web: null } }] });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role: 'member', teams: ['web'] } }),
      state,
      rules(),
    );
    const change = plan.changes[0];
    if (!change) throw new Error('no change');
    const markdown = applyMarkdown({ applied: [{ change }], failed: [], deferred: [], blocked: [], skipped: [] }, plan, {
      links,
    });
    expect(markdown).toMatchSnapshot();
    expect(markdown).toContain('web: admin -&gt; contributor (follows the org role)');
  });

  it('shows emails exactly as they are, so a copied email is the email; only a real mention is broken', () => {
    const email = 'first.last+tag_1@sub-domain.acme.com';
    const state = organization(OWNER, { [email]: ['member', { name: 'Ping @channel or @everyone' }] });
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', [email]: 'manager' }), state, rules());
    const markdown = planMarkdown(plan);
    expect(markdown).toContain('**first.last+tag\\_1@sub-domain.acme.com**');
    expect(markdown).not.toMatch(/[\u200b-\u200d]/);
    expect(markdown).toContain('Ping @<!-- -->channel or @<!-- -->everyone');
  });
});
