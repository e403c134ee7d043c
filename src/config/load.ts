import path from 'node:path';
import { messageOf } from '../domain/errors.ts';
import { pathInside } from '../domain/paths.ts';
import { redactSecrets } from '../domain/secrets.ts';
import { gitBlobSha } from '../github/git-blob.ts';
import { buildModel } from './build.ts';
import { type ConfigFile, configFiles, type FileTree, globBase, isGlob, MAX_CONFIG_BYTES, tooLarge } from './files.ts';
import { readLean } from './lean-source.ts';
import { mergeParts } from './merge.ts';
import type { ConfigProblem, LoadResult, Part, Position } from './model.ts';
import { pruneInvalid } from './prune.ts';
import { createInterner, createReader, type Locator, type Report } from './reader.ts';
import { describeSchemaErrors, type RawConfig, schemaErrors } from './schema.ts';
import { workspaceTree } from './workspace-tree.ts';

export { MAX_CONFIG_BYTES } from './files.ts';
export type { Part } from './model.ts';

/** What the action says about a missing file: each front door says where a config file is named. */
export const ACTION_FILE_HINT = 'commit it, or point the "config" input at it (the path is relative to the workspace)';

export interface LoadOptions {
  /** How to name another file, in the words of the front door that asks. */
  readonly fileHint?: string;
  /**
   * The folder no config file may leave, links included (default `cwd`: the workspace, in the
   * action). The command line gives `ownFolder` for a config outside the directory it runs in.
   */
  readonly root?: string;
}

/**
 * The folder a config named outside the current directory may not leave (the command line):
 * its directory, its glob's folder, or the folder of its file.
 */
export function ownFolder(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  if (pathInside(cwd, absolute) !== undefined) return cwd;
  return isGlob(given) ? path.resolve(cwd, globBase(given.replaceAll('\\', '/'))) : path.dirname(absolute);
}

/**
 * A config as the user names it: a file, a directory (every *.yml and *.yaml below it, in path
 * order, hidden ones skipped) or a glob (`sentry/**\/*.yml`), read as one config (docs/behaviour.md,
 * section 1.2). Paths are relative to `cwd` (the workspace in the action), and messages name
 * each file relative to it.
 */
export async function loadConfig(given: string, cwd: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { fileHint = ACTION_FILE_HINT, root } = options;
  const absolute = path.resolve(cwd, given);
  const top = root ?? cwd;
  const relative = pathInside(top, absolute);
  if (relative === undefined)
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          file: given,
          message: `${given} is outside the workspace (${top}): the config must be in the repository that is checked out; ${fileHint}`,
        },
      ],
    };
  const tree = workspaceTree(top, cwd);
  return loadFrom(tree, relative === '.' ? '' : relative, { given, fileHint, where: absolute });
}

/** A file read before: its git blob sha and what it was read as (src/config/base.ts reuses unchanged files). */
export interface KnownFile {
  readonly sha: string;
  readonly part: Part;
}

/**
 * The config `name` of a tree of files (the workspace, or a commit), as `given` names it. With
 * `known`, a file whose git blob sha is the one known is not read or parsed again.
 */
export async function loadFrom(
  tree: FileTree & { sha?: (path: string) => Promise<string | undefined> },
  name: string,
  options: {
    given: string;
    fileHint?: string;
    known?: ReadonlyMap<string, KnownFile>;
    where?: string;
    /** The files `name` names in `tree`, when the caller has listed them already. */
    set?: Awaited<ReturnType<typeof configFiles>>;
  },
): Promise<LoadResult> {
  const { given, fileHint = ACTION_FILE_HINT, known, where = given } = options;
  const set = options.set ?? (await configFiles(tree, name));
  const failed = (message: string): LoadResult => ({ ok: false, problems: [{ severity: 'error', file: given, message }] });
  if (set.kind === 'missing') return failed(`config file not found at ${where}: ${fileHint}`);
  // The files of a directory or a glob share one string per email (src/config/reader.ts); a
  // single file has its own.
  const emails = set.kind === 'file' ? undefined : createInterner();
  const read = async (file: ConfigFile, whole: boolean): Promise<Part> => {
    const shown = tree.shown(file.path);
    const sha = await tree.sha?.(file.source);
    const before = known?.get(shown);
    if (sha !== undefined && before?.sha === sha && before.part.whole === whole) return before.part;
    let content: Awaited<ReturnType<FileTree['read']>>;
    try {
      content = await tree.read(file.source, MAX_CONFIG_BYTES);
    } catch (error) {
      return refusedPart(shown, `cannot be read: ${messageOf(error)}`, whole);
    }
    if ('refused' in content) return refusedPart(shown, content.refused, whole);
    const part = await parseConfigPart(content.bytes, shown, whole, emails);
    return { ...part, sha: content.sha ?? gitBlobSha(content.bytes) };
  };
  if (set.kind === 'file') return mergeParts([await read(set.file, true)], given, false);
  const problems: ConfigProblem[] = set.problems.map(({ file, message }) => ({
    severity: 'error',
    file,
    message: `the file ${message}`,
  }));
  if (set.files.length === 0 && problems.length === 0)
    return failed(`no *.yml or *.yaml file ${isGlob(name) ? 'matches' : 'is in'} ${given}: ${fileHint}`);
  return mergeParts(await inTurn(set.files, (file) => read(file, false)), given, true, problems);
}

