import { glob, readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { messageOf } from '../domain/errors.ts';
import { pathInside } from '../domain/paths.ts';
import { buildModel } from './build.ts';
import { readLean } from './lean-source.ts';
import { mergeConfigs } from './merge.ts';
import type { ConfigProblem, LoadResult, Position } from './model.ts';
import { createReader, type Locator, type Report } from './reader.ts';
import { describeSchemaErrors, type RawConfig, schemaErrors } from './schema.ts';

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

/**
 * Schema and semantic checks of parsed data, and the normalized model. `whole`: the file is the
 * whole config, so it must list members (one file of several need not).
 */
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
  const config = buildModel(raw, createReader(file, source, at));
  if (problems.some((p) => p.severity === 'error')) return failed();
  return { ok: true, config, warnings: sortProblems(problems) };
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
