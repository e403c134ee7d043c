/**
 * A config that fits real organizations, in the planner: team sections managed as a whole,
 * temporary access (entries and grants that end), and the relative guards (min-owners; a
 * percentage of max-removals). And the property that a member-centric file and the same file
 * written with team sections give the same plan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardRefusal } from '../../src/apply/apply.ts';
import { parseConfigPart } from '../../src/config/load.ts';
import { mergeParts } from '../../src/config/merge.ts';
import type { OrgRole, TeamRole } from '../../src/domain/roles.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { Plan } from '../../src/plan/types.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { type EntrySpec, file, organization, rules, type SectionSpec } from './builders.ts';

const OWNER = { email: 'olivia@acme.com', role: 'owner' as OrgRole };
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);

/** What each change sends, by member (teams in slug order): the part of a plan both shapes of a file must agree on. */
function writes(plan: Plan) {
  const sent = (change: Plan['changes'][number]) =>
    'request' in change
      ? JSON.stringify({
          ...change.request,
          teamRoles: [...change.request.teamRoles].sort((a, b) => a.teamSlug.localeCompare(b.teamSlug)),
        })
      : '';
  return plan.changes
    .map((change) => [change.kind, change.email, sent(change)])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
}

describe('team sections', () => {
  it('manage a team as a whole: its roster becomes exactly the people declared on it', () => {
    const state = organization(OWNER, {
      'ann@acme.com': ['member', { teams: { backend: null } }],
      'bob@acme.com': ['member', { teams: { backend: 'admin', web: null } }],
      'cid@acme.com': ['member', { teams: { backend: null } }],
      'dee@acme.com': ['member', {}],
    });
    const config = file(
      { 'olivia@acme.com': 'owner', 'ann@acme.com': 'member', 'bob@acme.com': 'member', 'dee@acme.com': 'member' },
      { unlisted: 'report', teams: { backend: { admins: ['ann@acme.com'], members: ['dee@acme.com'] } } },
    );
    const plan = createPlan(config, state, rules());
    expect(writes(plan)).toEqual([
      ['update', 'ann@acme.com', JSON.stringify({ teamRoles: [{ teamSlug: 'backend', role: 'admin' }] })],
      // Bob leaves backend (not declared on it); his other teams are not managed and stay.
      ['update', 'bob@acme.com', JSON.stringify({ teamRoles: [{ teamSlug: 'web', role: null }] })],
      // Cid is not in the file: taken off the sectioned team; his membership follows unlisted (report).
      ['update', 'cid@acme.com', JSON.stringify({ teamRoles: [] })],
      ['update', 'dee@acme.com', JSON.stringify({ teamRoles: [{ teamSlug: 'backend', role: null }] })],
    ]);
    expect(plan.unlisted.map((note) => note.email)).toEqual(['cid@acme.com']);
  });

  it('never touch ignored emails', () => {
    const state = organization(OWNER, { 'bot@acme.com': ['member', { teams: { backend: null } }] });
    const config = file({ 'olivia@acme.com': 'owner' }, { ignore: ['bot@acme.com'], teams: { backend: {} } });
    expect(createPlan(config, state, rules()).changes).toEqual([]);
  });

  const members = ['ann', 'bob', 'cid', 'dee', 'eve'].map((name) => `${name}@acme.com`);
  const teamsArb = fc.subarray(['backend', 'web', 'ops']);
  const memberArb = fc.record({
    role: fc.constantFrom<OrgRole>('member', 'manager'),
    teams: fc.dictionary(
      fc.constantFrom('backend', 'web', 'ops'),
      fc.constantFrom<TeamRole | null>(null, 'contributor', 'admin'),
    ),
  });

  it('and member entries give the same plan for the same file (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(...members.map(() => memberArb)),
        fc.tuple(...members.map(() => fc.tuple(fc.constantFrom<OrgRole>('member', 'manager'), teamsArb))),
        (wanted, stored) => {
          const state = organization(
            OWNER,
            Object.fromEntries(
              members.map((email, i) => {
                const [role, teams] = stored[i] ?? ['member', []];
                return [email, [role, { teams: Object.fromEntries(teams.map((team) => [team, null])) }] as const];
              }),
            ),
            { teams: { backend: {}, web: {}, ops: {} } },
          );
          // Member-centric: every entry manages its teams.
          const centric: Record<string, EntrySpec> = { 'olivia@acme.com': 'owner' };
          // Team sections: every team has a section, no entry manages teams.
          const plain: Record<string, EntrySpec> = { 'olivia@acme.com': 'owner' };
          const sections: Record<string, { admins: string[]; contributors: string[]; members: string[] }> = {
            backend: { admins: [], contributors: [], members: [] },
            web: { admins: [], contributors: [], members: [] },
            ops: { admins: [], contributors: [], members: [] },
          };
          members.forEach((email, i) => {
            const entry = wanted[i] ?? { role: 'member' as OrgRole, teams: {} };
            const explicit = Object.entries(entry.teams).filter(([, role]) => role !== null) as [string, TeamRole][];
            centric[email] =
              explicit.length === Object.keys(entry.teams).length
                ? { role: entry.role, teams: Object.fromEntries(explicit) }
                : explicit.length === 0
                  ? { role: entry.role, teams: Object.keys(entry.teams) }
                  : {
                      role: entry.role,
                      teams: Object.fromEntries(Object.entries(entry.teams).map(([team, role]) => [team, role ?? 'contributor'])),
                    };
            plain[email] = entry.role;
            const asWritten = centric[email];
            const teams = typeof asWritten === 'string' ? undefined : asWritten.teams;
            for (const [team, role] of Array.isArray(teams)
              ? teams.map((t) => [t, null] as const)
              : Object.entries(teams ?? {})) {
              const section = sections[team] as { admins: string[]; contributors: string[]; members: string[] };
              (role === 'admin' ? section.admins : role === 'contributor' ? section.contributors : section.members).push(email);
            }
          });
          const a = createPlan(file(centric), state, rules());
          const b = createPlan(file(plain, { teams: sections as Record<string, SectionSpec> }), state, rules());
          expect(writes(b)).toEqual(writes(a));
          expect(b.blocked.length).toBe(a.blocked.length);
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });
});

