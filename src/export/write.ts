import { lstat, mkdir, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configFiles, type FileSet } from '../config/files.ts';
import { workspaceTree } from '../config/workspace-tree.ts';
import { pathInside } from '../domain/paths.ts';

/**
 * Writing an export (docs/behaviour.md, section 1.2): never outside `--out`, never through a
 * symbolic link, and never over anything it did not write without `--force`. Into a directory
 * (the team layout), the config files already there that the export does not write (a team
 * Sentry no longer has) are stale: the next plan would read them; they are named, and removed
 * only with `--force`.
 */

/** The export refused to write: what is in the way, and how to go on. Nothing was written. */
export class ExportRefused extends Error {
  override name = 'ExportRefused';
}

export interface Written {
  /** Paths written, relative to `out` for a directory. */
  readonly written: readonly string[];
  /** Stale config files removed (with --force). */
  readonly removed: readonly string[];
}

/** What an export into `out` will do, decided before anything is written. */
interface ExportWrites {
  /** Files there that the export replaces. */
  readonly replace: readonly string[];
  /** Config files there that the export does not write. */
  readonly stale: readonly string[];
}

/** The decision, from the names to write and what is there. */
function exportWrites(names: readonly string[], existing: readonly string[]): ExportWrites {
  const wanted = new Set(names);
  return {
    replace: existing.filter((name) => wanted.has(name)),
    stale: existing.filter((name) => !wanted.has(name)),
  };
}

/** Every path a file is written to stays inside `out`, through no link, with the parents made. */
async function safeTarget(out: string, name: string): Promise<string> {
  const target = path.resolve(out, name);
  if (pathInside(out, target) === undefined || path.isAbsolute(name) || name.split(/[\\/]/).includes('..'))
    throw new ExportRefused(`"${name}" would be written outside ${out}: nothing was written`);
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink())
    throw new ExportRefused(
      `${target} is a symbolic link: export does not write through links; remove it first. Nothing was written`,
    );
  if (info && !info.isFile()) throw new ExportRefused(`${target} is not a file: nothing was written`);
  return target;
}

/** Folders on the way inside `out` (made when missing), none of them a link out of it. */
async function makeParents(out: string, target: string): Promise<void> {
  const folder = path.dirname(target);
  await mkdir(folder, { recursive: true });
  const [realOut, realFolder] = await Promise.all([realpath(out), realpath(folder)]);
  if (pathInside(realOut, realFolder) === undefined)
    throw new ExportRefused(`${folder} leads out of ${out} (a symbolic link): export writes only inside it`);
}

/** One file (`export --out file.yml`): refused when it is there, unless `force`. */
export async function writeExportFile(file: string, text: string, force: boolean): Promise<Written> {
  const target = await safeTarget(path.dirname(file), path.basename(file));
  const there = await lstat(target).catch(() => undefined);
  if (there && !force)
    throw new ExportRefused(
      `${file} exists: the export would replace it, and whatever was written in it (notes, comments) would be lost. Nothing was written: export to another file and compare, or pass --force to replace it`,
    );
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return { written: [file], removed: [] };
}

/**
 * A directory (`export --layout teams --out dir/`): `files` by path relative to `dir`. Without
 * `force`, refused when any file is there (to be replaced, or stale); with it, the files are
 * replaced and the stale config files removed.
 */
export async function writeExportDirectory(dir: string, files: ReadonlyMap<string, string>, force: boolean): Promise<Written> {
  const writes: { target: string; text: string }[] = [];
  for (const [name, text] of files) writes.push({ target: await safeTarget(dir, name), text });
  const existing = await existingConfigFiles(dir);
  const plan = exportWrites([...files.keys()], existing);
  if (!force && (plan.replace.length > 0 || plan.stale.length > 0)) {
    const parts = [
      plan.replace.length > 0 ? `it would replace ${list(plan.replace)} (whatever was written in them would be lost)` : '',
      plan.stale.length > 0
        ? `${list(plan.stale)} ${plan.stale.length === 1 ? 'is a config file' : 'are config files'} the export does not write (a team Sentry no longer has, or a file of your own), which the next plan would read`
        : '',
    ].filter(Boolean);
    throw new ExportRefused(
      `${dir} already holds config files: ${parts.join('; and ')}. Nothing was written: export to an empty directory and compare, or pass --force to replace these files and remove the stale ones`,
    );
  }
  // A stale link is removed as a link: what it points at is not touched.
  const stale = plan.stale.map((name) => {
    const target = path.resolve(dir, name);
    if (pathInside(dir, target) === undefined) throw new ExportRefused(`"${name}" is outside ${dir}: nothing was written`);
    return target;
  });
  for (const { target, text } of writes) {
    await makeParents(dir, target);
    await writeFile(target, text);
  }
  for (const target of stale) await rm(target);
  return { written: [...files.keys()], removed: plan.stale };
}

/** The config files a directory holds, by the rules a plan reads it with; links and odd files included, so they are named. */
async function existingConfigFiles(dir: string): Promise<string[]> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) throw new ExportRefused(`${dir} is not a directory: nothing was written`);
  const set: FileSet = await configFiles(workspaceTree(dir), '');
  if (set.kind !== 'files') return [];
  return [...set.files.map((file) => file.path), ...set.problems.map((problem) => problem.file)].sort();
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
