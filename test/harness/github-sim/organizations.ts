/**
 * GitHub organizations as the team endpoints show them: teams (nested through `parent`), their
 * members with a role (maintainer or member) and a state (active, or pending while the person has
 * not accepted the organization's invitation), the organization's owners, and its SAML identities
 * when it uses SAML single sign-on.
 */
export type TeamRole = 'member' | 'maintainer';

export interface SimTeamMember {
  login: string;
  role: TeamRole;
  state: 'active' | 'pending';
}

export interface SimTeam {
  readonly id: number;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'closed' | 'secret';
  /** The parent team's slug. */
  parent: string | undefined;
  /** Direct members, in the order they joined. */
  members: SimTeamMember[];
}

export interface SimSamlIdentity {
  /** Unset: an identity nobody has claimed yet (GraphQL `user: null`). */
  login?: string;
  nameId: string;
}

export interface SimOrganization {
  readonly id: number;
  login: string;
  /** Logins of the organization's owners (the membership endpoint calls them maintainers of every team they are on). */
  owners: string[];
  /** Its SAML identities when the organization uses SAML single sign-on; undefined when it does not. */
  saml: SimSamlIdentity[] | undefined;
  /**
   * GitHub's newer team member listing: every listed member carries `role` and `inherited`
   * ("only when the feature is enabled for the organization", says GitHub's API description).
   */
  listsRoles: boolean;
  teams: SimTeam[];
}

export interface TeamSetup {
  readonly name?: string;
  readonly parent?: string;
  readonly privacy?: 'closed' | 'secret';
  readonly maintainers?: readonly string[];
  readonly members?: readonly string[];
  /** Invited to the organization and the team, not accepted yet: not listed, membership `pending`. */
  readonly pending?: readonly string[];
}

export interface OrganizationSetup {
  readonly owners?: readonly string[];
  readonly saml?: readonly SimSamlIdentity[];
  readonly listsRoles?: boolean;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class SimOrganizations {
  readonly all: SimOrganization[] = [];
  #nextId = 1;

  add(login: string, setup: OrganizationSetup = {}): SimOrganization {
    const organization: SimOrganization = {
      id: 9000 + this.#nextId++,
      login,
      owners: [...(setup.owners ?? [])],
      saml: setup.saml ? [...setup.saml] : undefined,
      listsRoles: setup.listsRoles ?? false,
      teams: [],
    };
    this.all.push(organization);
    return organization;
  }

  /** Organization logins are not case sensitive. */
  find(login: string): SimOrganization | undefined {
    return this.all.find((organization) => same(organization.login, login));
  }

  addTeam(org: string, slug: string, setup: TeamSetup = {}): SimTeam {
    const organization = this.find(org) ?? this.add(org);
    const team: SimTeam = {
      id: 100 + this.#nextId++,
      slug,
      name: setup.name ?? slug,
      description: null,
      privacy: setup.privacy ?? 'closed',
      parent: setup.parent,
      members: [
        ...(setup.maintainers ?? []).map((login) => ({ login, role: 'maintainer' as const, state: 'active' as const })),
        ...(setup.members ?? []).map((login) => ({ login, role: 'member' as const, state: 'active' as const })),
        ...(setup.pending ?? []).map((login) => ({ login, role: 'member' as const, state: 'pending' as const })),
      ],
    };
    organization.teams.push(team);
    return team;
  }
}

export function findTeam(organization: SimOrganization, slug: string): SimTeam | undefined {
  return organization.teams.find((team) => same(team.slug, slug));
}

export function childTeams(organization: SimOrganization, team: SimTeam): SimTeam[] {
  return organization.teams.filter((other) => other.parent !== undefined && same(other.parent, team.slug));
}

export interface ListedMember {
  readonly login: string;
  readonly role: TeamRole;
  /** On the team only through a child team. */
  readonly inherited: boolean;
}

/**
 * The team's active members as GitHub lists them: its own members first, then those of its child
 * teams (at any depth) who are not already listed, each once. A member through a child team is a
 * `member` of this team whatever their role there: a child team's maintainers do not maintain the
 * parent (GitHub does not say otherwise).
 */
export function listedMembers(organization: SimOrganization, team: SimTeam): ListedMember[] {
  const listed = new Map<string, ListedMember>();
  for (const member of team.members)
    if (member.state === 'active')
      listed.set(member.login.toLowerCase(), { login: member.login, role: member.role, inherited: false });
  const seen = new Set<SimTeam>([team]);
  const queue = childTeams(organization, team);
  while (queue.length > 0) {
    const child = queue.shift() as SimTeam;
    if (seen.has(child)) continue;
    seen.add(child);
    for (const member of child.members)
      if (member.state === 'active' && !listed.has(member.login.toLowerCase()))
        listed.set(member.login.toLowerCase(), { login: member.login, role: 'member', inherited: true });
    queue.push(...childTeams(organization, child));
  }
  return [...listed.values()];
}

/**
 * A person's membership of a team (GET .../memberships/{username}): direct, or through a child
 * team (active); `pending` while they have not accepted; organization owners are `maintainer`,
 * as GitHub's API description says. Undefined: not a member (404).
 */
export function membershipOf(
  organization: SimOrganization,
  team: SimTeam,
  login: string,
): { role: TeamRole; state: 'active' | 'pending' } | undefined {
  const owner = organization.owners.some((o) => same(o, login));
  const direct = team.members.find((member) => same(member.login, login));
  if (direct) return { role: owner ? 'maintainer' : direct.role, state: direct.state };
  const inherited = listedMembers(organization, team).find((member) => same(member.login, login));
  return inherited ? { role: owner ? 'maintainer' : 'member', state: 'active' } : undefined;
}
