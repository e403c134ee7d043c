import { createHash } from 'node:crypto';

/**
 * Git's object model, as far as GitHub's git data endpoints show it: blobs and trees named by
 * the SHA-1 of `<type> <size>\0<body>`, so a blob's sha is `git hash-object`'s and a tree's is
 * `git write-tree`'s (test/github-sim/git-objects.test.ts checks both against git itself).
 */
export interface TreeEntry {
  /** The entry's name in its tree (one path segment). */
  readonly name: string;
  readonly mode: '100644' | '040000';
  readonly type: 'blob' | 'tree';
  readonly sha: string;
  /** Blobs only: bytes. */
  readonly size?: number;
}

export type GitObject =
  | { readonly type: 'blob'; readonly sha: string; readonly content: Buffer }
  | { readonly type: 'tree'; readonly sha: string; readonly entries: readonly TreeEntry[] };

function objectSha(type: 'blob' | 'tree' | 'commit', body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

export function blobShaOf(content: Buffer): string {
  return objectSha('blob', content);
}

/** Git orders a tree's entries by name, a folder's name compared as if it ended with `/`. */
function byGitOrder(a: TreeEntry, b: TreeEntry): number {
  return Buffer.compare(
    Buffer.from(a.type === 'tree' ? `${a.name}/` : a.name),
    Buffer.from(b.type === 'tree' ? `${b.name}/` : b.name),
  );
}

/**
 * The objects of a snapshot of files (`path -> content`, folders separated by `/`): every blob
 * and tree by sha, and the root tree's sha.
 */
export function snapshotObjects(files: ReadonlyMap<string, string | Buffer>): { root: string; objects: Map<string, GitObject> } {
  const objects = new Map<string, GitObject>();
  function tree(paths: readonly (readonly [string[], Buffer])[]): string {
    const entries: TreeEntry[] = [];
    const folders = new Map<string, [string[], Buffer][]>();
    for (const [segments, content] of paths) {
      const [name, ...rest] = segments;
      if (name === undefined) continue;
      if (rest.length === 0) {
        const sha = blobShaOf(content);
        objects.set(sha, { type: 'blob', sha, content });
        entries.push({ name, mode: '100644', type: 'blob', sha, size: content.length });
      } else {
        const inFolder = folders.get(name) ?? [];
        inFolder.push([rest, content]);
        folders.set(name, inFolder);
      }
    }
    for (const [name, inFolder] of folders) entries.push({ name, mode: '040000', type: 'tree', sha: tree(inFolder) });
    entries.sort(byGitOrder);
    const body = Buffer.concat(
      entries.map((entry) =>
        Buffer.concat([
          Buffer.from(`${entry.type === 'tree' ? '40000' : entry.mode} ${entry.name}\0`),
          Buffer.from(entry.sha, 'hex'),
        ]),
      ),
    );
    const sha = objectSha('tree', body);
    objects.set(sha, { type: 'tree', sha, entries });
    return sha;
  }
  const root = tree(
    [...files].map(([path, content]) => [
      path.split('/').filter((segment) => segment !== ''),
      typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    ]),
  );
  return { root, objects };
}

/** A commit's sha as git computes it, from its tree, parents, author line and message. */
export function commitShaOf(commit: {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: { readonly name: string; readonly email: string; readonly date: string };
  readonly message: string;
}): string {
  const seconds = Math.floor(Date.parse(commit.author.date) / 1000);
  const person = `${commit.author.name} <${commit.author.email}> ${seconds} +0000`;
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${person}`,
    `committer ${person}`,
  ];
  return objectSha('commit', Buffer.from(`${lines.join('\n')}\n\n${commit.message}\n`));
}
