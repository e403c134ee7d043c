import path from 'node:path';

/**
 * Which files a config is, and reading them safely (docs/behaviour.md, section 1.2): the same
 * rules whether the files come from the workspace or from a commit's git tree (a pull request's
 * base), so a config means the same files at both.
 *
 * - A file is read as named; a directory is every `*.yml` and `*.yaml` below it; a glob
 *   (`sentry/**\/*.yml`) every match. Hidden files and folders (a name starting with `.`) below
 *   the directory or the glob's folder are skipped, by both, so a directory and a glob read the
 *   same files.
 * - Every file must be a regular file inside the tree's root (the workspace): a symbolic link is
 *   followed only to a regular file inside it; a link that leads out, a link to a folder below
 *   the config, a FIFO, a socket or a device is an error naming it, never read and never quoted.
 * - No file is read past the size cap, whatever size it claims.
 */

/** Larger files are refused (a 50,000-member file with teams is about 4 MiB). */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

/** What is at a path of a tree of files, as the tree lists it: links are not followed. */
export type TreeEntry =
  | { readonly kind: 'file'; readonly path: string; readonly size?: number; readonly sha?: string }
  | { readonly kind: 'folder'; readonly path: string }
  | { readonly kind: 'link'; readonly path: string }
  /** A FIFO, a socket, a device, a git submodule: never read. */
  | { readonly kind: 'other'; readonly path: string; readonly what: string };

/** Where a link leads, or why it is not followed (the reason never holds file content). */
export type Followed =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'folder'; readonly path: string }
  /** Not followed; `folder` when it leads to a folder (outside the root, say). */
  | { readonly kind: 'refused'; readonly why: string; readonly folder?: true };

/** A file's bytes, or why it was not read. */
export type Read = { readonly bytes: Uint8Array; readonly sha?: string } | { readonly refused: string };

/**
 * A tree of files with a root: the workspace, or a commit of the repository. Paths are relative
 * to the root, with `/` between folders ('' is the root itself).
 */
export interface FileTree {
  /** The entry at `path`, links not followed; undefined when nothing is there. */
  entry(path: string): Promise<TreeEntry | undefined>;
  /** Every entry below `folder`, recursively, except hidden ones and what is below them; links not followed. */
  below(folder: string): Promise<readonly TreeEntry[]>;
  /** Where the link at `path` leads, inside the root. */
  follow(path: string): Promise<Followed>;
  /** A regular file's bytes, refused past `cap` bytes. */
  read(path: string, cap: number): Promise<Read>;
  /** How messages name a path of this tree. */
  shown(path: string): string;
}

/** A config file found: where it is read from (a link's target), and how messages name it. */
export interface ConfigFile {
  /** The path messages, annotations and links use (the link's own path, for a link). */
  readonly path: string;
  /** The path read (the target, for a link). */
  readonly source: string;
}

/** A file that cannot be part of the config: named, and why, without its content. */
export interface FileProblem {
  readonly file: string;
  readonly message: string;
}

export type FileSet =
  | { readonly kind: 'file'; readonly file: ConfigFile }
  | { readonly kind: 'files'; readonly files: readonly ConfigFile[]; readonly problems: readonly FileProblem[] }
  | { readonly kind: 'missing' };

const YAML = /\.ya?ml$/i;
const MAGIC = /[*?[\]{}]/;

/** A glob rather than a path: it holds `*`, `?`, `[` or `{`. */
export function isGlob(given: string): boolean {
  return MAGIC.test(given);
}

/** The folders of a glob before its first pattern (`sentry/**\/*.yml` -> `sentry`). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (MAGIC.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

function hidden(relative: string): boolean {
  return relative.split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

function normalized(given: string): string {
  const clean = path.posix.normalize(given.replaceAll('\\', '/')).replace(/\/+$/, '');
  return clean === '.' ? '' : clean;
}

/**
 * The files of the config `given` (relative to the tree's root) in path order, with a problem
 * for every file that is there and cannot be read as part of it; 'file' for a single file.
 */
