import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORG_ROLES, type OrgRole, type TeamRole } from '../../src/domain/roles.ts';
import { type Fixture, INVITE_STATUSES } from '../../src/sim/fixture.ts';
import { type Caller, MESSAGES, type SimMember, SimOrganization } from '../../src/sim/organization.ts';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';

/**
 * The simulator keeps indexes of its members (src/sim/member-index.ts) so that a request costs
 * what it answers. Every test trusts its answers, so they must be exactly those of a scan of the
 * whole organization: random sequences of changes, through every way the simulator and the tests
 * change members, and after each the answers against the scans the simulator made before it had
 * indexes (`reference`, below).
 */

/** Fixed, so CI is repeatable; FC_SEED=<n> explores other cases. */
const SEED = Number(process.env.FC_SEED ?? 20261202);

const SLUGS = ['a', 'b', 'c', 'd', 'e'];
/** Emails that collide when lower-cased, so that "the first member with this email" has to choose. */
const EMAILS = ['olivia@x.io', 'dup@x.io', 'DUP@x.io', 'Dup@X.io', 'new@x.io', 'sec@x.io', 'Sec@x.io', 'pat@x.io'];
const USER_IDS = ['1001', '1002', '1003', '1004', '1009'];
/** The member whose token reads the answers over HTTP. */
const READER = 'reader@x.io';
const READER_TOKEN = 'sntryu_reader';

function fixture(newInviteModel: boolean): Fixture {
  return {
    organization: { slug: 'acme', teamRoles: true, newInviteModel },
    teams: SLUGS.slice(0, 4).map((slug) => ({ slug })),
    members: [
      { email: 'olivia@x.io', orgRole: 'owner', teams: { a: 'admin', b: null } }, // 1
      { email: 'mia@x.io', orgRole: 'manager', teams: { b: null } }, // 2
      { email: 'dup@x.io', orgRole: 'member', teams: { a: null, c: 'contributor' }, secondaryEmails: ['sec@x.io'] }, // 3
      { email: 'pat@x.io', orgRole: 'member', pending: true, teams: { a: null }, invitedBy: 'olivia@x.io' }, // 4
      { email: 'DUP@x.io', orgRole: 'member', pending: true, teams: { c: null }, invitedBy: 'mia@x.io' }, // 5
      { email: 'gone@x.io', orgRole: 'member', inactive: true, teams: { a: null } }, // 6
      { email: 'new@x.io', orgRole: 'member', pending: true, inviteStatus: 'requested_to_join', teams: { b: null } }, // 7
      { email: 'later@x.io', orgRole: 'member', pending: true, newInviteModel: true, invitedBy: 'olivia@x.io' }, // 8
      { email: 'oscar@x.io', orgRole: 'owner', teams: { d: null } }, // 9
      { email: READER, orgRole: 'owner' }, // 10
    ],
    tokens: [{ token: READER_TOKEN, member: READER }],
  };
}

