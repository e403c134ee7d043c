import { constants, type Dirent, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathInside } from '../domain/paths.ts';
import { type FileTree, type Followed, LINK_NOWHERE, LINK_OUT, type Read, type TreeEntry, tooLarge } from './files.ts';

/** Not blocking on a FIFO, not following a link at the last step: the file is checked once open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function what(info: Stats | Dirent): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * The workspace (or, on the command line, the folder the config is in) as a tree of files:
 * nothing is read from outside `root`, whatever links point at. `cwd` is where messages name
 * paths from.
 */
export function workspaceTree(root: string, cwd = root): FileTree {
  const absolute = (relative: string) => path.resolve(root, relative);
  let realRoot: Promise<string> | undefined;
  const rootReal = () => {
    realRoot ??= realpath(root).catch(() => path.resolve(root));
    return realRoot;
  };
  /** The real path of `relative`, relative to the real root; undefined when it leaves it. */
  const inside = async (real: string) => pathInside(await rootReal(), real);

  return {
    async entry(relative) {
      const info = await lstat(absolute(relative)).catch(() => undefined);
      if (!info) return undefined;
      if (info.isSymbolicLink()) return { kind: 'link', path: relative };
      if (info.isDirectory()) return { kind: 'folder', path: relative };
      if (info.isFile()) return { kind: 'file', path: relative, size: info.size };
      return { kind: 'other', path: relative, what: what(info) };
    },

    async below(folder) {
      const entries: TreeEntry[] = [];
      const walk = async (relative: string): Promise<void> => {
        const items = await readdir(absolute(relative), { withFileTypes: true }).catch(() => []);
        for (const item of items) {
          if (item.name.startsWith('.')) continue;
          const child = relative === '' ? item.name : `${relative}/${item.name}`;
          if (item.isSymbolicLink()) entries.push({ kind: 'link', path: child });
          else if (item.isDirectory()) {
            entries.push({ kind: 'folder', path: child });
            await walk(child);
          } else if (item.isFile()) entries.push({ kind: 'file', path: child });
          else entries.push({ kind: 'other', path: child, what: what(item) });
        }
      };
      await walk(folder);
      return entries;
    },

    async follow(relative): Promise<Followed> {
      let real: string;
      try {
        real = await realpath(absolute(relative));
      } catch {
        return { kind: 'refused', why: LINK_NOWHERE };
      }
      const target = await inside(real);
      const info = await stat(real).catch(() => undefined);
      if (target === undefined) return { kind: 'refused', why: LINK_OUT, ...(info?.isDirectory() ? { folder: true } : {}) };
      if (info?.isFile()) return { kind: 'file', path: target === '.' ? '' : target };
      if (info?.isDirectory()) return { kind: 'folder', path: target === '.' ? '' : target };
      return {
        kind: 'refused',
        why: `is a symbolic link to ${info ? what(info) : 'nothing'}, not to a regular file: a config file is a file committed in the repository; it is not read`,
      };
    },

    async read(relative, cap): Promise<Read> {
      let real: string;
      try {
        real = await realpath(absolute(relative));
      } catch {
        return { refused: 'cannot be read: it does not exist' };
      }
      // A folder on the way may be a link: what is read must be inside the root all the same.
      if ((await inside(real)) === undefined) return { refused: LINK_OUT };
      const handle = await open(real, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => error);
      if (handle instanceof Error) return { refused: `cannot be read (${handle.code ?? handle.message})` };
      try {
        const info = await handle.stat();
        if (!info.isFile())
          return {
            refused: `is ${what(info)}, not a regular file: a config file is a file committed in the repository; it is not read`,
          };
        if (info.size > cap) return { refused: tooLarge(info.size) };
        // Read to the cap whatever size the file claims (a /proc file says 0 and never ends).
        const buffer = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(info.size + 1, 64 * 1024)));
        const chunks: Buffer[] = [];
        let total = 0;
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, cap + 1 - total), null);
          if (bytesRead === 0) break;
          chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
          total += bytesRead;
          if (total > cap) return { refused: tooLarge(total) };
        }
        return { bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
      } finally {
        await handle.close();
      }
    },

    shown(relative) {
      const full = absolute(relative);
      return pathInside(cwd, full) ?? full;
    },
  };
}
