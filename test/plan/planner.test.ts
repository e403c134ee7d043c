/**
 * The planner as a table: this observed organization and this file give exactly this plan. No
 * server: the HTTP contract is the simulated Sentry's tests' business (test/sim/, test/engine/).
 * Blocked reasons are data; they are compared here in the words every rendering gives them.
 */
import { describe, expect, it } from 'vitest';
import type { OrgRole } from '../../src/domain/roles.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { BlockedChange } from '../../src/plan/types.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { file, organization, rules } from './builders.ts';

const OWNER = { email: 'olivia@acme.com', role: 'owner' as OrgRole };
const MANAGER = { email: 'mia@acme.com', role: 'manager' as OrgRole };

/** The changes and blocked changes of a plan, reduced to what a reviewer reads. */
function summary(plan: ReturnType<typeof createPlan>) {
  return {
    changes: plan.changes.map((change) => ({
      kind: change.kind,
      email: change.email,
      ...('request' in change ? { request: change.request } : {}),
    })),
    blocked: plan.blocked.map(({ change, reasons }) => ({
      kind: change.kind,
      email: change.email,
      reasons: describeReasons(reasons),
    })),
  };
}

/** A blocked change with its reasons in words. */
function worded({ change, reasons }: BlockedChange) {
  return { change, reasons: describeReasons(reasons) };
}