/** The answers as the simulator computed them before it kept indexes: a scan of every member, every time. */
const reference = {
  isListed: (member: SimMember) =>
    member.inviteStatus === 'approved' && member.inviteId === null && (member.userId === null || member.userActive),
  memberList: (org: SimOrganization) => [...org.members.values()].filter(reference.isListed),
  roster(org: SimOrganization, slug: string) {
    const onTeam = reference.memberList(org).filter((member) => member.teams.has(slug));
    const invites = onTeam.filter((member) => member.userId === null).sort((a, b) => compare(a.email, b.email));
    return [...invites, ...onTeam.filter((member) => member.userId !== null)];
  },
  /** The teams list's `memberCount`s, as the server counted them. */
  teamCounts(org: SimOrganization) {
    const counts = new Map<string, number>();
    for (const member of reference.memberList(org))
      for (const slug of member.teams.keys()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    return counts;
  },
  findByEmail: (org: SimOrganization, email: string) =>
    [...org.members.values()].find((member) => member.email.toLowerCase() === email.toLowerCase()),
  findByUserId: (org: SimOrganization, userId: string) =>
    [...org.members.values()].find((other) => other.userId !== null && other.userId === userId),
  matchesEmail: (member: SimMember, email: string) =>
    member.email.toLowerCase() === email.toLowerCase() ||
    (member.userId !== null && member.secondaryEmails.some((other) => other.toLowerCase() === email.toLowerCase())),
  /** The members list filtered by `email:` values. */
  withEmail: (org: SimOrganization, emails: readonly string[]) =>
    reference.memberList(org).filter((member) => emails.some((email) => reference.matchesEmail(member, email))),
  owners: (org: SimOrganization) => reference.memberList(org).filter((member) => member.orgRole === 'owner' && !member.pending),
  newModelInvitations(org: SimOrganization) {
    const status = (member: SimMember) => INVITE_STATUSES.indexOf(member.inviteStatus);
    return [...org.members.values()]
      .filter((member) => member.inviteId !== null)
      .sort((a, b) => status(a) - status(b) || compare(a.email, b.email));
  },
  /** The approved member or invitation an invitation of this email collides with. */
  approvedHolderOf: (org: SimOrganization, email: string) =>
    [...org.members.values()].find(
      (member) => member.inviteStatus === 'approved' && member.inviteId === null && reference.matchesEmail(member, email),
    ),
  /** Is `target` the only listed owner or manager that is not pending? */
  isOnlyOwnerOrManager(org: SimOrganization, target: SimMember) {
    const writes = (member: SimMember) => !member.pending && (member.orgRole === 'owner' || member.orgRole === 'manager');
    return writes(target) && !reference.memberList(org).some((member) => member.id !== target.id && writes(member));
  },
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A member as an answer shows it: its id, and whether it is the object the organization holds under that id. */
function shown(org: SimOrganization, member: SimMember | undefined): string {
  if (member === undefined) return '(none)';
  return org.members.get(member.id) === member ? member.id : `${member.id} (not the organization's)`;
}
const shownAll = (org: SimOrganization, members: readonly SimMember[]) => members.map((member) => shown(org, member));

/** Every answer an index gives, against the reference's scan. */
function expectReferenceAnswers(org: SimOrganization): void {
  expect(shownAll(org, org.memberList())).toEqual(shownAll(org, reference.memberList(org)));
  const counts = reference.teamCounts(org);
  for (const slug of SLUGS) {
    expect(shownAll(org, org.roster(slug)), `roster of ${slug}`).toEqual(shownAll(org, reference.roster(org, slug)));
    expect(org.teamMemberCount(slug), `member count of ${slug}`).toBe(reference.roster(org, slug).length);
    expect(org.teamMemberCount(slug), `teams list count of ${slug}`).toBe(counts.get(slug) ?? 0);
  }
  for (const email of EMAILS) {
    expect(shown(org, org.findByEmail(email)), `findByEmail ${email}`).toBe(shown(org, reference.findByEmail(org, email)));
    expect(shownAll(org, org.listedWithEmail([email])), `email:${email}`).toEqual(
      shownAll(org, reference.withEmail(org, [email])),
    );
  }
  expect(shownAll(org, org.listedWithEmail(['sec@x.io', 'DUP@x.io']))).toEqual(
    shownAll(org, reference.withEmail(org, ['sec@x.io', 'DUP@x.io'])),
  );
  for (const userId of USER_IDS)
    expect(shown(org, org.findByUserId(userId)), `findByUserId ${userId}`).toBe(shown(org, reference.findByUserId(org, userId)));
  expect(shownAll(org, org.owners())).toEqual(shownAll(org, reference.owners(org)));
  expect(shownAll(org, org.newModelInvitations())).toEqual(shownAll(org, reference.newModelInvitations(org)));
}

/** The ids of every item of a paginated list, following its next links. */
async function pagedIds(sim: SimulatedSentry, path: string): Promise<string[]> {
  const found: string[] = [];
  let next: string | undefined = `${sim.url}${path}`;
  while (next) {
    const response = await fetch(next, { headers: { Authorization: `Bearer ${READER_TOKEN}` } });
    expect(response.status, next).toBe(200);
    found.push(...((await response.json()) as { id: string }[]).map((item) => item.id));
    next = /<([^>]+)>; rel="next"; results="true"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return found;
}

/** What the server answers, page by page, against the reference's scan. */
async function expectReferencePages(sim: SimulatedSentry, perPage: number): Promise<void> {
  const { org } = sim;
  const ids = (members: readonly SimMember[]) => members.map((member) => member.id);
  expect(await pagedIds(sim, `/api/0/organizations/acme/members/?per_page=${perPage}`)).toEqual(ids(reference.memberList(org)));
  for (const email of ['DUP@x.io', 'sec@x.io'])
    expect(await pagedIds(sim, `/api/0/organizations/acme/members/?query=${encodeURIComponent(`email:${email}`)}`)).toEqual(
      ids(reference.withEmail(org, [email])),
    );
  const teams = await fetch(`${sim.url}/api/0/organizations/acme/teams/`, {
    headers: { Authorization: `Bearer ${READER_TOKEN}` },
  });
  const counts = reference.teamCounts(org);
  for (const team of (await teams.json()) as { slug: string; memberCount: number }[])
    expect(team.memberCount, `memberCount of ${team.slug}`).toBe(counts.get(team.slug) ?? 0);
  for (const slug of org.teams.keys())
    expect(await pagedIds(sim, `/api/0/teams/acme/${slug}/members/?per_page=${perPage}`), `roster of ${slug}`).toEqual(
      ids(reference.roster(org, slug)),
    );
}

type Change =
  | { kind: 'email'; who: number; value: string }
  | { kind: 'userId'; who: number; value: string | null }
  | { kind: 'orgRole'; who: number; value: OrgRole }
  | { kind: 'pending'; who: number; value: boolean }
  | { kind: 'inviteStatus'; who: number; value: (typeof INVITE_STATUSES)[number] }
  | { kind: 'userActive'; who: number; value: boolean }
  | { kind: 'inviteId'; who: number; value: string | null }
  | { kind: 'inviterUserId'; who: number; value: string | null }
  | { kind: 'secondaryEmails'; who: number; value: string[] }
  | { kind: 'unindexed'; who: number }
  | { kind: 'joinTeam'; who: number; slug: string; role: TeamRole | null }
  | { kind: 'leaveTeam'; who: number; slug: string }
  | { kind: 'clearTeams'; who: number }
  | { kind: 'delete'; who: number }
  | { kind: 'putBack'; who: number }
  | { kind: 'moveToEnd'; who: number }
  | { kind: 'replace'; who: number; by: number }
  | { kind: 'addTeam'; slug: string }
  | { kind: 'deleteTeam'; slug: string }
  | { kind: 'invite'; email: string; orgRole: OrgRole; teams: string[] }
  | { kind: 'remove'; who: number }
  | { kind: 'update'; who: number; orgRole?: OrgRole; teams?: string[] };

const who = fc.nat({ max: 15 });
const teamRole = fc.constantFrom<TeamRole | null>(null, 'contributor', 'admin');
const slug = fc.constantFrom(...SLUGS);
const email = fc.constantFrom(...EMAILS);
const orgRole = fc.constantFrom<OrgRole>(...ORG_ROLES);
const userId = fc.option(fc.constantFrom(...USER_IDS), { nil: null });

/** Changes as the simulator's requests, the fixture and the tests make them (in place, through the maps). */
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('email' as const), who, value: email }),
  fc.record({ kind: fc.constant('userId' as const), who, value: userId }),
  fc.record({ kind: fc.constant('orgRole' as const), who, value: orgRole }),
  fc.record({ kind: fc.constant('pending' as const), who, value: fc.boolean() }),
  fc.record({ kind: fc.constant('inviteStatus' as const), who, value: fc.constantFrom(...INVITE_STATUSES) }),
  fc.record({ kind: fc.constant('userActive' as const), who, value: fc.boolean() }),
  fc.record({ kind: fc.constant('inviteId' as const), who, value: fc.option(fc.constantFrom('1', '2', '7'), { nil: null }) }),
  fc.record({ kind: fc.constant('inviterUserId' as const), who, value: userId }),
  fc.record({ kind: fc.constant('secondaryEmails' as const), who, value: fc.subarray(EMAILS, { maxLength: 2 }) }),
  fc.record({ kind: fc.constant('unindexed' as const), who }),
  fc.record({ kind: fc.constant('joinTeam' as const), who, slug, role: teamRole }),
  fc.record({ kind: fc.constant('leaveTeam' as const), who, slug }),
  fc.record({ kind: fc.constant('clearTeams' as const), who }),
  fc.record({ kind: fc.constant('delete' as const), who }),
  fc.record({ kind: fc.constant('putBack' as const), who }),
  fc.record({ kind: fc.constant('moveToEnd' as const), who }),
  fc.record({ kind: fc.constant('replace' as const), who, by: who }),
  fc.record({ kind: fc.constant('addTeam' as const), slug }),
  fc.record({ kind: fc.constant('deleteTeam' as const), slug }),
  fc.record({
    kind: fc.constant('invite' as const),
    email,
    orgRole: fc.constantFrom<OrgRole>('member', 'manager', 'owner'),
    teams: fc.subarray(SLUGS.slice(0, 4), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('remove' as const), who }),
  fc.record(
    { kind: fc.constant('update' as const), who, orgRole, teams: fc.subarray(SLUGS.slice(0, 4), { maxLength: 3 }) },
    { requiredKeys: ['kind', 'who'] },
  ),
);

/**
 * Applies a change. `everyone` is every member the organization ever made, in it or not (a change
 * to a member it no longer holds must change no answer). The requests (invite, remove, update)
 * are checked against the reference where they read an index themselves.
 */
function applyChange(org: SimOrganization, everyone: SimMember[], step: Change): void {
  const target = 'who' in step ? everyone[step.who % everyone.length] : undefined;
  const owner = org.members.get('1');
  const caller: Caller = { kind: 'member', member: owner ?? (everyone[0] as SimMember) };
  switch (step.kind) {
    case 'email':
    case 'userId':
    case 'orgRole':
    case 'pending':
    case 'inviteStatus':
    case 'userActive':
    case 'inviteId':
    case 'inviterUserId':
    case 'secondaryEmails':
      (target as unknown as Record<string, unknown>)[step.kind] = step.value;
      return;
    case 'unindexed':
      if (target) {
        target.name = `${target.name}!`;
        target.lastActive = 0;
        target.flags['sso:linked'] = !target.flags['sso:linked'];
      }
      return;
    case 'joinTeam':
      target?.teams.set(step.slug, step.role);
      return;
    case 'leaveTeam':
      target?.teams.delete(step.slug);
      return;
    case 'clearTeams':
      target?.teams.clear();
      return;
    case 'delete':
      if (target) org.members.delete(target.id);
      return;
    case 'putBack':
      if (target && !org.members.has(target.id)) org.members.set(target.id, target);
      return;
    case 'moveToEnd':
      // Deleted and put back before anything reads: it is now last in the map's order.
      if (target && org.members.get(target.id) === target) {
        org.members.delete(target.id);
        org.members.set(target.id, target);
      }
      return;
    case 'replace': {
      // A member made by this organization under another member's id: refused, and nothing changes.
      const by = everyone[step.by % everyone.length];
      if (target && by && by !== target) expect(() => org.members.set(target.id, by)).toThrow(/keyed by their id/);
      return;
    }
    case 'addTeam':
      org.teams.set(step.slug, {
        id: String(SLUGS.indexOf(step.slug) + 1),
        slug: step.slug,
        name: step.slug,
        idpProvisioned: false,
        dateCreated: '',
      });
      return;
    case 'deleteTeam':
      org.teams.delete(step.slug);
      return;
    case 'invite': {
      const holder = reference.approvedHolderOf(org, step.email);
      const givingWay = [...org.members.values()].filter(
        (member) =>
          member.inviteStatus !== 'approved' &&
          member.inviteId === null &&
          member.email.toLowerCase() === step.email.toLowerCase(),
      );
      const before = new Set(org.members.keys());
      const reply = org.invite(caller, { email: step.email, orgRole: step.orgRole, teams: step.teams });
      if ('member' in reply) {
        expect(holder, 'invited over an approved member').toBeUndefined();
        everyone.push(reply.member);
        for (const member of givingWay) before.delete(member.id);
        expect([...org.members.keys()]).toEqual([...before, reply.member.id]);
      } else if (holder && reply.status === 400) {
        const said = (reply.body as { email?: string[] }).email;
        if (said) expect(said[0]).toMatch(holder.userId === null ? /already been invited/ : /already a member/);
      } else if (reply.status === 400) {
        expect((reply.body as { email?: unknown }).email).toBeUndefined();
      }
      return;
    }
    case 'remove': {
      if (!target || org.members.get(target.id) !== target || target.inviteStatus !== 'approved' || target.inviteId !== null)
        return;
      const only = reference.isOnlyOwnerOrManager(org, target);
      const kept = [...org.members.values()].filter(
        (member) =>
          member !== target &&
          !(
            target.userId !== null &&
            member.inviteId === null &&
            member.inviterUserId === target.userId &&
            (member.pending || member.inviteStatus === 'requested_to_be_invited')
          ),
      );
      const reply = org.removeMember(caller, target);
      const detail = (reply.body as { detail?: string } | undefined)?.detail;
      if (detail === MESSAGES.onlyOwnerOrManager) expect(only).toBe(true);
      if (detail === MESSAGES.idpRemove || detail === MESSAGES.partnership) expect(only).toBe(false);
      if (reply.status === 204 && caller.member !== target) {
        expect(only).toBe(false);
        expect(shownAll(org, [...org.members.values()])).toEqual(shownAll(org, kept));
      }
      return;
    }
    case 'update': {
      if (!target || org.members.get(target.id) !== target) return;
      const body = {
        ...(step.orgRole ? { orgRole: step.orgRole } : {}),
        ...(step.teams ? { teamRoles: step.teams.map((teamSlug) => ({ teamSlug, role: null })) } : {}),
      };
      const lastOwner = target.orgRole === 'owner' && !target.pending && reference.owners(org).length === 1;
      const reply = org.updateMember(caller, target, body);
      if (reply.status === 400 && Array.isArray(reply.body)) expect(lastOwner).toBe(true);
      return;
    }
  }
}

describe('the simulator’s indexes answer as a scan of the whole organization does', () => {
  it('after every change to members, teams and the maps, in memory', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(change, { maxLength: 40 }), (newInviteModel, changes) => {
        const org = new SimOrganization(fixture(newInviteModel));
        const everyone = [...org.members.values()];
        expectReferenceAnswers(org);
        for (const step of changes) {
          applyChange(org, everyone, step);
          expectReferenceAnswers(org);
        }
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('over HTTP, after every change: the members list page by page, email searches, the teams list, rosters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), async (changes, perPage) => {
        const sim = await startSimulatedSentry(fixture(true), { rateLimit: false, invitationBudget: false });
        try {
          // The reader's token reads every answer; no change touches the reader.
          const everyone = [...sim.org.members.values()].filter((member) => member.email !== READER);
          for (const step of [undefined, ...changes]) {
            if (step) applyChange(sim.org, everyone, step);
            await expectReferencePages(sim, perPage);
          }
        } finally {
          await sim.close();
        }
      }),
      { numRuns: 25, seed: SEED },
    );
  });
});
