import { glob, readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { messageOf } from '../domain/errors.ts';
import { pathInside } from '../domain/paths.ts';
import { effectiveTeamRole, type OrgRole, orgRoleRank, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import { firstInvisible, nonAscii } from '../domain/text.ts';
import { readLean } from './lean-source.ts';
import { mergeConfigs } from './merge.ts';
import type { Config, ConfigProblem, Grant, LoadResult, MemberSpec, Position, TeamSection, TeamSpec, Until } from './model.ts';
import { describeSchemaErrors, quote, type RawConfig, type RawMember, schemaErrors } from './schema.ts';

/** Larger files are refused before parsing (a 50,000-member file with teams is about 4 MiB). */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

/** What the action says about a missing file: each front door says where a config file is named. */
export const ACTION_FILE_HINT = 'commit it, or point the "config" input at it (the path is relative to the workspace)';

/**
 * Reads and validates a config file. `displayPath` is how the file is named in messages and
 * annotations (relative to the workspace in the action); `fileHint` says how to name another
 * file, in the words of the front door that asks.
 */
export async function loadConfigFile(
  path: string,
  displayPath = path,
  fileHint = ACTION_FILE_HINT,
  part = false,
): Promise<LoadResult> {
  const fail = (message: string): LoadResult => ({ ok: false, problems: [{ severity: 'error', file: displayPath, message }] });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(`${path} is not a file: name the YAML file itself (${fileHint})`);
    if (info.size > MAX_CONFIG_BYTES) return fail(tooLarge(info.size));
    return await (part ? parseConfigPart : parseConfig)(await readFile(path), displayPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`config file not found at ${path}: ${fileHint}`);
    return fail(`cannot read the config file ${path}: ${messageOf(error)}`);
  }
}

/**
 * A config as the user names it: a file, a directory (every *.yml and *.yaml below it, in path
 * order) or a glob (`sentry/**\/*.yml`), read as one config. Paths are relative to `cwd` (the
 * workspace in the action), and messages name each file relative to it.
 */
export async function loadConfig(given: string, cwd: string, fileHint = ACTION_FILE_HINT): Promise<LoadResult> {
  const files = await configFiles(given, cwd);
  if (files === undefined) return loadConfigFile(resolve(cwd, given), shownPath(given, cwd), fileHint);
  if (files.length === 0)
    return {
      ok: false,
      problems: [{ severity: 'error', file: given, message: `no *.yml or *.yaml file matches ${given}: ${fileHint}` }],
    };
  const parts = await Promise.all(files.map((file) => loadConfigFile(file, shownPath(file, cwd), fileHint, true)));
  const failed = parts.flatMap((part) => (part.ok ? [] : part.problems));
  if (failed.length > 0) return { ok: false, problems: failed };
  if (parts.every((part) => part.ok && part.config.members.size === 0))
    return {
      ok: false,
      problems: [
        { severity: 'error', file: given, message: `none of the files of ${given} lists "members" (who is in the organization)` },
      ],
    };
  return mergeConfigs(
    parts.flatMap((part) => (part.ok ? [part] : [])),
    given,
  );
}

/** The files of a directory or a glob, sorted; undefined for anything else (a file, or nothing: it is read as one file). */
async function configFiles(given: string, cwd: string): Promise<string[] | undefined> {
  const yaml = (name: string) => /\.ya?ml$/i.test(name);
  if (/[*?[{]/.test(given)) {
    const found: string[] = [];
    for await (const match of glob(given, { cwd })) found.push(resolve(cwd, match));
    return found.filter(yaml).sort();
  }
  const info = await stat(resolve(cwd, given)).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const entries = await readdir(resolve(cwd, given), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && yaml(entry.name))
    .map((entry) => resolve(entry.parentPath, entry.name))
    .sort();
}

/** A file as messages name it: relative to `cwd` when it is inside it, else as given. */
function shownPath(file: string, cwd: string): string {
  return pathInside(cwd, file) ?? file;
}

/**
 * Validates config text (or raw bytes, which must be UTF-8) and builds the normalized model.
 * Asynchronous because yaml's document model, which explains problems, is loaded only when a
 * file needs it (it is a tenth of the action's start-up).
 */
export async function parseConfig(input: string | Uint8Array, file: string): Promise<LoadResult> {
  const part = await parseConfigPart(input, file, true);
  return part.ok ? mergeConfigs([part], file) : part;
}

/** One file of a config, checked alone (the checks that span files run on the whole config). */
export async function parseConfigPart(input: string | Uint8Array, file: string, whole = false): Promise<LoadResult> {
  const problems: ConfigProblem[] = [];
  const at = (severity: ConfigProblem['severity'], position: Position | undefined, message: string) =>
    problems.push({ severity, file, ...(position ?? {}), message });
  const failed = (): LoadResult => ({ ok: false, problems: sortProblems(problems) });

  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_CONFIG_BYTES) {
    at('error', undefined, tooLarge(size));
    return failed();
  }
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (typeof text !== 'string') {
    at('error', text.position, text.message);
    return failed();
  }

  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // The lean reader takes valid files of the common shape; yaml explains everything else.
  const lean = readLean(body);
  if (lean !== undefined) {
    const quick = fromData(lean.data, file, lean, whole);
    if (quick.ok && quick.warnings.length === 0) return quick;
  }

  const { MAX_ALIAS_COUNT, YamlSource } = await import('./yaml-source.ts');
  const source = new YamlSource(body);
  for (const problem of source.problems()) at(problem.severity, problem.position, problem.message);
  if (problems.some((p) => p.severity === 'error')) return failed();

  let data: unknown;
  try {
    data = source.toData();
  } catch (error) {
    const message = messageOf(error);
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
    at(
      'error',
      source.aliasPosition(unresolved?.[1]),
      unresolved
        ? `the alias *${unresolved[1]} refers to no anchor: define &${unresolved[1]} before using it`
        : /excessive alias count/i.test(message)
          ? `too many YAML alias expansions (the limit is ${MAX_ALIAS_COUNT}): the file looks like an alias bomb; write the entries out instead of nesting aliases`
          : `cannot read the YAML: ${message}`,
    );
    return failed();
  }
  const result = fromData(data, file, source, whole);
  if (result.ok) return { ...result, warnings: sortProblems([...problems, ...result.warnings]) };
  return { ok: false, problems: sortProblems([...problems, ...result.problems]) };
}

/** Where the parts of the file are: answered by YamlSource, or by LeanSource for valid files. */
interface Locator {
  locate(path: readonly string[], at?: 'value' | 'key'): Position;
}

/** Schema and semantic checks of parsed data, and the normalized model. */
/** `whole`: the file is the whole config, so it must list members (one file of several need not). */
function fromData(data: unknown, file: string, source: Locator, whole: boolean): LoadResult {
  const problems: ConfigProblem[] = [];
  const at: Report = (severity, position, message) => problems.push({ severity, file, ...(position ?? {}), message });
  const failed = (): LoadResult => ({ ok: false, problems: sortProblems(problems) });
  if (data === null || data === undefined) {
    at('error', { line: 1, column: 1 }, 'the file is empty: it needs at least a "members" mapping (see members.example.yml)');
    return failed();
  }
  const errors = schemaErrors(data);
  if (errors.length > 0) {
    for (const issue of describeSchemaErrors(errors, data)) at('error', source.locate(issue.path, issue.at), issue.message);
    return failed();
  }
  const raw = data as RawConfig;
  if (whole && raw.members === undefined && raw.teams === undefined) {
    at('error', source.locate([], 'value'), 'the file is missing the required key "members" (who is in the organization)');
    return failed();
  }
  const config = buildModel(raw, file, source, at);
  if (problems.some((p) => p.severity === 'error')) return failed();
  return { ok: true, config, warnings: sortProblems(problems) };
}

type Report = (severity: ConfigProblem['severity'], position: Position | undefined, message: string) => void;

/** Semantic checks the schema cannot express, while building the normalized model. */
function buildModel(raw: RawConfig, file: string, source: Locator, report: Report): Config {
  const members = new Map<string, MemberSpec>();
  const firstSpelling = new Map<string, string>();
  // Slugs and roles repeat across thousands of members: one string each, not one per mention.
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  /** `teams` of an entry or a grant: slug -> explicit role (null in list form), each slug once. */
  const readTeams = (
    value: NonNullable<RawMember['teams']>,
    path: string[],
    role: OrgRole,
    key: string,
    positions: Position[],
  ): TeamSpec => {
    const normalized = new Map<string, TeamRole | null>();
    const entries: [string, TeamRole | null, string][] = Array.isArray(value)
      ? value.map((slug, index) => [slug, null, String(index)])
      : Object.entries(value).map(([slug, teamRole]) => [slug, intern(teamRole) as TeamRole, slug]);
    for (const [slug, teamRole, segment] of entries) {
      const position = source.locate([...path, segment], Array.isArray(value) ? 'value' : 'key');
      if (normalized.has(slug)) {
        report('error', position, `team "${slug}" is listed twice for ${key}`);
        continue;
      }
      normalized.set(intern(slug), teamRole);
      positions.push(position);
      if (teamRole !== null && teamRole !== 'admin' && effectiveTeamRole(role, teamRole) !== teamRole) {
        report(
          'warning',
          position,
          `team role "${teamRole}" on "${slug}" has no effect for ${key}: a ${role} is at least team admin on every team; write the team in list form or as "admin"`,
        );
      }
    }
    return TeamRoles.from(normalized);
  };

  // Each raw entry is dropped once it is in the model: the raw data is 20 MB at 50,000 members,
  // and the model is built while it is alive. The keys stay, so positions can still be found.
  const rawMembers: Record<string, RawMember | string | undefined> = raw.members ?? {};
  let done: string | undefined;
  for (const key of Object.keys(rawMembers)) {
    if (done !== undefined) rawMembers[done] = undefined;
    done = key;
    const value = rawMembers[key] as RawMember | string;
    const email = key.toLowerCase();
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
    const role = intern(member.role) as OrgRole;
    const teamsPath = ['members', key, 'teams'];
    const teamPositions: Position[] = [];
    let teams: TeamSpec | undefined;
    if (member.teams !== undefined) {
      teams = readTeams(member.teams, teamsPath, role, key, teamPositions);
      if (role === 'billing' && teams.size > 0) {
        report(
          'error',
          source.locate(teamsPath, 'key'),
          `${key} has the org role "billing", which cannot be on teams (Sentry refuses it): remove the teams or choose another role`,
        );
      }
    }
    const until =
      member.until === undefined ? undefined : readUntil(member.until, source.locate(['members', key, 'until']), report);
    const grants: Grant[] = [];
    for (const [index, grant] of (member.grants ?? []).entries()) {
      const path = ['members', key, 'grants', String(index)];
      const position = source.locate(path);
      const end = readUntil(grant.until, source.locate([...path, 'until']), report);
      if (grant.role === undefined && grant.teams === undefined)
        report('error', position, `a grant of ${key} needs "role" or "teams" (or both): what does it give until ${grant.until}?`);
      const grantRole = grant.role === undefined ? undefined : (intern(grant.role) as OrgRole);
      if (grantRole !== undefined && orgRoleRank(grantRole) <= orgRoleRank(role))
        report(
          'error',
          source.locate([...path, 'role']),
          `the grant's role "${grantRole}" is not above the role of ${key} ("${role}"): a grant adds access; raise it, or change the entry's role`,
        );
      const grantTeams =
        grant.teams === undefined ? undefined : readTeams(grant.teams, [...path, 'teams'], grantRole ?? role, key, []);
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
    members.set(email, {
      email,
      role,
      teams,
      ...(until ? { until } : {}),
      grants: grants.length === 0 ? NO_GRANTS : grants,
      // A copy: an array grown by push keeps room for 16 more items (megabytes at 50,000 members).
      source: { file, entry, teams: teamPositions.length === 0 ? NO_POSITIONS : teamPositions.slice() },
    });
  }

  const teamSections = new Map<string, TeamSection>();
  for (const [slug, section] of Object.entries(raw.teams ?? {})) {
    const people = new Map<string, TeamRole | null>();
    const places: number[] = [];
    for (const [list, teamRole] of [
      ['admins', 'admin'],
      ['contributors', 'contributor'],
      ['members', null],
    ] as const) {
      for (const [index, address] of (section[list] ?? []).entries()) {
        const email = address.toLowerCase();
        const position = source.locate(['teams', slug, list, String(index)]);
        if (people.has(email)) {
          const before = places[2 * [...people.keys()].indexOf(email)];
          report('error', position, `${address} is in two lists of team "${slug}" (also line ${before}): keep one`);
          continue;
        }
        checkEmailCharacters(address, position, report);
        people.set(email, teamRole);
        places.push(position.line, position.column);
      }
    }
    teamSections.set(slug, {
      slug,
      file,
      position: source.locate(['teams', slug], 'key'),
      people,
      places: Uint32Array.from(places),
    });
  }

  const ignore = new Set<string>();
  for (const [index, address] of (raw.ignore ?? []).entries()) {
    const email = address.toLowerCase();
    const position = source.locate(['ignore', String(index)]);
    const member = members.get(email);
    if (member) {
      report(
        'error',
        position,
        `${address} is both ignored and listed under members (line ${member.source.entry.line}): an ignored member is never changed, so keep it in one place only`,
      );
    } else if (ignore.has(email)) {
      report('warning', position, `${address} is in ignore twice`);
    } else checkEmailCharacters(address, position, report);
    ignore.add(email);
  }

  return {
    file,
    files: [file],
    organization: raw.organization,
    unlisted: raw.unlisted ?? 'report',
    missing: raw.missing ?? 'report',
    ignore,
    members,
    teams: teamSections,
    declared: (['unlisted', 'missing'] as const).filter((name) => raw[name] !== undefined),
  };
}

const NO_GRANTS: readonly Grant[] = Object.freeze([]);
const NO_POSITIONS: readonly Position[] = Object.freeze([]);

/** A date (the access holds through that day, UTC) or an RFC 3339 timestamp; an impossible one is an error. */
function readUntil(text: string, position: Position, report: Report): Until | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const end = date ? Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1) : Date.parse(text);
  const valid =
    Number.isFinite(end) &&
    (!date || new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))).toISOString().slice(0, 10) === text);
  if (!valid) {
    report('error', position, `"${text}" is not a date (2027-01-31) or an RFC 3339 timestamp (2027-01-31T18:00:00Z)`);
    return undefined;
  }
  return { text, end };
}

