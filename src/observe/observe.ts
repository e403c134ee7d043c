import type { Config } from '../config/model.ts';
import type { ObservedMember, ObservedTeam, OrgState, StoredTeams } from '../domain/org-state.ts';
import { isOrgRole, type OrgRole, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import type { SentryClient } from '../sentry/client.ts';
import { isUnfit, type ListedMember, type MemberDetail, type RosterEntry } from '../sentry/decode.ts';

/** How team memberships were read: every team's roster, or one GET per member whose teams matter. */
export type TeamReadStrategy = 'rosters' | 'member-gets';

/** Whose team memberships a run needs: the file's members, or everyone (export). */
export interface ObserveScope {
  /** How many members need their teams, at most: decides rosters against per-member GETs. */
  readonly expectedMembers: number;
  needsTeams(member: ListedMember): boolean;
  /**
   * Whether, given the whole member list, the pending invitations of Sentry's newer invitation
   * model must be read too (they are not in the member list): when someone the file lists is not
   * in it, so that nobody is invited twice. Absent: never.
   */
  needsInvitations?(members: readonly ListedMember[]): boolean;
  /**
   * The file's own string for an email, when the file lists it spelled exactly so: a member
   * keeps it instead of Sentry's copy (50,000 emails held once, not twice). Absent: none.
   */
  sameEmail?(email: string): string | undefined;
}

/**
 * The members of the file: their teams are needed for every write (a PUT carries the whole team
 * list). With team sections, everyone's teams are needed (a member the file does not list may be
 * on a team that has a section), so the rosters are read.
 */
export function scopeOf(config: Config): ObserveScope {
  const sameEmail = (email: string) => config.members.get(email)?.email;
  if (config.teams.size > 0)
    return { ...EVERYONE, needsInvitations: (members) => listsSomeoneMissing(config, members), sameEmail };
  return {
    sameEmail,
    expectedMembers: config.members.size,
    needsTeams(member) {
      const spec = config.members.get(member.email.toLowerCase());
      // A member whose teams are not managed, whose role stays and who has no grant or end needs no write, so no teams.
      return (
        spec !== undefined &&
        (spec.teams !== undefined || spec.role !== member.orgRole || spec.grants.length > 0 || spec.until !== undefined)
      );
    },
    needsInvitations: (members) => listsSomeoneMissing(config, members),
  };
}

/**
 * Whether the file lists an email that no member of the list has (one request more: observe). A
 * file that follows GitHub teams may: who is on them is read at the same time as Sentry.
 */
export function listsSomeoneMissing(config: Config, members: readonly ListedMember[]): boolean {
  for (const section of config.teams.values()) if (section.github) return true;
  if (config.members.size > members.length) return true;
  const emails = new Set(members.map((member) => member.email.toLowerCase()));
  for (const email of config.members.keys()) if (!emails.has(email)) return true;
  return false;
}

/** Every member and invite, with teams (export). */
export const EVERYONE: ObserveScope = { expectedMembers: Number.POSITIVE_INFINITY, needsTeams: () => true };

export interface Observation {
  readonly state: OrgState;
  readonly strategy: TeamReadStrategy;
}

const PAGE = 100;

/**
 * Reads the whole current state in the fewest requests: members list, teams list, `members/me/`,
 * then team memberships from rosters or per-member GETs (whichever costs fewer requests, known
 * in advance from `memberCount`). Rosters include pending invitations, so they need no read of
 * their own. Independent reads run concurrently. Any failure rejects: nothing may be written
 * after it. Sentry pages with offsets, so a change during the read can shift a page: rows seen
 * twice are kept once, and a roster whose length disagrees with its team's `memberCount` is read
 * again (every write starts from a fresh read of its member anyway: docs/behaviour.md). A member
 * record that does not fit (no email, ...) is kept apart, with its id: it needs no teams.
 */
export async function observe(client: SentryClient, organization: string, scope: ObserveScope): Promise<Observation> {
  const teamsRead = client.listTeams(organization);
  const meRead = client.getMember(organization, 'me');
  const strategyRead = teamsRead.then((teams): TeamReadStrategy => {
    const rosterCost = teams.reduce((sum, team) => sum + Math.max(1, Math.ceil(team.memberCount / PAGE)), 0);
    // Per-member GETs cost one request per member whose teams are needed.
    return scope.expectedMembers < rosterCost ? 'member-gets' : 'rosters';
  });
  let chosen: TeamReadStrategy | undefined;
  strategyRead.then((strategy) => (chosen = strategy)).catch(() => {});
  // Member GETs start as each page of the members list arrives, not after the last one.
  const detailReads: Promise<MemberDetail | undefined>[] = [];
  const membersRead = client.listMembers(organization, (page) => {
    // Once rosters are chosen, no member needs a read of its own (and no promise).
    if (chosen === 'rosters') return;
    for (const member of page) {
      if (isUnfit(member) || !scope.needsTeams(member)) continue;
      const read = strategyRead.then((strategy) =>
        strategy === 'member-gets' ? client.getMember(organization, member.id) : undefined,
      );
      read.catch(() => {});
      detailReads.push(read);
    }
  });
  // Keep the other reads' failures from going unhandled while one of them is awaited.
  for (const read of [membersRead, teamsRead, meRead, strategyRead]) read.catch(() => {});

  const [teams, strategy] = await Promise.all([teamsRead, strategyRead]);
  const rosterTeams = new Map<string, Places>();
  const rostersRead = strategy === 'rosters' ? readRosters(client, organization, teams, rosterTeams) : undefined;
  rostersRead?.catch(() => {});

  const rows = uniqueById(await membersRead);
  const listed = rows.filter((row): row is ListedMember => !isUnfit(row));
  const unfit = rows.filter(isUnfit);
  const invitationsRead = scope.needsInvitations?.(listed) ? client.listModelInvitations(organization) : undefined;
  invitationsRead?.catch(() => {});
  const [me, , fetched, invitations] = await Promise.all([meRead, rostersRead, Promise.all(detailReads), invitationsRead]);
  const details = fetched.filter((detail): detail is MemberDetail => detail !== undefined);

  const detailTeams = new Map(details.map((detail) => [detail.id, detail.teams]));
  // Each record of the list is this read's own, decoded with a place for its teams: filled in
  // place, as a copy of 50,000 members would hold both at once at the run's peak of memory.
  const members: ObservedMember[] = listed;
  for (const member of listed) {
    const fromRosters = rostersRead ? teamsOfRosters(rosterTeams.get(member.id), teams) : undefined;
    const filling = member as { teams: StoredTeams | undefined; email: string };
    filling.teams = detailTeams.get(member.id) ?? fromRosters;
    filling.email = scope.sameEmail?.(member.email) ?? member.email;
  }
  const observedTeams = new Map<string, ObservedTeam>(teams.map((team) => [team.slug, team]));
  const roles = (predicate: (role: { isAllowed: boolean; isRetired: boolean }) => boolean) =>
    new Set(
      me.orgRoleList
        .filter(predicate)
        .map((role) => role.id)
        .filter(isOrgRole),
    ) as ReadonlySet<OrgRole>;
  return {
    strategy,
    state: {
      organization,
      members,
      teams: observedTeams,
      caller: {
        memberId: me.id,
        email: me.email,
        orgRole: me.orgRole,
        assignable: roles((role) => role.isAllowed),
        retired: roles((role) => role.isRetired),
      },
      teamRoles: hasTeamRoles(me.orgRoleList),
      ...(unfit.length > 0 ? { unfit } : {}),
      ...(invitations && invitations.length > 0 ? { invitations } : {}),
    },
  };
}

/**
 * Sentry retires the org role `admin` exactly on organizations with the team-roles feature, and
 * says so in every member read's role list. Without an `admin` entry (an unusual server), team
 * roles are assumed, so explicit roles are compared as stored.
 */
export function hasTeamRoles(roles: readonly { id: string; isRetired: boolean }[]): boolean {
  return roles.find((role) => role.id === 'admin')?.isRetired ?? true;
}

/** Rows in first-seen order, each id once (an offset page shifted by a concurrent change repeats a row). */
function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id) !== undefined);
}

