import { readFile, stat } from 'node:fs/promises';
import { messageOf } from '../domain/errors.ts';
import { effectiveTeamRole, type OrgRole, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import { firstInvisible, nonAscii } from '../domain/text.ts';
import { readLean } from './lean-source.ts';
import type { Config, ConfigProblem, LoadResult, MemberSpec, Position, TeamSpec } from './model.ts';
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
export async function loadConfigFile(path: string, displayPath = path, fileHint = ACTION_FILE_HINT): Promise<LoadResult> {
  const fail = (message: string): LoadResult => ({ ok: false, problems: [{ severity: 'error', file: displayPath, message }] });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(`${path} is not a file: name the YAML file itself (${fileHint})`);
    if (info.size > MAX_CONFIG_BYTES) return fail(tooLarge(info.size));
    return await parseConfig(await readFile(path), displayPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`config file not found at ${path}: ${fileHint}`);
    return fail(`cannot read the config file ${path}: ${messageOf(error)}`);
  }
}

/**
 * Validates config text (or raw bytes, which must be UTF-8) and builds the normalized model.
 * Asynchronous because yaml's document model, which explains problems, is loaded only when a
 * file needs it (it is a tenth of the action's start-up).
 */
export async function parseConfig(input: string | Uint8Array, file: string): Promise<LoadResult> {
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
    const quick = fromData(lean.data, file, lean);
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
  const result = fromData(data, file, source);
  if (result.ok) return { ...result, warnings: sortProblems([...problems, ...result.warnings]) };
  return { ok: false, problems: sortProblems([...problems, ...result.problems]) };
}

/** Where the parts of the file are: answered by YamlSource, or by LeanSource for valid files. */
interface Locator {
  locate(path: readonly string[], at?: 'value' | 'key'): Position;
}

/** Schema and semantic checks of parsed data, and the normalized model. */
function fromData(data: unknown, file: string, source: Locator): LoadResult {
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
  const config = buildModel(data as RawConfig, file, source, at);
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
  // Each raw entry is dropped once it is in the model: the raw data is 20 MB at 50,000 members,
  // and the model is built while it is alive. The keys stay, so positions can still be found.
  const rawMembers: Record<string, RawMember | string | undefined> = raw.members;
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
      const normalized = new Map<string, TeamRole | null>();
      const entries: [string, TeamRole | null, string][] = Array.isArray(member.teams)
        ? member.teams.map((slug, index) => [slug, null, String(index)])
        : Object.entries(member.teams).map(([slug, teamRole]) => [slug, intern(teamRole) as TeamRole, slug]);
      for (const [slug, teamRole, segment] of entries) {
        const position = source.locate([...teamsPath, segment], Array.isArray(member.teams) ? 'value' : 'key');
        if (normalized.has(slug)) {
          report('error', position, `team "${slug}" is listed twice for ${key}`);
          continue;
        }
        normalized.set(intern(slug), teamRole);
        teamPositions.push(position);
        if (teamRole !== null && teamRole !== 'admin' && effectiveTeamRole(role, teamRole) !== teamRole) {
          report(
            'warning',
            position,
            `team role "${teamRole}" on "${slug}" has no effect for ${key}: a ${role} is at least team admin on every team; write the team in list form or as "admin"`,
          );
        }
      }
      if (role === 'billing' && normalized.size > 0) {
        report(
          'error',
          source.locate(teamsPath, 'key'),
          `${key} has the org role "billing", which cannot be on teams (Sentry refuses it): remove the teams or choose another role`,
        );
      }
      teams = TeamRoles.from(normalized);
    }
    members.set(email, {
      email,
      role,
      teams,
      // A copy: an array grown by push keeps room for 16 more items (megabytes at 50,000 members).
      source: { entry, teams: teamPositions.slice() },
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
    organization: raw.organization,
    unlisted: raw.unlisted ?? 'report',
    missing: raw.missing ?? 'report',
    ignore,
    members,
  };
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
