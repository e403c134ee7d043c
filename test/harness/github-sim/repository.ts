import { commitShaOf, type GitObject, snapshotObjects } from './git.ts';

export interface SimCommit {
  readonly sha: string;
  /** `path -> content`, folders separated by `/`. */
  readonly files: Map<string, string>;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
}

/**
 * The repository's commits and branches, and the git objects they hold. A commit's files are
 * the truth; its trees and blobs are computed from them when asked (and kept until the files
 * change).
 */
export class SimRepository {
  readonly commits = new Map<string, SimCommit>();
  /** Branch (or tag) name -> commit sha. */
  readonly branches = new Map<string, string>();
  #objects: { version: number; roots: Map<string, string>; objects: Map<string, GitObject> } | undefined;
  #version = 0;

  /** The commit `sha`, created empty when it does not exist yet (a test names its commits). */
  commit(sha: string): SimCommit {
    let commit = this.commits.get(sha);
    if (!commit) {
      commit = {
        sha,
        files: new Map(),
        parents: [],
        message: `commit ${sha.slice(0, 7)}`,
        author: { name: 'Octo Cat', email: 'octocat@example.com', date: '2026-11-27T10:00:00Z' },
      };
      this.commits.set(sha, commit);
    }
    return commit;
  }

  /**
   * A new commit holding exactly `files`, with a real commit sha unless one is given; `parent`
   * becomes its first parent and `branch` (when given) moves to it.
   */
  addCommit(
    files: Readonly<Record<string, string>>,
    options: { sha?: string; parent?: string; branch?: string; message?: string } = {},
  ): string {
    const message = options.message ?? 'Update members';
    const author = {
      name: 'Octo Cat',
      email: 'octocat@example.com',
      date: new Date(Date.UTC(2026, 10, 27, 10, this.commits.size)).toISOString(),
    };
    const parents = options.parent ? [options.parent] : [];
    const sha =
      options.sha ?? commitShaOf({ tree: snapshotObjects(new Map(Object.entries(files))).root, parents, author, message });
    const commit = this.commit(sha);
    commit.files.clear();
    for (const [path, content] of Object.entries(files)) commit.files.set(path, content);
    commit.parents = parents;
    commit.message = message;
    commit.author = author;
    if (options.branch) this.branches.set(options.branch, sha);
    this.changed();
    return sha;
  }

  /** Call after changing a commit's files in place. */
  changed(): void {
    this.#version++;
  }

  /** A commit by sha, branch or tag name. */
  resolve(ref: string): SimCommit | undefined {
    return this.commits.get(this.branches.get(ref) ?? ref);
  }

  /**
   * The commits reachable from `sha` (itself included), newest first by author date, that changed
   * something at `path` (a file, or anything below a folder; '' for every commit) from their
   * first parent, as `git log -- <path>` lists them.
   */
  history(sha: string, path: string): SimCommit[] {
    const seen = new Set<string>();
    const reachable: SimCommit[] = [];
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.shift() ?? '';
      const commit = this.commits.get(next);
      if (!commit || seen.has(next)) continue;
      seen.add(next);
      reachable.push(commit);
      queue.push(...commit.parents);
    }
    const under = (file: string) => path === '' || file === path || file.startsWith(`${path.replace(/\/$/, '')}/`);
    const at = (commit: SimCommit | undefined) =>
      JSON.stringify([...(commit?.files ?? [])].filter(([file]) => under(file)).sort(([a], [b]) => a.localeCompare(b)));
    return reachable
      .filter((commit) => at(commit) !== at(this.commits.get(commit.parents[0] ?? '')))
      .sort((a, b) => b.author.date.localeCompare(a.author.date));
  }

  /** The root tree sha of a commit. */
  treeOf(commit: SimCommit): string {
    return this.#index().roots.get(commit.sha) ?? '';
  }

  /** A blob or tree of any commit, by sha. */
  object(sha: string): GitObject | undefined {
    return this.#index().objects.get(sha);
  }

  #index() {
    if (this.#objects?.version !== this.#version) {
      const roots = new Map<string, string>();
      const objects = new Map<string, GitObject>();
      for (const commit of this.commits.values()) {
        const snapshot = snapshotObjects(commit.files);
        roots.set(commit.sha, snapshot.root);
        for (const [sha, object] of snapshot.objects) objects.set(sha, object);
      }
      this.#objects = { version: this.#version, roots, objects };
    }
    return this.#objects;
  }
}

/**
 * File contents keyed `ref:path`, as the simulated GitHub has always taken them
 * (`files.set('<sha>:sentry-members.yml', text)`): a view of the repository's commits, so a file
 * set here is in that commit's git tree too, and a commit's files show here.
 */
export class FilesAtRef extends Map<string, string> {
  readonly #repository: SimRepository;

  constructor(repository: SimRepository) {
    super();
    this.#repository = repository;
  }

  override set(key: string, content: string): this {
    super.set(key, content);
    const [ref, path] = split(key);
    this.#repository.commit(ref).files.set(path, content);
    this.#repository.changed();
    return this;
  }

  override delete(key: string): boolean {
    const [ref, path] = split(key);
    this.#repository.commits.get(ref)?.files.delete(path);
    this.#repository.changed();
    return super.delete(key);
  }

  override clear(): void {
    for (const key of [...this.keys()]) this.delete(key);
  }

  /** Mirrors a commit's files here (after addCommit). */
  mirror(commit: SimCommit): void {
    for (const key of [...this.keys()]) if (split(key)[0] === commit.sha) super.delete(key);
    for (const [path, content] of commit.files) super.set(`${commit.sha}:${path}`, content);
  }
}

function split(key: string): [string, string] {
  const colon = key.indexOf(':');
  return colon < 0 ? ['', key] : [key.slice(0, colon), key.slice(colon + 1)];
}
