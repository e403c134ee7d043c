import type { Config, MemberSpec, TeamSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { effectiveTeamRole, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import type { Pairs } from './desired.ts';
import type { MemberUpdate, PlanWarning, TeamChange, TeamRoleEntry } from './types.ts';

/**
 * The member diff: what one PUT must send for a Sentry member to equal its entry, compared in
 * effective roles (what Sentry enforces), and both sides as this organization can store them.
 */

/** The update that makes `member` equal `spec`, or undefined when it already is (in effective roles). */
export function diffMember(spec: MemberSpec, member: ObservedMember): MemberUpdate | undefined {
  const from = member.orgRole;
  const to = spec.role;
  if (spec.teams === undefined && from === to) return undefined;
  const current = member.teams;
  if (current === undefined) throw new Error(`internal: the teams of ${member.email} were not read`);
  const teamChanges: TeamChange[] = [];
  const teamRoles: TeamRoleEntry[] = [];
  /** A team the member stays on: a role change when the effective role moves, by the file or by the org role. */
  const stay = (team: string, stored: TeamRole | null, next: TeamRole | null) => {
    teamRoles.push({ teamSlug: team, role: next });
    const before = effectiveTeamRole(from, stored);
    const after = effectiveTeamRole(to, next);
    if (before !== after)
      teamChanges.push({
        kind: 'role',
        team,
        from: before,
        to: after,
        ...(next === stored ? { followsOrgRole: true as const } : {}),
      });
  };
  if (spec.teams === undefined) {
    // Teams not managed: send them back exactly as they are (their effective roles may follow the org role).
    for (const [team, stored] of current) stay(team, stored, stored);
  } else {
    for (const [team, wanted] of spec.teams) {
      if (!current.has(team)) {
        teamChanges.push({ kind: 'join', team, role: effectiveTeamRole(to, wanted) });
        teamRoles.push({ teamSlug: team, role: wanted });
        continue;
      }
      const stored = current.get(team) ?? null;
      // What matters is the result under the new org role: does the stored role give what the file wants?
      stay(team, stored, effectiveTeamRole(to, stored) === effectiveTeamRole(to, wanted) ? stored : wanted);
    }
    for (const [team, stored] of current) {
      if (!spec.teams.has(team)) teamChanges.push({ kind: 'leave', team, role: effectiveTeamRole(from, stored) });
    }
  }
  if (from === to && teamChanges.length === 0) return undefined;
  return {
    kind: 'update',
    memberId: member.id,
    email: member.email,
    name: member.name,
    pending: member.pending,
    ...(from === to ? {} : { orgRole: { from, to } }),
    teams: teamChanges,
    request: { ...(from === to ? {} : { orgRole: to }), teamRoles },
    line: spec.source.entry.line,
  };
}

/**
 * The member entry as this organization can store it: without Sentry's team-roles feature every
 * team role is stored as null, so an explicit role cannot be kept; it is compared as null (and
 * warned about once, where the file writes it: teamRoleWarnings), so the file never causes a
 * change that does not converge. The same holds for the pairs a team section or a grant manages.
 */
export function specFor(spec: MemberSpec, state: OrgState): MemberSpec {
  const teams = spec.teams && storable(spec.teams, state);
  return teams === spec.teams ? spec : { ...spec, teams };
}

/** Managed pairs as this organization can store them (see specFor). */
export function pairsFor(pairs: Pairs | undefined, state: OrgState): Pairs | undefined {
  const on = pairs && storable(pairs.on, state);
  return !pairs || !on || on === pairs.on ? pairs : { on, off: pairs.off };
}

/** Team roles as this organization stores them: the same map when nothing changes, else every role null. */
function storable(roles: TeamSpec, state: OrgState): TeamSpec {
  if (state.teamRoles || [...roles.values()].every((role) => role === null)) return roles;
  return TeamRoles.from([...roles.keys()].map((team) => [team, null] as const));
}

const NO_TEAM_ROLES = 'Sentry stores team roles only on its Business and Enterprise plans';

/**
 * Every explicit team role the file writes, on an organization without team roles: a warning
 * where it is written (an entry's team, a grant, a section's admins or contributors), in file
 * order. It has no effect, and never causes a change.
 */
export function teamRoleWarnings(config: Config, state: OrgState): PlanWarning[] {
  if (state.teamRoles) return [];
  const warnings: PlanWarning[] = [];
  for (const spec of config.members.values()) {
    let index = 0;
    for (const [team, role] of spec.teams ?? []) {
      const at = index++;
      if (role === null) continue;
      const position = spec.source.teams[at] ?? spec.source.entry;
      warnings.push({
        message: `this organization has no team roles: ${role} has no effect (team "${team}" of ${spec.email}; ${NO_TEAM_ROLES})`,
        line: position.line,
        file: spec.source.file,
      });
    }
    for (const grant of spec.grants)
      for (const [team, role] of grant.teams ?? [])
        if (role !== null)
          warnings.push({
            message: `this organization has no team roles: ${role} has no effect (team "${team}" in a grant of ${spec.email}; ${NO_TEAM_ROLES})`,
            line: grant.position.line,
            file: spec.source.file,
          });
  }
  for (const section of config.teams.values()) {
    const explicit = new Map<string, number>();
    let index = 0;
    for (const role of section.people.values()) {
      const line = section.places[2 * index++] ?? section.position.line;
      if (role !== null && !explicit.has(role)) explicit.set(role, line);
    }
    for (const [role, line] of explicit)
      warnings.push({
        message: `this organization has no team roles: ${role === 'admin' ? 'admins' : 'contributors'} of team "${section.slug}" are on it as members, with no explicit role (${NO_TEAM_ROLES})`,
        line,
        file: section.file,
      });
  }
  return warnings;
}

/**
 * The member as a write would leave its teams: without team roles Sentry stores null for every
 * team role it is sent, so a role stored earlier (before a downgrade) is compared as null too and
 * never causes a change of its own.
 */
export function storedAs(member: ObservedMember, state: OrgState): ObservedMember {
  if (state.teamRoles || member.teams === undefined || [...member.teams.values()].every((role) => role === null)) return member;
  return { ...member, teams: TeamRoles.from([...member.teams.keys()].map((team) => [team, null] as const)) };
}