describe('temporary access', () => {
  it('an ended entry is a removal whatever unlisted says, shown as expired, counted by max-removals', () => {
    const state = organization(OWNER, { 'zoe@acme.com': ['member', { teams: { backend: null } }] });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'zoe@acme.com': { role: 'member', until: NOW - DAY } }, { unlisted: 'report' }),
      state,
      rules({ now: NOW }),
    );
    expect(plan.changes).toMatchObject([{ kind: 'remove', email: 'zoe@acme.com', expired: new Date(NOW - DAY).toISOString() }]);
    expect(guardRefusal(plan, { maxChanges: 0, maxRemovals: 0 }, 2)).toBeUndefined();
    expect(guardRefusal(plan, { maxChanges: 0, maxRemovals: { percent: 10 } }, 2)).toEqual({
      guard: 'max-removals',
      count: 1,
      limit: 0,
      percent: { percent: 10, of: 2 },
    });
  });

  it('an entry not yet ended stays, with a warning when it ends within the warning days', () => {
    const state = organization(OWNER, { 'zoe@acme.com': 'member' });
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', 'zoe@acme.com': { role: 'member', until: NOW + 2 * DAY } }),
      state,
      rules({
        now: NOW,
      }),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      `the entry of zoe@acme.com ends ${new Date(NOW + 2 * DAY).toISOString()} (in 2 days): the member is removed then`,
    ]);
  });

  it('a grant raises the role while it holds, is listed with its end, and is taken back after', () => {
    const entry = { role: 'member' as OrgRole, grants: [{ role: 'manager' as OrgRole, until: NOW + 3 * DAY }] };
    const before = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': entry }),
      organization(OWNER, { 'bob@acme.com': 'member' }),
      rules({
        now: NOW,
        expiryWarningDays: 7,
      }),
    );
    expect(before.changes).toMatchObject([{ kind: 'update', email: 'bob@acme.com', orgRole: { from: 'member', to: 'manager' } }]);
    expect(before.grants).toMatchObject([{ email: 'bob@acme.com', what: 'org role manager', daysLeft: 3, line: 110 }]);
    expect(before.warnings.map((w) => [w.line, w.message.replace(/ends \S+/, 'ends <date>')])).toEqual([
      [110, 'the grant of org role manager to bob@acme.com ends <date> (in 3 days)'],
    ]);
    const after = createPlan(
      file({ 'olivia@acme.com': 'owner', 'bob@acme.com': entry }),
      organization(OWNER, { 'bob@acme.com': 'manager' }),
      rules({
        now: NOW + 4 * DAY,
      }),
    );
    expect(after.changes).toMatchObject([
      {
        kind: 'update',
        orgRole: { from: 'manager', to: 'member' },
        because: [expect.stringMatching(/^grant ended \S+: org role manager -> member$/)],
      },
    ]);
  });

  it("a grant's teams are managed: on while it holds, off after, other teams kept", () => {
    const entry = { role: 'member' as OrgRole, grants: [{ teams: ['incident'], until: NOW + DAY }] };
    const state = organization(OWNER, { 'bob@acme.com': ['member', { teams: { web: null } }] }, { teams: { incident: {} } });
    const holding = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': entry }), state, rules({ now: NOW }));
    expect(writes(holding)).toEqual([
      [
        'update',
        'bob@acme.com',
        JSON.stringify({
          teamRoles: [
            { teamSlug: 'incident', role: null },
            { teamSlug: 'web', role: null },
          ],
        }),
      ],
    ]);
    const on = organization(
      OWNER,
      { 'bob@acme.com': ['member', { teams: { web: null, incident: null } }] },
      { teams: { incident: {} } },
    );
    const ended = createPlan(file({ 'olivia@acme.com': 'owner', 'bob@acme.com': entry }), on, rules({ now: NOW + 2 * DAY }));
    expect(writes(ended)).toEqual([['update', 'bob@acme.com', JSON.stringify({ teamRoles: [{ teamSlug: 'web', role: null }] })]]);
  });
});