describe('blocked changes: each reason, exactly', () => {
  it.each([
    [
      'a token user who may not change members',
      { email: 'max@acme.com', role: 'member' as OrgRole },
      { 'bob@acme.com': 'member' as OrgRole },
      { 'bob@acme.com': 'manager' as const },
      [
        "the token's user (max@acme.com, member) may not change members: use an owner's or manager's token",
        'the token\'s user (max@acme.com, member) may not assign the org role "manager"',
      ],
    ],
    [
      'an IdP-provisioned member',
      OWNER,
      { 'bob@acme.com': ['member', { flags: { idpProvisioned: true } }] as const },
      { 'bob@acme.com': 'manager' as const },
      [
        'the member is managed by the identity provider (idp:provisioned): the identity provider would overwrite this change at its next sync; change it there',
      ],
    ],
    [
      'a partnership-restricted member',
      OWNER,
      { 'bob@acme.com': ['member', { flags: { partnershipRestricted: true } }] as const },
      { 'bob@acme.com': 'manager' as const },
      ['the member is managed by a partnership (partnership:restricted) and cannot be modified'],
    ],
    [
      "a member above the token's user (here also the only owner)",
      MANAGER,
      { 'oscar@acme.com': 'owner' as OrgRole },
      { 'oscar@acme.com': 'member' as const },
      [
        'the member\'s org role "owner" is above the token\'s user (mia@acme.com, manager)',
        'this is the only owner: an organization must keep at least one owner',
      ],
    ],
    [
      "a role above the token's user",
      MANAGER,
      { 'bob@acme.com': 'member' as OrgRole },
      { 'bob@acme.com': 'owner' as const },
      ['the token\'s user (mia@acme.com, manager) may not assign the org role "owner"'],
    ],
    [
      'the retired admin role',
      OWNER,
      { 'bob@acme.com': 'member' as OrgRole },
      { 'bob@acme.com': 'admin' as const },
      ['the org role "admin" is retired in this organization and can no longer be assigned'],
    ],
    [
      'an IdP role-restricted member',
      OWNER,
      { 'bob@acme.com': ['member', { flags: { idpRoleRestricted: true } }] as const },
      { 'bob@acme.com': 'manager' as const },
      [
        "the member's org role is managed by the identity provider (idp:role-restricted): the identity provider would overwrite this change at its next sync",
      ],
    ],
  ])('%s', (_name, caller, members, entries, reasons) => {
    const plan = createPlan(file({ [caller.email]: caller.role, ...entries }), organization(caller, members), rules());
    expect(plan.changes).toEqual([]);
    expect(plan.blocked.map((blocked) => describeReasons(blocked.reasons))).toEqual([reasons]);
  });

  it("the token's own org role, and the only owner", () => {
    const plan = createPlan(file({ 'olivia@acme.com': 'manager' }), organization(OWNER), rules());
    expect(plan.blocked.map((blocked) => describeReasons(blocked.reasons))).toEqual([
      [
        "this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token",
        'this is the only owner: an organization must keep at least one owner',
      ],
    ]);
  });

  it('joining or leaving an IdP-provisioned team, not a role change on it', () => {
    const state = organization(
      OWNER,
      { 'bob@acme.com': ['member', { teams: { scim: null } }] },
      { teams: { scim: { idp: true }, web: {} } },
    );
    expect(
      summary(
        createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role: 'member', teams: ['web'] } }), state, rules()),
      ),
    ).toEqual({
      changes: [],
      blocked: [
        {
          kind: 'update',
          email: 'bob@acme.com',
          reasons: [
            'team "scim" is managed by the identity provider (idp:provisioned): the identity provider would overwrite this change at its next sync; join and leave it there',
          ],
        },
      ],
    });
  });

  it('a billing member whose unmanaged teams would go into the write', () => {
    const state = organization(OWNER, { 'bob@acme.com': ['member', { teams: { web: null } }] });
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': 'billing' }), state, rules());
    expect(plan.blocked.map((blocked) => describeReasons(blocked.reasons))).toEqual([
      ['billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams'],
    ]);
  });

  it('removals: the token user, the IdP, a partnership, above the caller, the only owner', () => {
    const state = organization(MANAGER, {
      'idp@acme.com': ['member', { flags: { idpProvisioned: true } }],
      'part@acme.com': ['member', { flags: { partnershipRestricted: true } }],
      'oscar@acme.com': 'owner',
      'gone@acme.com': 'member',
    });
    const plan = createPlan(file({}, { unlisted: 'remove' }), state, rules());
    expect(summary(plan)).toEqual({
      changes: [{ kind: 'remove', email: 'gone@acme.com' }],
      blocked: [
        { kind: 'remove', email: 'mia@acme.com', reasons: ["this is the token's own user: it is never removed"] },
        {
          kind: 'remove',
          email: 'idp@acme.com',
          reasons: ['the member is managed by the identity provider (idp:provisioned): remove it there'],
        },
        {
          kind: 'remove',
          email: 'part@acme.com',
          reasons: ['the member is managed by a partnership (partnership:restricted) and cannot be modified'],
        },
        {
          kind: 'remove',
          email: 'oscar@acme.com',
          reasons: [
            'the member\'s org role "owner" is above the token\'s user (mia@acme.com, manager)',
            'this is the only owner: an organization must keep at least one owner',
          ],
        },
      ],
    });
  });

  it('invitations: a retired role, a role above the caller, an IdP team', () => {
    const state = organization(MANAGER, {}, { teams: { scim: { idp: true } } });
    const plan = createPlan(
      file(
        {
          'mia@acme.com': 'manager',
          'a@acme.com': 'admin',
          'o@acme.com': 'owner',
          's@acme.com': { role: 'member', teams: ['scim'] },
        },
        { missing: 'invite' },
      ),
      state,
      rules(),
    );
    expect(plan.blocked.map(({ change, reasons }) => [change.email, describeReasons(reasons)])).toEqual([
      ['a@acme.com', ['the org role "admin" is retired in this organization and can no longer be assigned']],
      ['o@acme.com', ['the token\'s user (mia@acme.com, manager) may not assign the org role "owner"']],
      [
        's@acme.com',
        [
          'team "scim" is managed by the identity provider (idp:provisioned): the identity provider would overwrite this change at its next sync; join and leave it there',
        ],
      ],
    ]);
  });

  it('two Sentry members with one email: blocked with both ids, neither written', () => {
    const state = organization(OWNER, { 'bob@acme.com': 'member', 'Bob@acme.com': ['member', { pending: true }] });
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': 'manager' }), state, rules());
    expect(plan.changes).toEqual([]);
    expect(plan.blocked.map(worded)).toEqual([
      {
        change: {
          kind: 'conflict',
          email: 'bob@acme.com',
          members: [
            { memberId: '2', email: 'bob@acme.com', pending: false },
            { memberId: '3', email: 'Bob@acme.com', pending: true },
          ],
          line: 11,
        },
        reasons: [
          '2 Sentry members have this email (ids 2, 3 (pending invite)): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again',
        ],
      },
    ]);
  });
});