/** Reads of one roster at most, while its length keeps disagreeing with the team's memberCount. */
const ROSTER_READS = 3;

/**
 * A team's roster, read again while its length disagrees with the team's `memberCount` and the
 * last two reads differ: a read torn by a concurrent change shows as a wrong length, and two
 * reads that agree with each other are taken as they are (the team changed since it was counted).
 */
async function readRoster(client: SentryClient, organization: string, team: ObservedTeam): Promise<RosterEntry[]> {
  let entries = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
  for (let reads = 1; entries.length !== team.memberCount && reads < ROSTER_READS; reads++) {
    const again = uniqueById(await client.listTeamMembers(organization, team.slug, team.memberCount));
    const same = again.length === entries.length && again.every((entry, index) => sameEntry(entry, entries[index]));
    entries = again;
    if (same) break;
  }
  return entries;
}

function sameEntry(a: RosterEntry, b: RosterEntry | undefined): boolean {
  return b !== undefined && a.id === b.id && a.teamRole === b.teamRole;
}

/** A team role as a number, and back: a member's place on a roster is one number. */
const ROSTER_ROLES = [null, 'contributor', 'admin'] as const satisfies readonly (TeamRole | null)[];

/**
 * Every team's roster, into each member's teams: a member's place on the team at `index` of the
 * teams list is the number `index * 3 + role`, so that one small array of numbers per member
 * holds its teams, whatever order the rosters arrive in (`teamsOfRosters` puts them back into
 * the order of the teams list, as the plan shows them). Each roster is folded in as it arrives:
 * nothing of it is held until the others are in.
 */
async function readRosters(
  client: SentryClient,
  organization: string,
  teams: readonly ObservedTeam[],
  rosterTeams: Map<string, Places>,
): Promise<void> {
  await Promise.all(
    teams.map(async (team, index) => {
      for (const entry of await readRoster(client, organization, team)) {
        const place = index * 3 + ROSTER_ROLES.indexOf(entry.teamRole);
        const places = rosterTeams.get(entry.id);
        // One team is one number; then a new array of the exact size (a member is on a few teams,
        // and an array grown by push keeps room for 16 more).
        rosterTeams.set(
          entry.id,
          places === undefined ? place : typeof places === 'number' ? [places, place] : [...places, place],
        );
      }
    }),
  );
}

/** A member's places on the rosters: one number for one team, else a list. */
type Places = number | readonly number[];

/** A member's teams from its places on the rosters, in the order of the teams list. */
function teamsOfRosters(places: Places | undefined, teams: readonly ObservedTeam[]): TeamRoles {
  // A member on no team is in no roster.
  if (places === undefined) return TeamRoles.EMPTY;
  return TeamRoles.fromPairs(
    (typeof places === 'number' ? [places] : [...places])
      .sort((a, b) => a - b)
      .flatMap((place) => [teams[Math.floor(place / 3)]?.slug ?? '', ROSTER_ROLES[place % 3] ?? null]),
  );
}