/** Files read a few at a time, in order: a thousand team files never hold a thousand open at once. */
async function inTurn<T, R>(items: readonly T[], each: (item: T) => Promise<R>, width = 16): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await each(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** A file that is not read: one problem naming it, never its content. */
function refusedPart(file: string, why: string, whole: boolean): Part {
  return { file, whole, problems: [{ severity: 'error', file, message: `the file ${why}` }], dropped: new Set(), holds: [] };
}

/**
 * Validates config text (or raw bytes, which must be UTF-8) and builds the normalized model.
 * Asynchronous because yaml's document model, which explains problems, is loaded only when a
 * file needs it (it is a tenth of the action's start-up).
 */
export async function parseConfig(input: string | Uint8Array, file: string): Promise<LoadResult> {
  return mergeParts([await parseConfigPart(input, file, true)], file, false);
}

/**
 * One file of a config, checked alone (the checks that span files run on the whole config):
 * every problem of the file at once, the schema's and the model's, and the model of what is
 * readable. `whole`: the file is the whole config, so it must list members.
 */
export async function parseConfigPart(
  input: string | Uint8Array,
  file: string,
  whole = false,
  emails?: (text: string) => string,
): Promise<Part> {
  const problems: ConfigProblem[] = [];
  const at = (severity: ConfigProblem['severity'], position: Position | undefined, message: string) =>
    problems.push({ severity, file, ...(position ?? {}), message: redactSecrets(message) });
  const failed = (): Part => ({ file, whole, problems, dropped: new Set(), holds: [] });

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
    const quick = fromData(lean.data, file, lean, whole, false, emails);
    if (quick && quick.problems.length === 0) return quick;
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
  const result = fromData(data, file, source, whole, true, emails) as Part;
  return { ...result, problems: [...problems, ...result.problems] };
}

/**
 * Schema and semantic checks of parsed data, and the model of what is readable. With `explain`,
 * a file with schema errors is checked further on what is left once they are taken out
 * (src/config/prune.ts); without it (the lean reader's quick path), undefined is returned at the
 * first problem, for yaml to explain.
 */
function fromData(
  data: unknown,
  file: string,
  source: Locator,
  whole: boolean,
  explain: boolean,
  emails?: (text: string) => string,
): Part | undefined {
  const problems: ConfigProblem[] = [];
  const at: Report = (severity, position, message) =>
    problems.push({ severity, file, ...(position ?? {}), message: redactSecrets(message) });
  const dropped = new Set<string>();
  const failed = (): Part => ({ file, whole, problems, dropped, holds: [] });
  if (data === null || data === undefined) {
    if (!explain) return undefined;
    at(
      'error',
      { line: 1, column: 1 },
      whole
        ? 'the file is empty: it needs at least a "members" mapping (see members.example.yml)'
        : "the file is empty: a file of the config holds members or a team's section (teams: {<slug>: {admins: [...], members: [...]}}); delete it or fill it",
    );
    return failed();
  }
  const errors = schemaErrors(data);
  let raw: unknown = data;
  if (errors.length > 0) {
    if (!explain) return undefined;
    for (const issue of describeSchemaErrors(errors, data)) at('error', source.locate(issue.path, issue.at), issue.message);
    const rest = pruneInvalid(data, errors, dropped);
    if (rest === undefined) return failed();
    raw = rest;
  }
  const config = raw as RawConfig;
  const holds = Object.keys(config).map((key) => ({ key, ...source.locate([key], 'key') }));
  if (whole && errors.length === 0 && config.members === undefined && config.teams === undefined) {
    at('error', source.locate([], 'value'), 'the file is missing the required key "members" (who is in the organization)');
    return failed();
  }
  try {
    const model = buildModel(config, createReader(file, source, at, emails));
    if (!explain && problems.length > 0) return undefined;
    return { file, whole, config: model, problems, dropped, holds };
  } catch (error) {
    // What is left of a file with schema errors may still hold a shape the model does not
    // expect: its schema errors are reported, and nothing more is built from it.
    if (errors.length > 0) return failed();
    throw error;
  }
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
