import { awaitsApprovalOnly } from '../plan/approvals.ts';
import { changeDigest, planDigest } from '../plan/digest.ts';
import type { MemberWrite, Plan } from '../plan/types.ts';

/** The plan a pull request's comment showed: each change's digest, with words for it. */
export interface ReviewedPlan {
  readonly pull: number;
  /** The digest of the whole plan. */
  readonly digest: string;
  /** digest -> what the change was (for the "dropped since the review" list); absent for a plan too large to record. */
  readonly changes?: ReadonlyMap<string, string>;
}

export type ReviewPolicy = 'warn' | 'require';

/** What an apply on merge is held against: the merged pull request's reviewed plan, if one was found. */
export interface Review {
  readonly policy: ReviewPolicy;
  /** The merged pull request the commit came from, if any. */
  readonly pull: number | undefined;
  readonly reviewed: ReviewedPlan | undefined;
  /** GitHub's answer when the merged pull request or its comment could not be read (then nothing was found). */
  readonly unreadable?: string;
}

/** The fresh plan against the reviewed one (docs/behaviour.md, section 10). */
export interface ReviewCheck {
  readonly policy: ReviewPolicy;
  readonly pull: number | undefined;
  /** A reviewed plan was found (a direct push or a plan made with comment: false has none). */
  readonly found: boolean;
  /** The fresh plan makes exactly the reviewed changes. */
  readonly matches: boolean;
  /** Changes of the fresh plan that were not in the reviewed one. */
  readonly added: readonly MemberWrite[];
  /** Changes of the reviewed plan the fresh one no longer makes, in words. */
  readonly dropped: readonly string[];
  /** GitHub's answer when the review could not be read. */
  readonly unreadable?: string;
}

export function checkReview(planned: Plan, review: Review): ReviewCheck {
  const plan = asReviewed(planned);
  const base = { policy: review.policy, pull: review.pull, ...(review.unreadable ? { unreadable: review.unreadable } : {}) };
  const { reviewed } = review;
  if (!reviewed) return { ...base, found: false, matches: false, added: plan.changes, dropped: [] };
  const matches = planDigest(plan) === reviewed.digest;
  if (!reviewed.changes) return { ...base, found: true, matches, added: [], dropped: [] };
  const known = reviewed.changes;
  const fresh = new Set(plan.changes.map(changeDigest));
  return {
    ...base,
    found: true,
    matches,
    added: plan.changes.filter((change) => !known.has(changeDigest(change))),
    dropped: [...known].filter(([digest]) => !fresh.has(digest)).map(([, words]) => words),
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

/** The apply does exactly what was reviewed. */
export function matchesReview(check: ReviewCheck): boolean {
  return check.found && check.matches;
}