describe('relative guards', () => {
  it('min-owners blocks the changes that would leave fewer active owners, in email order', () => {
    const state = organization(OWNER, { 'oscar@acme.com': 'owner', 'otto@acme.com': 'owner' });
    const config = file({ 'olivia@acme.com': 'owner', 'oscar@acme.com': 'manager', 'otto@acme.com': 'manager' });
    const plan = createPlan(config, state, rules({ minOwners: 2 }));
    expect(plan.changes.map((change) => change.email)).toEqual(['oscar@acme.com']);
    expect(plan.blocked.map((b) => [b.change.email, describeReasons(b.reasons)])).toEqual([
      ['otto@acme.com', ['min-owners is 2: this change would leave 1 active owner']],
    ]);
    expect(createPlan(config, state, rules({ minOwners: 1 })).changes).toHaveLength(2);
  });

  it('a percentage of max-removals is of the current members and invitations', () => {
    const state = organization(
      OWNER,
      Object.fromEntries(Array.from({ length: 19 }, (_, i) => [`u${i}@acme.com`, 'member' as OrgRole])),
    );
    const plan = createPlan(file({ 'olivia@acme.com': 'owner' }, { unlisted: 'remove' }), state, rules());
    expect(guardRefusal(plan, { maxChanges: 0, maxRemovals: { percent: 10 } }, state.members.length)).toEqual({
      guard: 'max-removals',
      count: 19,
      limit: 2,
      percent: { percent: 10, of: 20 },
    });
    expect(guardRefusal(plan, { maxChanges: 0, maxRemovals: { percent: 100 } }, state.members.length)).toBeUndefined();
  });
});

