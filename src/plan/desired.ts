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

/** A team's wanted role for one member, or 'off': the member must not be on it. */
export type Pair = TeamRole | null | 'off';

export interface Desired {
  /** The entry, with the org role and (fully managed) teams that hold now. */
  readonly spec: MemberSpec;
  /** Managed pairs of a member whose entry does not manage its teams; undefined when there are none. */
  readonly pairs?: ReadonlyMap<string, Pair>;
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

/** For each email, the sections that list it: slug -> role. */
export function sectionsByEmail(config: Config): Map<string, Map<string, TeamRole | null>> {
  const byEmail = new Map<string, Map<string, TeamRole | null>>();
  for (const section of config.teams.values()) {
    for (const [email, role] of section.people) {
      const teams = byEmail.get(email) ?? new Map<string, TeamRole | null>();
      teams.set(section.slug, role);
      byEmail.set(email, teams);
    }
  }
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
  const pairs = new Map<string, Pair>();
  for (const slug of config.teams.keys()) pairs.set(slug, 'off');
  for (const grant of past) for (const team of grant.teams?.keys() ?? []) pairs.set(team, 'off');
  for (const [team, teamRole] of declared) pairs.set(team, teamRole);
  return { ...base, spec: role === spec.role ? spec : { ...spec, role }, ...(pairs.size > 0 ? { pairs } : {}) };
}

/** The pairs of a member the file does not list: off every team that has a section. */
export function unlistedPairs(config: Config): ReadonlyMap<string, Pair> | undefined {
  if (config.teams.size === 0) return undefined;
  return new Map([...config.teams.keys()].map((slug) => [slug, 'off' as const]));
}

/** A member's teams with the managed pairs applied to what Sentry has: what a write should leave. */
export function withPairs(current: ReadonlyMap<string, TeamRole | null>, pairs: ReadonlyMap<string, Pair>): TeamSpec {
  const teams = new Map<string, TeamRole | null>();
  for (const [team, stored] of current) {
    const want = pairs.get(team);
    if (want === 'off') continue;
    teams.set(team, want === undefined ? stored : want);
  }
  for (const [team, want] of pairs) if (want !== 'off' && !teams.has(team)) teams.set(team, want);
  return TeamRoles.from(teams);
}
