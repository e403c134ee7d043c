import { type OrganizationSetup, SimOrganizations, type TeamSetup } from './organizations.ts';
import { type Exhaustion, type SecondaryLimit, SimRateLimits } from './rate-limits.ts';
import { FilesAtRef, SimRepository } from './repository.ts';
import type { Person, ReviewState, SimPull, SimReview } from './shapes.ts';

/** A comment or issue author: GITHUB_TOKEN writes as the Bot github-actions[bot]. */
export interface Author {
  readonly login: string;
  readonly type: 'Bot' | 'User';
}

export const ACTIONS_BOT: Author = { login: 'github-actions[bot]', type: 'Bot' };

export interface SimComment {
  id: number;
  issue: number;
  body: string;
  user: Author;
  /** Hidden by a maintainer ("minimize"). */
  minimized?: boolean;
  /** Who edited it last and when (GraphQL `editor`, `lastEditedAt`); unset while never edited. */
  editor?: Author;
  lastEditedAt?: string;
}

export interface SimIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: Author;
}

/**
 * A token the simulated GitHub knows. Tokens it does not know act as GITHUB_TOKEN does: the
 * github-actions app (or `options.viewer`), with the repository and no organization access.
 */
export interface SimToken {
  /** Its identity, as REST spells it (an app's ends with `[bot]`). */
  readonly login: string;
  /** An installation token of a GitHub App (GITHUB_TOKEN is one) or a person's token. */
  readonly kind: 'app' | 'user';
  /**
   * Organizations whose teams, memberships and SAML identities it may read: an App installed
   * with "Members: read", or a person's token with `read:org` (SAML only for an owner).
   */
  readonly orgs?: readonly string[];
}

/** Logins, organizations and team slugs match without case, as on GitHub. */
export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A token's identity as REST shows it. */
export const personOf = (account: SimToken): Person => ({ login: account.login, type: account.kind === 'app' ? 'Bot' : 'User' });

export interface ModelOptions {
  /** The identity of tokens it does not know: a person (default: github-actions[bot], an app). */
  readonly viewer?: string;
  /** Page size of the legacy lists (issues, comments) and of GraphQL comments (default 2, so paging is exercised). */
  readonly pageSize?: number;
  /** Milliseconds every answer waits before it is sent, as a network would (default 0: the benchmark sets one). */
  readonly latencyMs?: number;
  /** Entries of a recursive tree before GitHub cuts it short (default 100,000). */
  readonly treeLimit?: number;
  readonly now?: () => number;
}

/** What the simulated GitHub holds, and what tests change it with. */
export class GitHubModel {
  readonly comments: SimComment[] = [];
  readonly issues: SimIssue[] = [];
  /** Pull requests of a commit as a test sets them (otherwise found from `pulls`). */
  readonly pullsOfCommit = new Map<string, { number: number; merged_at: string | null }[]>();
  readonly repository = new SimRepository();
  /** File contents by `ref:path`: a view of the repository's commits. */
  readonly files = new FilesAtRef(this.repository);
  readonly organizations = new SimOrganizations();
  /** Tokens it knows (others act as GITHUB_TOKEN). */
  readonly tokens = new Map<string, SimToken>();
  readonly pulls = new Map<number, SimPull>();
  readonly reviews: SimReview[] = [];
  readonly rateLimits: SimRateLimits;
  readonly options: Required<Omit<ModelOptions, 'viewer'>> & Pick<ModelOptions, 'viewer'>;
  #nextId = 1000;

  constructor(options: ModelOptions = {}) {
    this.options = { pageSize: 2, treeLimit: 100_000, now: Date.now, latencyMs: 0, ...options };
    this.rateLimits = new SimRateLimits(this.options.now);
  }

  nextId(): number {
    return this.#nextId++;
  }

  /** The account of a token: the one registered, or GITHUB_TOKEN's. */
  account(token: string | undefined): SimToken {
    const known = token ? this.tokens.get(token) : undefined;
    if (known) return known;
    return this.options.viewer ? { login: this.options.viewer, kind: 'user' } : { login: ACTIONS_BOT.login, kind: 'app' };
  }

  /**
   * A commit holding exactly `files` (`path -> content`, folders separated by `/`): its sha (a
   * real git commit sha unless `sha` is given). Its files also show in `files`.
   */
  commit(
    files: Readonly<Record<string, string>>,
    setup: { sha?: string; parent?: string; branch?: string; message?: string } = {},
  ): string {
    const sha = this.repository.addCommit(files, setup);
    this.files.mirror(this.repository.commit(sha));
    return sha;
  }

  addOrganization(login: string, setup?: OrganizationSetup) {
    return this.organizations.add(login, setup);
  }

  addTeam(org: string, slug: string, setup?: TeamSetup) {
    return this.organizations.addTeam(org, slug, setup);
  }

  addPull(setup: Partial<Omit<SimPull, 'number'>> & { number: number }): SimPull {
    const pull: SimPull = {
      author: { login: 'octocat', type: 'User' },
      title: `Pull request #${setup.number}`,
      body: null,
      state: 'open',
      head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface', ref: `topic-${setup.number}` },
      base: { sha: 'ba5eba11ba5eba11ba5eba11ba5eba11ba5eba11', ref: 'main' },
      merged: false,
      mergeCommitSha: null,
      mergedAt: null,
      mergedBy: null,
      createdAt: '2026-11-26T10:00:00Z',
      ...setup,
    };
    this.pulls.set(pull.number, pull);
    return pull;
  }

  /** Merges a pull request: merged, closed, with its merge commit. */
  merge(number: number, mergeCommitSha: string, mergedAt = '2026-11-27T10:00:00Z'): void {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    Object.assign(pull, { merged: true, state: 'closed', mergeCommitSha, mergedAt, mergedBy: pull.author });
  }

  /** A review, in the order submitted; `commitId` defaults to the pull request's head. */
  review(
    number: number,
    setup: { user: Author | null; state: ReviewState; commitId?: string | null; body?: string; submittedAt?: string },
  ): number {
    const pull = this.pulls.get(number);
    const review: SimReview = {
      id: 80_000 + this.reviews.length,
      pull: number,
      user: setup.user,
      state: setup.state,
      body: setup.body ?? '',
      commitId: setup.commitId === undefined ? (pull?.head.sha ?? null) : setup.commitId,
      submittedAt: setup.state === 'PENDING' ? undefined : (setup.submittedAt ?? new Date(this.options.now()).toISOString()),
    };
    this.reviews.push(review);
    return review.id;
  }

  /** A maintainer dismisses a review: its state becomes DISMISSED. */
  dismissReview(id: number): void {
    const review = this.reviews.find((r) => r.id === id);
    if (!review) throw new Error(`no review ${id}`);
    review.state = 'DISMISSED';
  }

  /**
   * Someone edits a comment (a person with write access may edit the bot's): its body changes,
   * its author stays, and GraphQL names the editor and the time.
   */
  editComment(id: number, body: string, editor: Author): void {
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) throw new Error(`no comment ${id}`);
    comment.body = body;
    comment.editor = editor;
    comment.lastEditedAt = new Date(this.options.now()).toISOString();
  }

  /** The primary budget is spent until `resetInSeconds` from now (one token's, or every token's). */
  exhaustRateLimit(exhaustion: Exhaustion): void {
    this.rateLimits.exhaust(exhaustion);
  }

  /** The next requests (`times`, default 1) hit a secondary rate limit with `retry-after`. */
  secondaryRateLimit(limit: SecondaryLimit): void {
    this.rateLimits.secondary(limit);
  }
}
