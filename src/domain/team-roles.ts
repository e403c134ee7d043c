import type { TeamRole } from './roles.ts';

type Entry = [slug: string, role: TeamRole | null];

/**
 * A member's teams: slug -> team role, or null for the role implied by the org role. A small
 * read-only map kept in one array, in insertion order: a 50,000-member run holds two per member
 * (the file's and Sentry's), and a Map costs about 190 bytes even for two teams; this costs 80.
 */
export class TeamRoles implements ReadonlyMap<string, TeamRole | null> {
  static readonly EMPTY = new TeamRoles([]);

  /** slug, role, slug, role, ... */
  readonly pairs: readonly (string | TeamRole | null)[];

  private constructor(pairs: readonly (string | TeamRole | null)[]) {
    this.pairs = pairs;
  }

  /** Like `new Map(entries)`: a slug given twice keeps its first place and its last role. */
  static from(entries: Iterable<readonly [string, TeamRole | null]>): TeamRoles {
    const pairs: (string | TeamRole | null)[] = [];
    for (const [slug, role] of entries) {
      let at = 0;
      while (at < pairs.length && pairs[at] !== slug) at += 2;
      if (at < pairs.length) pairs[at + 1] = role;
      else pairs.push(slug, role);
    }
    return TeamRoles.fromPairs(pairs);
  }

  /** From slug, role, slug, role, ... with distinct slugs (as one roster per team gives them). */
  static fromPairs(pairs: readonly (string | TeamRole | null)[]): TeamRoles {
    // A copy: an array grown by push keeps room for 16 more items, three times what it holds here.
    return pairs.length === 0 ? TeamRoles.EMPTY : new TeamRoles(pairs.slice());
  }

  /**
   * For each key, the (slug, role) pairs `each` gives it, in the order given, as TeamRoles: an
   * inverted index (email -> the teams whose sections list it). `each` is called twice, once to
   * count and once to fill, so that every list is allocated once at its size: at 50,000 members,
   * lists grown by push left about 10 MB of garbage that lived long enough to reach the old
   * generation and raise the run's peak memory.
   */
  static index(each: (visit: (key: string, slug: string, role: TeamRole | null) => void) => void): Map<string, TeamRoles> {
    const sizes = new Map<string, number>();
    each((key) => sizes.set(key, (sizes.get(key) ?? 0) + 2));
    const index = new Map<string, TeamRoles>();
    each((key, slug, role) => {
      let roles = index.get(key);
      if (roles === undefined) {
        roles = new TeamRoles(new Array<string | TeamRole | null>(sizes.get(key) ?? 0));
        index.set(key, roles);
      }
      const pairs = roles.pairs as (string | TeamRole | null)[];
      // The first free place: slugs are never undefined (the lists hold a few teams each).
      let at = 0;
      while (pairs[at] !== undefined) at += 2;
      pairs[at] = slug;
      pairs[at + 1] = role;
    });
    return index;
  }

  get size(): number {
    return this.pairs.length / 2;
  }

  get(slug: string): TeamRole | null | undefined {
    for (let at = 0; at < this.pairs.length; at += 2) if (this.pairs[at] === slug) return this.pairs[at + 1] as TeamRole | null;
    return undefined;
  }

  has(slug: string): boolean {
    return this.get(slug) !== undefined;
  }

  forEach(
    callback: (role: TeamRole | null, slug: string, map: ReadonlyMap<string, TeamRole | null>) => void,
    thisArg?: unknown,
  ): void {
    for (const [slug, role] of this.#list()) callback.call(thisArg, role, slug, this);
  }

  entries(): MapIterator<Entry> {
    return this.#list().values();
  }

  keys(): MapIterator<string> {
    return this.#list()
      .map(([slug]) => slug)
      .values();
  }

  values(): MapIterator<TeamRole | null> {
    return this.#list()
      .map(([, role]) => role)
      .values();
  }

  [Symbol.iterator](): MapIterator<Entry> {
    return this.entries();
  }

  #list(): Entry[] {
    const list: Entry[] = [];
    for (let at = 0; at < this.pairs.length; at += 2)
      list.push([this.pairs[at] as string, this.pairs[at + 1] as TeamRole | null]);
    return list;
  }
}