describe('several files', () => {
  async function config(texts: Record<string, string>) {
    const parts = [];
    for (const [name, text] of Object.entries(texts)) parts.push(await parseConfigPart(text, name));
    const merged = mergeParts(parts, 'sentry', true);
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    return merged.config;
  }
  const org = [
    'organization: acme',
    'missing: invite',
    'unlisted: ignore',
    'members:',
    '  olivia@acme.com: owner',
    '  ann@acme.com: {role: member, teams: [web]}',
    '  new@acme.com: member',
    '  old@acme.com: manager',
    '  zed@acme.com:',
    '    role: member',
    '    until: 2026-11-01',
    '  bob@acme.com: member',
    '  dave@acme.com: manager',
    '  twin@acme.com: member',
    '',
  ].join('\n');

  it("every change points at what causes it: an entry, or the member's line in a team section in its own file", async () => {
    const merged = await config({
      'sentry/org.yml': org,
      'sentry/teams/sre.yml': 'teams:\n  sre:\n    admins: [bob@acme.com, dave@acme.com]\n',
      'sentry/teams/scim.yml': 'teams:\n  scim:\n    members:\n      - ann@acme.com\n',
    });
    const state = organization(
      OWNER,
      {
        'ann@acme.com': ['member', { teams: { backend: null } }],
        'old@acme.com': ['member', { pending: true, expired: true }],
        'zed@acme.com': 'member',
        'bob@acme.com': 'member',
        'dave@acme.com': 'member',
        'mallory@acme.com': ['member', { teams: { sre: null } }],
        'twin@acme.com': 'member',
        'TWIN@acme.com': 'member',
      },
      { teams: { web: {}, scim: { idp: true } } },
    );
    const plan = createPlan(merged, state, rules({ now: NOW }));
    const where = (change: Plan['changes'][number] | Plan['blocked'][number]['change']) => [
      change.kind,
      change.email,
      'file' in change ? change.file : undefined,
      'line' in change ? change.line : undefined,
      change.kind === 'update' ? change.teams.map((team) => [team.kind, team.team, team.at]) : [],
    ];
    const byEmail = (a: unknown[], b: unknown[]) => String(a[1]).localeCompare(String(b[1]));
    expect(plan.changes.map(where).sort(byEmail)).toEqual([
      // Bob is on sre because its section says so: his line there, in sre's file.
      ['update', 'bob@acme.com', 'sentry/teams/sre.yml', 3, [['join', 'sre', undefined]]],
      // Dave's org role is his entry's; joining sre is the section's doing, in another file.
      ['update', 'dave@acme.com', 'sentry/org.yml', 13, [['join', 'sre', { file: 'sentry/teams/sre.yml', line: 3 }]]],
      // Mallory is not in the file: she leaves sre because its section manages it as a whole.
      ['update', 'mallory@acme.com', 'sentry/teams/sre.yml', 2, [['leave', 'sre', undefined]]],
      ['invite', 'new@acme.com', 'sentry/org.yml', 7, []],
      ['update', 'old@acme.com', 'sentry/org.yml', 8, []],
      ['remove', 'zed@acme.com', 'sentry/org.yml', 9, []],
    ]);
    // Ann's join of scim (an IdP team) is blocked: it comes from scim's file, so that is where it points.
    expect(plan.blocked.map(({ change }) => where(change)).sort(byEmail)).toEqual([
      [
        'update',
        'ann@acme.com',
        'sentry/org.yml',
        6,
        [
          ['join', 'web', undefined],
          ['join', 'scim', { file: 'sentry/teams/scim.yml', line: 4 }],
          ['leave', 'backend', undefined],
        ],
      ],
      ['conflict', 'twin@acme.com', 'sentry/org.yml', 14, []],
    ]);
  });

  it('warnings come in file order, then line order, each with its file', async () => {
    const merged = await config({
      'sentry/org.yml': `${org.replace('  bob@acme.com: member', '  bob@acme.com: {role: member, teams: {web: admin}}')}  grace@acme.com:\n    role: member\n    grants:\n      - role: manager\n        until: 2026-12-02\n`,
      'sentry/teams/sre.yml': 'teams:\n  sre:\n    members: [ann@acme.com]\n    admins: [dave@acme.com]\n',
    });
    const state = organization(
      OWNER,
      { 'bob@acme.com': 'member', 'dave@acme.com': 'manager' },
      { teamRoles: false, teams: { web: {}, sre: {} } },
    );
    const plan = createPlan(merged, state, rules({ now: NOW }));
    expect(plan.warnings.map((warning) => [warning.file, warning.line, warning.message.slice(0, 40)])).toEqual([
      ['sentry/org.yml', 12, 'this organization has no team roles: adm'],
      ['sentry/org.yml', 18, 'the grant of org role manager to grace@a'],
      ['sentry/teams/sre.yml', 4, 'this organization has no team roles: adm'],
    ]);
    // Without team roles an explicit role never becomes a change: Dave is on sre as a member, as Sentry stores it.
    expect(plan.changes.filter((change) => change.email === 'dave@acme.com')).toEqual([
      expect.objectContaining({ teams: [{ kind: 'join', team: 'sre', role: 'admin' }] }),
    ]);
  });
});
