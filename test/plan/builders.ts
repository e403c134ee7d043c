/**
 * Builders for the planner's two inputs, in memory: an observed organization and a config. A
 * planner case reads "this state and this file give exactly this plan", with no server.
 */
import type { Config, MemberSpec, TeamSection } from '../../src/config/model.ts';
import type { MemberFlags, ObservedMember, ObservedTeam, OrgState } from '../../src/domain/org-state.ts';
import { ORG_ROLES, type OrgRole, orgRoleRank, type TeamRole } from '../../src/domain/roles.ts';
import { TeamRoles } from '../../src/domain/team-roles.ts';
import { type PlanOptions, planOptions } from '../../src/plan/plan.ts';
import { defaultSettings } from '../../src/settings/table.ts';

/** The planner's options: the settings' defaults at the instant 0 (nothing has ended), with `overrides`. */
export function rules(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { ...planOptions(defaultSettings(), 0), ...overrides };
}

export interface MemberOptions {
  readonly teams?: Readonly<Record<string, TeamRole | null>>;
  readonly pending?: boolean;
  readonly expired?: boolean;
  readonly flags?: Partial<MemberFlags>;
  readonly name?: string;
}

const NO_FLAGS: MemberFlags = { idpProvisioned: false, idpRoleRestricted: false, partnershipRestricted: false };

/**
 * An organization: `caller` (the token's user, id 1) first, then each member with the next id.
 * Teams named by members exist; `teams` adds more (with the IdP flag). Team roles are on unless
 * `teamRoles: false`.
 */
export function organization(
  caller: { email: string; role: OrgRole },
  members: Readonly<Record<string, OrgRole | readonly [OrgRole, MemberOptions]>> = {},
  options: { teams?: Readonly<Record<string, { idp?: boolean }>>; teamRoles?: boolean } = {},
): OrgState {
  const teamRoles = options.teamRoles ?? true;
  const observed: ObservedMember[] = [];
  const add = (email: string, role: OrgRole, opts: MemberOptions = {}) =>
    observed.push({
      id: String(observed.length + 1),
      email,
      name: opts.name ?? email.split('@')[0] ?? email,
      orgRole: role,
      pending: opts.pending ?? false,
      expired: opts.expired ?? false,
      flags: { ...NO_FLAGS, ...opts.flags },
      teams: TeamRoles.from(Object.entries(opts.teams ?? {})),
    });
  add(caller.email, caller.role);
  for (const [email, value] of Object.entries(members)) {
    if (typeof value === 'string') add(email, value);
    else add(email, value[0], value[1]);
  }
  const teams = new Map<string, ObservedTeam>();
  for (const member of observed)
    for (const slug of member.teams?.keys() ?? []) teams.set(slug, { slug, name: slug, memberCount: 0, idpProvisioned: false });
  for (const [slug, team] of Object.entries(options.teams ?? {}))
    teams.set(slug, { slug, name: slug, memberCount: 0, idpProvisioned: team.idp ?? false });
  const rank = orgRoleRank(caller.role);
  const admins = caller.role === 'owner' || caller.role === 'manager';
  return {
    organization: 'acme',
    members: observed,
    teams,
    caller: {
      memberId: '1',
      email: caller.email,
      orgRole: caller.role,
      assignable: new Set(admins ? ORG_ROLES.filter((role) => orgRoleRank(role) <= rank) : []),
      retired: new Set(teamRoles ? (['admin'] as OrgRole[]) : []),
    },
    teamRoles,
  };
}

export type EntrySpec =
  | OrgRole
  | {
      role: OrgRole;
      teams?: readonly string[] | Readonly<Record<string, TeamRole>>;
      /** Epoch ms the entry ends (its text is the ISO date). */
      until?: number;
      grants?: readonly { role?: OrgRole; teams?: readonly string[]; until: number }[];
    };

export interface SectionSpec {
  readonly admins?: readonly string[];
  readonly contributors?: readonly string[];
  readonly members?: readonly string[];
}

/**
 * A config, as if written one member a line from line 10 (member n on line 10 + n), each team on
 * the member's line, column 20 + its index.
 */
export function file(
  members: Readonly<Record<string, EntrySpec>>,
  options: Partial<Pick<Config, 'unlisted' | 'missing'>> & {
    ignore?: readonly string[];
    teams?: Readonly<Record<string, SectionSpec>>;
  } = {},
): Config {
  const specs = new Map<string, MemberSpec>();
  for (const [index, [email, entry]] of Object.entries(members).entries()) {
    const line = 10 + index;
    const value = typeof entry === 'string' ? { role: entry } : entry;
    const teams =
      value.teams === undefined
        ? undefined
        : Array.isArray(value.teams)
          ? TeamRoles.from((value.teams as readonly string[]).map((slug) => [slug, null] as const))
          : TeamRoles.from(Object.entries(value.teams as Record<string, TeamRole>));
    const until = (end: number) => ({ text: new Date(end).toISOString(), end });
    specs.set(email.toLowerCase(), {
      email: email.toLowerCase(),
      role: value.role,
      teams,
      ...('until' in value && value.until !== undefined ? { until: until(value.until) } : {}),
      grants: ('grants' in value ? (value.grants ?? []) : []).map((grant, g) => ({
        ...(grant.role ? { role: grant.role } : {}),
        ...(grant.teams ? { teams: TeamRoles.from(grant.teams.map((slug) => [slug, null] as const)) } : {}),
        until: until(grant.until),
        position: { line: 100 + index * 10 + g, column: 7 },
      })),
      source: {
        file: 'sentry-members.yml',
        entry: { line, column: 3 },
        teams: [...(teams?.keys() ?? [])].map((_, i) => ({ line, column: 20 + i })),
      },
    });
  }
  const sections = new Map<string, TeamSection>();
  for (const [index, [slug, section]] of Object.entries(options.teams ?? {}).entries()) {
    const people = new Map<string, TeamRole | null>();
    for (const email of section.admins ?? []) people.set(email, 'admin');
    for (const email of section.contributors ?? []) people.set(email, 'contributor');
    for (const email of section.members ?? []) people.set(email, null);
    sections.set(slug, {
      slug,
      file: 'sentry-members.yml',
      position: { line: 500 + index, column: 3 },
      people,
      places: Uint32Array.from([...people.keys()].flatMap((_, i) => [500 + index, 10 + i])),
    });
  }
  return {
    file: 'sentry-members.yml',
    files: ['sentry-members.yml'],
    teams: sections,
    organization: 'acme',
    unlisted: options.unlisted ?? 'ignore',
    missing: options.missing ?? 'report',
    ignore: new Set((options.ignore ?? []).map((email) => email.toLowerCase())),
    members: specs,
  };
}
