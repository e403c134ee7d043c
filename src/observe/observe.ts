import type { Config } from '../config/model.ts';
import type { ObservedMember, ObservedTeam, OrgState, StoredTeams } from '../domain/org-state.ts';
import { isOrgRole, type OrgRole, type TeamRole } from '../domain/roles.ts';
import type { SentryClient } from '../sentry/client.ts';
import type { ListedMember, MemberDetail } from '../sentry/decode.ts';

/** How team memberships were read: every team's roster, or one GET per member whose teams matter. */
export type TeamReadStrategy = 'rosters' | 'member-gets';

/** Whose team memberships a run needs: the file's members, or everyone (export). */
export interface ObserveScope {
  /** How many members need their teams, at most: decides rosters against per-member GETs. */
  readonly expectedMembers: number;
  needsTeams(member: ListedMember): boolean;
}

/** The members of the file: their teams are needed for every write (a PUT carries the whole team list). */
export function scopeOf(config: Config): ObserveScope {
  return {
    expectedMembers: config.members.size,
    needsTeams(member) {
      const spec = config.members.get(member.email.toLowerCase());
      // A member whose teams are not managed and whose role stays needs no write, so no teams.
      return spec !== undefined && (spec.teams !== undefined || spec.role !== member.orgRole);
    },
  };
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
 * in advance from `memberCount`), plus one GET per listed pending invite (rosters omit invites).
 * Independent reads run concurrently. Any failure rejects: nothing may be written after it.
 */
export async function observe(client: SentryClient, organization: string, scope: ObserveScope): Promise<Observation> {
  const teamsRead = client.listTeams(organization);
  const meRead = client.getMember(organization, 'me');
  const strategyRead = teamsRead.then((teams): TeamReadStrategy => {
    const rosterCost = teams.reduce((sum, team) => sum + Math.max(1, Math.ceil(team.memberCount / PAGE)), 0);
    // Per-member GETs cost one request per member whose teams are needed.
    return scope.expectedMembers < rosterCost ? 'member-gets' : 'rosters';
  });
  // Member GETs start as each page of the members list arrives, not after the last one.
  const detailReads: Promise<MemberDetail | undefined>[] = [];
  const membersRead = client.listMembers(organization, (page) => {
    for (const member of page) {
      if (!scope.needsTeams(member)) continue;
      // Rosters omit pending invites: those are read one by one, as every member is with member GETs.
      const read = strategyRead.then((strategy) =>
        strategy === 'member-gets' || member.pending ? client.getMember(organization, member.id) : undefined,
      );
      read.catch(() => {});
      detailReads.push(read);
    }
  });
  // Keep the other reads' failures from going unhandled while one of them is awaited.
  for (const read of [membersRead, teamsRead, meRead, strategyRead]) read.catch(() => {});

  const [teams, strategy] = await Promise.all([teamsRead, strategyRead]);
  const rostersRead =
    strategy === 'rosters'
      ? Promise.all(
          teams.map(async (team) => ({ slug: team.slug, entries: await client.listTeamMembers(organization, team.slug) })),
        )
      : undefined;
  rostersRead?.catch(() => {});

  const listed = await membersRead;
  const [me, rosters, fetched] = await Promise.all([meRead, rostersRead, Promise.all(detailReads)]);
  const details = fetched.filter((detail): detail is MemberDetail => detail !== undefined);

  const teamsById = new Map<string, Map<string, TeamRole | null>>();
  if (rosters) {
    for (const member of listed) if (!member.pending) teamsById.set(member.id, new Map());
    // Roster order is by team slug (the teams list order); a member's teams follow it.
    for (const { slug, entries } of rosters) {
      for (const entry of entries) teamsById.get(entry.id)?.set(slug, entry.teamRole);
    }
  }
  for (const detail of details) teamsById.set(detail.id, new Map(detail.teams));

  const members: ObservedMember[] = listed.map((member) => {
    const memberTeams: StoredTeams | undefined = teamsById.get(member.id);
    return { ...member, teams: memberTeams };
  });
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
    },
  };
}
