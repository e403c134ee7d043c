import type { Config, Grant, MemberSpec, TeamSpec } from '../config/model.ts';
import { type OrgRole, orgRoleRank, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';

/**
 * What the file asks of each member at one instant (docs/behaviour.md, section 1): the entry's
 * org role raised by the grants that hold; its teams, the teams of the sections that list it and
 * of the grants that hold; and, for a member whose entry does not manage its teams, the pairs
 * that are managed anyway (teams with a section are managed as a whole, teams of a grant are
 * on while it holds and off after).
 */

/**
 * The managed (member, team) pairs of a member whose entry does not manage its teams: the teams
 * the member must be on, and which other teams are managed (the member must be off them). Kept
 * as a rule, not a list: every team with a section is managed, and listing them per member would
 * cost members x sections.
 */
export interface Pairs {
  /** Teams the member must be on, with the wanted role (null: no explicit role). */
  readonly on: ReadonlyMap<string, TeamRole | null>;
  /** Whether a team not in `on` is managed: the member must not be on it. */
  readonly off: (team: string) => boolean;
}

export interface Desired {
  /** The entry, with the org role and (fully managed) teams that hold now. */
  readonly spec: MemberSpec;
  /** Managed pairs of a member whose entry does not manage its teams; undefined when there are none. */
  readonly pairs?: Pairs;
  /** The entry has ended (its `until` has passed): the member is removed. */
  readonly ended?: string;
  /** Grants that hold now. */
  readonly active: readonly Grant[];
  /** Grants that have ended. */
  readonly past: readonly Grant[];
}

/** The higher of two team roles (none < contributor < admin). */
function higher(a: TeamRole | null | undefined, b: TeamRole | null): TeamRole | null {
  const rank = (role: TeamRole | null | undefined) => (role === 'admin' ? 2 : role === 'contributor' ? 1 : 0);
  return rank(b) > rank(a) ? b : (a ?? null);
}

const indexed = new WeakMap<Config, ReadonlyMap<string, ReadonlyMap<string, TeamRole | null>>>();

/** For each email, the sections that list it: slug -> role. Built once per config (an apply re-plans member by member). */
export function sectionsByEmail(config: Config): ReadonlyMap<string, ReadonlyMap<string, TeamRole | null>> {
  const known = indexed.get(config);
  if (known) return known;
  const byEmail = TeamRoles.index((visit) => {
    for (const section of config.teams.values()) for (const [email, role] of section.people) visit(email, section.slug, role);
  });
  indexed.set(config, byEmail);
  return byEmail;
}

export function desiredMember(
  spec: MemberSpec,
  config: Config,
  sections: ReadonlyMap<string, ReadonlyMap<string, TeamRole | null>>,
  now: number,
): Desired {
  const active = spec.grants.filter((grant) => now < grant.until.end);
  const past = spec.grants.filter((grant) => now >= grant.until.end);
  let role: OrgRole = spec.role;
  for (const grant of active) if (grant.role && orgRoleRank(grant.role) > orgRoleRank(role)) role = grant.role;
  const onSections = sections.get(spec.email);
  const ended = spec.until && now >= spec.until.end ? spec.until.text : undefined;
  // The teams the member is on (explicit role, or null), from the entry, its sections and the grants that hold.
  const declared = new Map<string, TeamRole | null>(spec.teams ?? []);
  for (const [team, teamRole] of onSections ?? []) declared.set(team, higher(declared.get(team), teamRole));
  for (const grant of active)
    for (const [team, teamRole] of grant.teams ?? []) declared.set(team, higher(declared.get(team), teamRole));
  const base = { active, past, ...(ended ? { ended } : {}) };
  if (spec.teams !== undefined) {
    // The entry manages the member's teams: exactly the declared ones.
    const teams: TeamSpec =
      declared.size === spec.teams.size && !onSections && active.length === 0 ? spec.teams : TeamRoles.from(declared);
    return { ...base, spec: role === spec.role && teams === spec.teams ? spec : { ...spec, role, teams } };
  }
  // The entry does not manage them: only the pairs of sections and grants are managed.
  const endedTeams = past.length === 0 ? undefined : new Set(past.flatMap((grant) => [...(grant.teams?.keys() ?? [])]));
  if (declared.size === 0 && !endedTeams?.size && config.teams.size === 0)
    return { ...base, spec: role === spec.role ? spec : { ...spec, role } };
  const pairs: Pairs = {
    on: declared,
    off: endedTeams?.size ? (team) => config.teams.has(team) || endedTeams.has(team) : (team) => config.teams.has(team),
  };
  return { ...base, spec: role === spec.role ? spec : { ...spec, role }, pairs };
}

/** The pairs of a member the file does not list: off every team that has a section. */
export function unlistedPairs(config: Config): Pairs | undefined {
  if (config.teams.size === 0) return undefined;
  return { on: new Map(), off: (team) => config.teams.has(team) };
}

/** A member's teams with the managed pairs applied to what Sentry has: what a write should leave. */
export function withPairs(current: ReadonlyMap<string, TeamRole | null>, pairs: Pairs): TeamSpec {
  const teams = new Map<string, TeamRole | null>();
  for (const [team, stored] of current) {
    const want = pairs.on.get(team);
    if (want !== undefined || pairs.on.has(team)) teams.set(team, want ?? null);
    else if (!pairs.off(team)) teams.set(team, stored);
  }
  for (const [team, want] of pairs.on) if (!teams.has(team)) teams.set(team, want);
  return TeamRoles.from(teams);
}