export async function configFiles(tree: FileTree, given: string): Promise<FileSet> {
  const name = normalized(given);
  if (isGlob(name)) return inFolder(tree, globBase(name), (relative) => path.posix.matchesGlob(relative, name), true);
  const entry = await tree.entry(name);
  if (entry === undefined) return { kind: 'missing' };
  switch (entry.kind) {
    case 'folder':
      return inFolder(tree, name, () => true, false);
    case 'file':
      return { kind: 'file', file: { path: name, source: name } };
    case 'other':
      return { kind: 'files', files: [], problems: [{ file: tree.shown(name), message: notRegular(entry.what) }] };
    case 'link': {
      const followed = await tree.follow(name);
      if (followed.kind === 'file') return { kind: 'file', file: { path: name, source: followed.path } };
      if (followed.kind === 'folder') return inFolder(tree, followed.path, () => true, false, name);
      return { kind: 'files', files: [], problems: [{ file: tree.shown(name), message: followed.why }] };
    }
  }
}

/**
 * The config files below `folder`: those `matches` takes (every one for a directory), hidden
 * ones skipped. `shownAs` is the folder as the user named it, when that was a link to it.
 */
async function inFolder(
  tree: FileTree,
  folder: string,
  matches: (relative: string) => boolean,
  glob: boolean,
  shownAs?: string,
): Promise<FileSet> {
  const files: ConfigFile[] = [];
  const problems: FileProblem[] = [];
  const named = (entryPath: string) =>
    shownAs === undefined ? entryPath : path.posix.join(shownAs, path.posix.relative(folder, entryPath));
  const folderEntry = folder === '' ? ({ kind: 'folder', path: '' } as const) : await tree.entry(folder);
  if (folderEntry?.kind !== 'folder') return { kind: 'files', files, problems };
  for (const entry of await tree.below(folder)) {
    const relative = folder === '' ? entry.path : path.posix.relative(folder, entry.path);
    if (hidden(relative)) continue;
    const candidate = YAML.test(entry.path) && matches(named(entry.path));
    if (entry.kind === 'file') {
      if (candidate) files.push({ path: named(entry.path), source: entry.path });
      continue;
    }
    if (entry.kind === 'other') {
      if (candidate) problems.push({ file: tree.shown(named(entry.path)), message: notRegular(entry.what) });
      continue;
    }
    if (entry.kind !== 'link') continue;
    // A link below the config: followed to a file inside the root; a link to a folder would
    // leave its files out silently, so it is an error where such files could belong to the config.
    const followed = await tree.follow(entry.path);
    if (followed.kind === 'file' && candidate) files.push({ path: named(entry.path), source: followed.path });
    else if (
      (followed.kind === 'folder' || (followed.kind === 'refused' && followed.folder === true)) &&
      (!glob || matches(`${named(entry.path)}/x.yml`) || matches(`${named(entry.path)}/x/x.yml`))
    )
      problems.push({
        file: tree.shown(named(entry.path)),
        message:
          'is a symbolic link to a folder: links to folders are not followed, so the files in it would be left out of the config; move the files here, or name that folder in the config',
      });
    else if (followed.kind === 'refused' && candidate)
      problems.push({ file: tree.shown(named(entry.path)), message: followed.why });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { kind: 'files', files, problems };
}

function notRegular(what: string): string {
  return `is ${what}, not a regular file: a config file is a file committed in the repository; it is not read`;
}

/** Why a link is not followed: it leads out of the root (the workspace), or nowhere. */
export const LINK_OUT =
  'is a symbolic link that leads out of the workspace: a config file must be in the repository; replace the link with the file itself. It is not read';
export const LINK_NOWHERE = 'is a symbolic link to nothing (its target does not exist): replace it with the file itself';

export function tooLarge(size: number): string {
  return `the file is ${(size / 1024 / 1024).toFixed(1)} MiB, more than the ${MAX_CONFIG_BYTES / 1024 / 1024} MiB a config file may have: is it the right file?`;
}