/**
 * Whitespace, control and invisible characters in an email are errors (the schema's pattern
 * catches most; this catches every one); other non-ASCII letters may be look-alikes (Cyrillic "а"
 * for Latin "a"): a warning, not an error.
 */
function checkEmailCharacters(email: string, position: Position, report: Report): void {
  const invisible = firstInvisible(email);
  if (invisible !== undefined) {
    report(
      'error',
      position,
      `${quote(email)} contains the invisible or control character ${invisible}, which an email never has; retype the address`,
    );
    return;
  }
  const letters = nonAscii(email);
  if (letters.length === 0) return;
  report(
    'warning',
    position,
    `${quote(email)} contains non-ASCII characters (${letters.map((letter) => `${letter} U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}): check that it is the address you mean and not a look-alike`,
  );
}

function decodeUtf8(bytes: Uint8Array): string | { message: string; position: Position } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Lossy decoding re-encodes to the same bytes up to the first invalid sequence: that is where it is.
    const lossy = new TextEncoder().encode(new TextDecoder('utf-8').decode(bytes));
    let offset = 0;
    while (offset < bytes.length && bytes[offset] === lossy[offset]) offset++;
    const before = bytes.subarray(0, offset);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    return {
      message: 'the file is not valid UTF-8: save it as UTF-8 (names with accents are fine in UTF-8)',
      position: { line, column },
    };
  }
}

function tooLarge(size: number): string {
  return `the config file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB this action reads: is it the right file?`;
}

function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
