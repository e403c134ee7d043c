import { commitTree, type GitReader } from './commit-tree.ts';
import { configFiles } from './files.ts';
import { type KnownFile, loadFrom } from './load.ts';
import type { LoadResult, Part } from './model.ts';

/**
 * The config at another commit of the repository (a pull request's base, docs/behaviour.md,
 * section 11): the same files by the same rules as in the workspace (src/config/files.ts), read
 * through GitHub's git data API, and checked the same way. A folder is one recursive tree read
 * (plus one per level down to it); of its files only those whose git blob sha differs from the
 * workspace's are downloaded and parsed, the others are the workspace's, as read (`head`): a pull
 * request that changes one team file of a thousand reads two trees and one blob. 'missing' when
 * the commit has no such file or no config file in such a folder (new in the pull request).
 */
export async function loadConfigAt(
  reader: GitReader,
  commit: string,
  given: string,
  head: readonly Part[] = [],
): Promise<{ readonly kind: 'missing' } | { readonly kind: 'read'; readonly result: LoadResult }> {
  const known = new Map<string, KnownFile>();
  for (const part of head) if (part.sha !== undefined) known.set(part.file, { sha: part.sha, part });
  const tree = commitTree(reader, commit);
  // Listed once: the loader below takes the same list.
  const set = await configFiles(tree, given);
  if (set.kind === 'missing' || (set.kind === 'files' && set.files.length === 0 && set.problems.length === 0))
    return { kind: 'missing' };
  return { kind: 'read', result: await loadFrom(tree, given, { given, known, set }) };
}
