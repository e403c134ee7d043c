import { effectiveTeamRole, type OrgRole, orgRoleRank, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import { parseUntil, UNTIL_FORMS } from './dates.ts';
import { checkEmailCharacters } from './emails.ts';
import type { Grant, MemberSource, MemberSpec, Position, TeamSpec, Until } from './model.ts';
import type { Reader } from './reader.ts';
import { quote, type RawMember } from './schema.ts';

/**
 * The `members` of one file, normalized, with the checks the schema cannot express: one entry
 * per email case-insensitively, `teams` each slug once and billing on none, `until` and grants
 * that are dates and add access.
 */
export function readMembers(rawMembers: Record<string, RawMember | string | undefined>, reader: Reader): Map<string, MemberSpec> {
  const { file, source, report } = reader;
  const members = new Map<string, MemberSpec>();
  const firstSpelling = new Map<string, string>();
  // Each raw entry is dropped once it is in the model: the raw data is 20 MB at 50,000 members,
  // and the model is built while it is alive. The keys stay, so positions can still be found.
  let done: string | undefined;
  for (const key of Object.keys(rawMembers)) {
    if (done !== undefined) rawMembers[done] = undefined;
    done = key;
    const value = rawMembers[key] as RawMember | string;
    const email = reader.email(key.toLowerCase());
    const entry = source.locate(['members', key], 'key');
    const earlier = firstSpelling.get(email);
    if (earlier !== undefined) {
      const line = members.get(email)?.source.entry.line;
      report(
        'error',
        entry,
        `${quote(key)} and ${quote(earlier)} (line ${line}) are the same member: emails are compared case-insensitively; keep one entry`,
      );
      continue;
    }
    firstSpelling.set(email, key);
    checkEmailCharacters(key, entry, report);
    const member: RawMember = typeof value === 'string' ? { role: value } : value;
    const role = reader.intern(member.role) as OrgRole;
    const teamsPath = ['members', key, 'teams'];
    const places = [entry.line, entry.column];
    let teams: TeamSpec | undefined;
    if (member.teams !== undefined) {
      teams = readTeams(member.teams, teamsPath, role, key, places, reader);
      if (role === 'billing' && teams.size > 0) {
        report(
          'error',
          source.locate(teamsPath, 'key'),
          `${key} has the org role "billing", which cannot be on teams (Sentry refuses it): remove the teams or choose another role`,
        );
      }
    }
    const until =
      member.until === undefined ? undefined : readUntil(member.until, source.locate(['members', key, 'until']), reader);
    const grants = readGrants(member.grants ?? [], key, role, reader);
    members.set(email, {
      email,
      role,
      teams,
      ...(until ? { until } : {}),
      grants: grants.length === 0 ? NO_GRANTS : grants,
      // A copy: an array grown by push keeps room for 16 more items (megabytes at 50,000 members).
      source: new EntrySource(file, places.slice()),
    });
  }
  return members;
}

const NO_GRANTS: readonly Grant[] = Object.freeze([]);

/**
 * Where a member entry and each of its teams are written, kept as one list of numbers: the
 * line and column of the entry, then of each team. At 50,000 members, an object per position
 * and a list of them per entry were about a fifth of the file's model in memory; the positions
 * are made when they are asked for (a warning, an annotation, a change's line).
 */
class EntrySource implements MemberSource {
  readonly file: string;
  readonly #places: readonly number[];

  constructor(file: string, places: readonly number[]) {
    this.file = file;
    this.#places = places;
  }

  get entry(): Position {
    return { line: this.#places[0] ?? 1, column: this.#places[1] ?? 1 };
  }

  get teams(): readonly Position[] {
    const teams: Position[] = [];
    for (let at = 2; at + 1 < this.#places.length; at += 2)
      teams.push({ line: this.#places[at] ?? 1, column: this.#places[at + 1] ?? 1 });
    return teams;
  }
}

/** `teams` of an entry or a grant: slug -> explicit role (null in list form), each slug once. */
function readTeams(
  value: NonNullable<RawMember['teams']>,
  path: readonly string[],
  role: OrgRole,
  key: string,
  /** Where each team is written goes here: line, column, line, column, ... */
  places: number[],
  reader: Reader,
): TeamSpec {
  const { source, report, intern } = reader;
  const normalized = new Map<string, TeamRole | null>();
  // A hole is an item the schema refused (src/config/prune.ts): reported already, skipped here.
  const entries: [string, TeamRole | null, string][] = Array.isArray(value)
    ? value.flatMap((slug, index): [string, null, string][] => (slug === undefined ? [] : [[slug, null, String(index)]]))
    : Object.entries(value).map(([slug, teamRole]) => [slug, intern(teamRole) as TeamRole, slug]);
  for (const [slug, teamRole, segment] of entries) {
    const position = source.locate([...path, segment], Array.isArray(value) ? 'value' : 'key');
    if (normalized.has(slug)) {
      report('error', position, `team "${slug}" is listed twice for ${key}`);
      continue;
    }
    normalized.set(intern(slug), teamRole);
    places.push(position.line, position.column);
    if (teamRole !== null && teamRole !== 'admin' && effectiveTeamRole(role, teamRole) !== teamRole) {
      report(
        'warning',
        position,
        `team role "${teamRole}" on "${slug}" has no effect for ${key}: a ${role} is at least team admin on every team; write the team in list form or as "admin"`,
      );
    }
  }
  return TeamRoles.from(normalized);
}

/** The grants of an entry: each gives a role above the entry's and/or teams, until a date. */
function readGrants(raw: NonNullable<RawMember['grants']>, key: string, role: OrgRole, reader: Reader): Grant[] {
  const { source, report } = reader;
  const grants: Grant[] = [];
  for (const [index, grant] of raw.entries()) {
    if (grant === undefined) continue;
    const path = ['members', key, 'grants', String(index)];
    const position = source.locate(path);
    const end = readUntil(grant.until, source.locate([...path, 'until']), reader);
    if (grant.role === undefined && grant.teams === undefined)
      report('error', position, `a grant of ${key} needs "role" or "teams" (or both): what does it give until ${grant.until}?`);
    const grantRole = grant.role === undefined ? undefined : (reader.intern(grant.role) as OrgRole);
    if (grantRole !== undefined && orgRoleRank(grantRole) <= orgRoleRank(role))
      report(
        'error',
        source.locate([...path, 'role']),
        `the grant's role "${grantRole}" is not above the role of ${key} ("${role}"): a grant adds access; raise it, or change the entry's role`,
      );
    const grantTeams =
      grant.teams === undefined ? undefined : readTeams(grant.teams, [...path, 'teams'], grantRole ?? role, key, [], reader);
    if (grantTeams && grantTeams.size > 0 && (grantRole ?? role) === 'billing')
      report(
        'error',
        source.locate([...path, 'teams'], 'key'),
        `${key} is a billing member, who cannot be on teams: a grant cannot add teams`,
      );
    if (end)
      grants.push({
        ...(grantRole ? { role: grantRole } : {}),
        ...(grantTeams ? { teams: grantTeams } : {}),
        until: end,
        position,
      });
  }
  return grants;
}

/** A date (the access holds through that day, UTC) or an RFC 3339 timestamp; an impossible one is an error. */
function readUntil(text: string, position: Position, reader: Reader): Until | undefined {
  const parsed = parseUntil(text);
  if ('problem' in parsed) {
    reader.report('error', position, `${quote(text)} ${parsed.problem} (expected ${UNTIL_FORMS})`);
    return undefined;
  }
  return { text, end: parsed.end };
}