describe('comparison in effective roles', () => {
  it.each([
    ['list form, stored contributor, for a manager', 'manager', { web: 'contributor' }, ['web']],
    ['explicit admin, stored none, for a manager', 'manager', { web: null }, { web: 'admin' }],
    ['explicit contributor (no effect), stored admin, for an owner', 'owner', { web: 'admin' }, { web: 'contributor' }],
    ['explicit contributor, stored none, for a member', 'member', { web: null }, { web: 'contributor' }],
  ] as const)('%s: no change', (_name, role, stored, teams) => {
    const state = organization(OWNER, { 'bob@acme.com': [role, { teams: stored }] });
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role, teams } }), state, rules());
    expect(plan).toMatchObject({ changes: [], blocked: [], unchanged: 2 });
  });

  it('a promotion shows the team role it raises and keeps the stored role in the write', () => {
    const state = organization(OWNER, { 'bob@acme.com': ['member', { teams: { web: null } }] });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role: 'manager', teams: ['web'] } }),
      state,
      rules(),
    );
    expect(plan.changes).toEqual([
      {
        kind: 'update',
        memberId: '2',
        email: 'bob@acme.com',
        name: 'bob',
        pending: false,
        orgRole: { from: 'member', to: 'manager' },
        teams: [{ kind: 'role', team: 'web', from: 'contributor', to: 'admin', followsOrgRole: true }],
        request: { orgRole: 'manager', teamRoles: [{ teamSlug: 'web', role: null }] },
        line: 11,
      },
    ]);
  });

  it('a member whose teams are not managed keeps them exactly in a role change', () => {
    const state = organization(OWNER, { 'bob@acme.com': ['member', { teams: { web: 'admin', ops: null } }] });
    const plan = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': 'manager' }), state, rules());
    expect(summary(plan).changes).toEqual([
      {
        kind: 'update',
        email: 'bob@acme.com',
        request: {
          orgRole: 'manager',
          teamRoles: [
            { teamSlug: 'web', role: 'admin' },
            { teamSlug: 'ops', role: null },
          ],
        },
      },
    ]);
  });
});

describe('policies and invitations', () => {
  const state = () =>
    organization(OWNER, {
      'bob@acme.com': 'member',
      'ghost@acme.com': 'member',
      'bot@acme.com': 'member',
      'ivy@acme.com': ['member', { pending: true, expired: true }],
    });
  const listed = {
    'olivia@acme.com': 'owner',
    'bob@acme.com': 'member',
    'ivy@acme.com': 'member',
    'new@acme.com': 'member',
  } as const;

  it('report: unlisted and missing are listed, nothing is written, an expired invitation is a warning', () => {
    const plan = createPlan(file(listed, { unlisted: 'report', missing: 'report', ignore: ['bot@acme.com'] }), state(), rules());
    expect(plan).toMatchObject({
      changes: [],
      unlisted: [{ email: 'ghost@acme.com', orgRole: 'member', pending: false }],
      missing: [{ email: 'new@acme.com', orgRole: 'member', line: 13 }],
      warnings: [
        {
          message:
            'the invitation of ivy@acme.com has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)',
          line: 12,
        },
      ],
    });
  });

  it('remove and invite: the unlisted removed, the missing invited, the expired re-sent; ignored untouched', () => {
    const plan = createPlan(file(listed, { unlisted: 'remove', missing: 'invite', ignore: ['bot@acme.com'] }), state(), rules());
    expect(summary(plan).changes).toEqual([
      { kind: 'reinvite', email: 'ivy@acme.com' },
      { kind: 'invite', email: 'new@acme.com' },
      { kind: 'remove', email: 'ghost@acme.com' },
    ]);
    expect(plan.unchanged).toBe(2);
  });

  it('an expired invitation whose role changes is one change (update and re-send)', () => {
    const plan = createPlan(file({ ...listed, 'ivy@acme.com': 'manager' }, { missing: 'invite' }), state(), rules());
    expect(plan.changes.filter((change) => change.email === 'ivy@acme.com')).toMatchObject([
      { kind: 'update', orgRole: { from: 'member', to: 'manager' }, reinvite: true },
    ]);
  });
});

describe('an organization without team roles', () => {
  it('compares as Sentry stores (null) and warns on the line of each explicit role', () => {
    const state = organization(OWNER, { 'bob@acme.com': ['member', { teams: { web: 'admin' } }] }, { teamRoles: false });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role: 'member', teams: { web: 'admin' } } }),
      state,
      rules(),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.warnings).toEqual([
      {
        message:
          'this organization has no team roles: admin has no effect (team "web" of bob@acme.com; Sentry stores team roles only on its Business and Enterprise plans)',
        line: 11,
        file: 'sentry-members.yml',
      },
    ]);
  });

  it('a join is written with no team role', () => {
    const state = organization(OWNER, { 'bob@acme.com': 'member' }, { teams: { web: {} }, teamRoles: false });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': { role: 'member', teams: { web: 'admin' } } }),
      state,
      rules(),
    );
    expect(summary(plan).changes).toEqual([
      { kind: 'update', email: 'bob@acme.com', request: { teamRoles: [{ teamSlug: 'web', role: null }] } },
    ]);
  });
});
