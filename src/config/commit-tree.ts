import path from 'node:path';
import { type FileTree, type Followed, LINK_NOWHERE, LINK_OUT, type Read, type TreeEntry, tooLarge } from './files.ts';

/** A file of a commit's git tree, as the GitHub reads client lists it (src/github/reads.ts). */
export interface GitFileEntry {
  readonly path: string;
  readonly sha: string;
  readonly size: number;
  readonly mode: string;
}

/** What a commit tree needs of GitHub: the git data reads of src/github/reads.ts. */
export interface GitReader {
  /** Every file below a folder of a commit (one recursive tree read), undefined when there is no such folder. */
  treeAt(commit: string, folder?: string): Promise<readonly GitFileEntry[] | undefined>;
  /** A folder's own entries (folders included), undefined when there is no such folder. */
  entriesAt(commit: string, folder?: string): Promise<readonly GitFileEntry[] | undefined>;
  blob(sha: string): Promise<Uint8Array>;
}

/** The git modes of a tree entry. */
const FOLDER = '040000';
const LINK = '120000';
const SUBMODULE = '160000';

function entryOf(file: GitFileEntry): TreeEntry {
  if (file.mode === FOLDER) return { kind: 'folder', path: file.path };
  if (file.mode === LINK) return { kind: 'link', path: file.path };
  if (file.mode === SUBMODULE) return { kind: 'other', path: file.path, what: 'a git submodule' };
  return { kind: 'file', path: file.path, size: file.size, sha: file.sha };
}

/**
 * A commit of the repository as a tree of files, read through GitHub's git data API: a folder
 * is one recursive tree read (plus one read per level down to it), a file one blob read. Paths
 * are the repository's; the same rules as the workspace's apply (src/config/files.ts), links
 * resolved within the commit.
 */
export function commitTree(reader: GitReader, commit: string): FileTree & { sha(path: string): Promise<string | undefined> } {
  /** Entries known, by path: from recursive folder reads and from folders' own entries. */
  const known = new Map<string, GitFileEntry>();
  const folders = new Map<string, Promise<readonly GitFileEntry[] | undefined>>();
  const own = new Map<string, Promise<readonly GitFileEntry[] | undefined>>();
  const remember = (files: readonly GitFileEntry[] | undefined) => {
    for (const file of files ?? []) known.set(file.path, file);
    return files;
  };
  /** Each folder read once, whoever asks first. */
  const once =
    (cache: typeof folders, read: (folder: string) => Promise<readonly GitFileEntry[] | undefined>) => (folder: string) => {
      let found = cache.get(folder);
      if (!found) {
        found = read(folder).then(remember);
        cache.set(folder, found);
      }
      return found;
    };
  const below = once(folders, (folder) => reader.treeAt(commit, folder));
  const entriesOf = once(own, (folder) => reader.entriesAt(commit, folder));
  const lookup = async (file: string): Promise<GitFileEntry | undefined> => {
    const seen = known.get(file);
    if (seen) return seen;
    const parent = path.posix.dirname(file);
    await entriesOf(parent === '.' ? '' : parent);
    return known.get(file);
  };

  const tree = {
    async entry(file: string): Promise<TreeEntry | undefined> {
      if (file === '') return { kind: 'folder', path: '' };
      const seen = known.get(file);
      if (seen) return entryOf(seen);
      // A folder (the usual config of several files): its files are read at once, and kept. A
      // name like a file's is looked up in its folder first.
      if (!/\.ya?ml$/i.test(file) && (await below(file)) !== undefined) return { kind: 'folder', path: file };
      const found = await lookup(file);
      if (found || /\.ya?ml$/i.test(file) === false) return found && entryOf(found);
      return (await below(file)) === undefined ? undefined : { kind: 'folder', path: file };
    },

    async below(folder: string): Promise<readonly TreeEntry[]> {
      const files = (await below(folder)) ?? [];
      const prefix = folder === '' ? '' : `${folder}/`;
      return files
        .filter(
          (file) =>
            !file.path
              .slice(prefix.length)
              .split('/')
              .some((segment) => segment.startsWith('.')),
        )
        .map(entryOf);
    },

    async follow(link: string, hops = 0): Promise<Followed> {
      const entry = await lookup(link);
      if (!entry) return { kind: 'refused', why: LINK_NOWHERE };
      const target = Buffer.from(await reader.blob(entry.sha)).toString('utf8');
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
      if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../')) return { kind: 'refused', why: LINK_OUT };
      const next = resolved === '.' ? '' : resolved;
      const found = await tree.entry(next);
      if (!found) return { kind: 'refused', why: LINK_NOWHERE };
      if (found.kind === 'file') return { kind: 'file', path: next };
      if (found.kind === 'folder') return { kind: 'folder', path: next };
      if (found.kind === 'link' && hops < 8) return tree.follow(next, hops + 1);
      return { kind: 'refused', why: LINK_NOWHERE };
    },

    async read(file: string, cap: number): Promise<Read> {
      const entry = await lookup(file);
      if (!entry || entry.mode === FOLDER || entry.mode === SUBMODULE || entry.mode === LINK)
        return { refused: `cannot be read at commit ${commit.slice(0, 7)}` };
      if (entry.size > cap) return { refused: tooLarge(entry.size) };
      const bytes = await reader.blob(entry.sha);
      if (bytes.byteLength > cap) return { refused: tooLarge(bytes.byteLength) };
      return { bytes, sha: entry.sha };
    },

    /** The git blob sha of a file, known from its tree without reading it. */
    async sha(file: string): Promise<string | undefined> {
      const entry = await lookup(file);
      return entry && entry.mode !== FOLDER && entry.mode !== LINK ? entry.sha : undefined;
    },

    shown(file: string) {
      return file;
    },
  };
  return tree;
}
