import type { Config } from '../config/model.ts';
import { awaitsApprovalOnly } from '../plan/approvals.ts';
import { configDigest, isUnnamed, type Named, planDigest, publishedDigest } from '../plan/digest.ts';
import type { MemberWrite, Plan } from '../plan/types.ts';

/** The plan a pull request's comment showed, as its record holds it (src/publish/record.ts). */
export interface ReviewedPlan {
  readonly pull: number;
  /** The digest of the whole plan (its published form: see `redacted`). */
  readonly digest: string;
  /** The digest of the config the plan was made from. */
  readonly config: string;
  /** Recorded on a public repository (redact): changes to members the file does not list are recorded by their kind alone. */
  readonly redacted: boolean;
  /** Each change's digest, with words for it (empty when they did not fit); absent for a plan too large to record. */
  readonly changes?: readonly (readonly [string, string])[];
}

export type ReviewPolicy = 'warn' | 'require';

/** What an apply on merge is held against: the merged pull request's reviewed plan, if one was found. */
export interface Review {
  readonly policy: ReviewPolicy;
  /** The merged pull request the commit came from, if any. */
  readonly pull: number | undefined;
  readonly reviewed: ReviewedPlan | undefined;
  /** Why nothing could be read from GitHub: its answer, or what is missing (no token, no repository). */
  readonly unreadable?: string;
  /** Why the plan comment found holds no plan that can be trusted (edited by someone else, a record not of the plan shown). */
  readonly untrusted?: string;
}

/** The fresh plan against the reviewed one (docs/behaviour.md, section 10). */
export interface ReviewCheck {
  readonly policy: ReviewPolicy;
  readonly pull: number | undefined;
  /** A reviewed plan was found (a direct push or a plan made with comment: false has none). */
  readonly found: boolean;
  /** Every change of the fresh plan was reviewed (the same plan, or part of it: the rest is no longer needed). */
  readonly matches: boolean;
  /** Changes of the fresh plan that were not in the reviewed one. */
  readonly added: readonly MemberWrite[];
  /** Changes of the reviewed plan the fresh one no longer makes, in words. */
  readonly dropped: readonly string[];
  /** GitHub's answer when the review could not be read, or what is missing to read it. */
  readonly unreadable?: string;
  /** Why the comment found holds no plan that can be trusted. */
  readonly untrusted?: string;
  /**
   * The plan changes members the file does not list (counted, not named, on a public repository)
   * and the config is not the one reviewed: who those changes are about cannot be compared.
   */
  readonly unnamedUncompared?: number;
  /** A scheduled or hand-started apply under require (not an apply on merge): no reviewed plan is read, only which config changes were applied on merge. */
  readonly scheduled?: true;
}

/**
 * The fresh plan held against the reviewed one: every change it makes must have been reviewed
 * (each change as many times as it was reviewed; a reviewed change no longer needed is only
 * reported). A plan recorded as a whole (too large for each change) must be the same plan. On a
 * public repository changes to members the file does not list were recorded by kind, so they
 * are compared only when the config is the one the reviewed plan was made from.
 */
export function checkReview(planned: Plan, review: Review, config: Config): ReviewCheck {
  const plan = asReviewed(planned);
  const base = {
    policy: review.policy,
    pull: review.pull,
    ...(review.unreadable ? { unreadable: review.unreadable } : {}),
    ...(review.untrusted ? { untrusted: review.untrusted } : {}),
  };
  const { reviewed } = review;
  if (!reviewed) return { ...base, found: false, matches: false, added: plan.changes, dropped: [] };
  const named: Named = reviewed.redacted ? (email) => config.members.has(email.toLowerCase()) : undefined;
  const unnamed = plan.changes.filter((change) => isUnnamed(change, named));
  const uncompared = new Set(unnamed.length > 0 && configDigest(config) !== reviewed.config ? unnamed : []);
  const unverified = uncompared.size > 0 ? { unnamedUncompared: uncompared.size } : {};
  if (!reviewed.changes) {
    const matches = planDigest(plan, named) === reviewed.digest && uncompared.size === 0;
    return { ...base, ...unverified, found: true, matches, added: matches ? [] : [...uncompared], dropped: [] };
  }
  // As many of each reviewed change as were reviewed.
  const left = new Map<string, string[]>();
  for (const [digest, words] of reviewed.changes) {
    const list = left.get(digest);
    if (list) list.push(words || 'a change');
    else left.set(digest, [words || 'a change']);
  }
  const added: MemberWrite[] = [];
  for (const change of plan.changes) {
    const reviewedAs = left.get(publishedDigest(change, named));
    if (uncompared.has(change) || !reviewedAs || reviewedAs.length === 0) added.push(change);
    else reviewedAs.pop();
  }
  return {
    ...base,
    ...unverified,
    found: true,
    matches: added.length === 0,
    added,
    dropped: [...left.values()].flat(),
  };
}

/**
 * The plan as a reviewer saw it on the pull request: a grant blocked only for want of an approval
 * is still a change the file asks for (the pull request's plan showed it waiting for one), so
 * blocking it at merge neither adds nor drops a change; the others are compared and made as usual.
 */
function asReviewed(plan: Plan): Plan {
  const waiting = plan.blocked.filter((blocked) => awaitsApprovalOnly(blocked.reasons)).map((blocked) => blocked.change);
  const writes = waiting.filter((change) => change.kind !== 'conflict');
  return writes.length === 0 ? plan : { ...plan, changes: [...plan.changes, ...writes] };
}

/** The apply does only what was reviewed. */
export function matchesReview(check: ReviewCheck): boolean {
  return check.found && check.matches;
}

/** A commit that changed the config, and the merged pull request it came from. */
export interface ConfigCommit {
  readonly commit: string;
  readonly pull?: number;
}

/**
 * Under reviewed-plan: require, which of the config's changes a scheduled or hand-started apply
 * may carry out (docs/behaviour.md, section 10): those of the config that an apply on merge last
 * applied. `current`: the latest change of the config was applied on merge, so all of them;
 * `earlier`: the config at `commit` was, so only the changes it makes too (drift), and those of
 * the later commits wait for review; `none`: no applied config was found, so every change waits;
 * `unreadable`: GitHub could not tell, so nothing is written and the run fails.
 */
export type Acceptance =
  | { readonly kind: 'current' }
  | { readonly kind: 'earlier'; readonly config: Config; readonly commit: string; readonly notApplied: readonly ConfigCommit[] }
  | { readonly kind: 'none'; readonly why: string; readonly notApplied: readonly ConfigCommit[] }
  | { readonly kind: 'unreadable'; readonly why: string };

/** Changes a scheduled or hand-started apply did not make under require: they wait for review. */
export interface Waiting {
  readonly changes: readonly MemberWrite[];
  /** The commit of the last config applied on merge, when one was found. */
  readonly since?: string;
  /** Commits of the config since then that no apply on merge applied (refused, failed, pushed directly). */
  readonly notApplied: readonly ConfigCommit[];
  /** Why every change waits (no applied config found). */
  readonly why?: string;
}
