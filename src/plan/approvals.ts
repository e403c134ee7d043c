import { approverName } from '../config/approvals.ts';
import type { Approvals, Approver } from '../config/model.ts';
import { type OrgRole, orgRoleRank } from '../domain/roles.ts';
import type { ApprovalGate, ApprovalStatus, BlockReason, MemberChange, NotCounted } from './types.ts';

/**
 * Privileged changes need a second person (docs/behaviour.md, section 12): with
 * `approvals.privileged` set, a change that makes someone owner or manager is made only by the
 * apply of a merged pull request that a listed person (or a member of a listed team), other than
 * its author, approved on its final head commit in a review that was not dismissed. Everything
 * here is pure: the engine reads the evidence (engine/approvals.ts) and the planner blocks with
 * the gate it gives.
 */

/** The org roles whose grant needs an approval. */
const PRIVILEGED: ReadonlySet<OrgRole> = new Set(['manager', 'owner']);

/**
 * The owner or manager role a change gives, if it gives one: an org-role change up to either
 * (a grant's included), or an invitation with either. Demotions, removals, team changes and a
 * re-sent invitation (its role was given when it was made) give none.
 */
export function privilegedRole(change: MemberChange): OrgRole | undefined {
  if (change.kind === 'invite') return PRIVILEGED.has(change.orgRole) ? change.orgRole : undefined;
  if (change.kind !== 'update' || !change.orgRole) return undefined;
  const { from, to } = change.orgRole;
  return PRIVILEGED.has(to) && orgRoleRank(to) > orgRoleRank(from) ? to : undefined;
}

/**
 * The run, as far as approvals go; the front door says which (the event, and for a push the
 * merged pull request its commit came from, found where the apply's result is reported).
 * - `pull-request`: a run on a pull request (`head`: the commit it plans);
 * - `push`: a push of `commit`, which came from merged pull request `pull` (as GitHub lists the
 *   pull requests of the commit; none: a direct push), or `unreadable` when they could not be read;
 * - `other`: any other run (`schedule`, `workflow_dispatch`, `command-line`, another event).
 */
export type ApprovalRun =
  | { readonly kind: 'pull-request'; readonly pull: number; readonly head?: string }
  | { readonly kind: 'push'; readonly commit: string; readonly pull?: number; readonly unreadable?: string }
  | { readonly kind: 'other'; readonly run: string };

/** A pull request, as far as its approval goes. */
export interface PullFacts {
  readonly number: number;
  /** Undefined for a deleted account. */
  readonly author: string | undefined;
  /** Its head commit: after the merge, the final one. */
  readonly headSha: string;
}

/** A review, oldest first as GitHub lists them. */
export interface ReviewFacts {
  /** Undefined for a deleted account. */
  readonly reviewer: string | undefined;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The head commit the review was given on. */
  readonly commitId: string | undefined;
}

/** Whether a reviewer is an active member of a listed team, or why that could not be read. */
export type MembershipFact =
  | { readonly org: string; readonly team: string; readonly login: string; readonly active: boolean }
  | { readonly org: string; readonly team: string; readonly login: string; readonly failed: string };

/** What the engine read for a run's approval. */
export type ApprovalEvidence =
  /** Nothing to read: no pull request can carry an approval for this run. */
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly detail: string }
  | {
      readonly kind: 'read';
      readonly pull: PullFacts;
      readonly reviews: readonly ReviewFacts[];
      readonly memberships: readonly MembershipFact[];
    };

/** The pull request whose reviews the run reads, or undefined when none can carry an approval. */
export function pullToRead(run: ApprovalRun, mode: 'plan' | 'check' | 'apply'): number | undefined {
  if (run.kind === 'pull-request') return mode === 'apply' ? undefined : run.pull;
  if (run.kind === 'push' && run.unreadable === undefined) return run.pull;
  return undefined;
}

/** The commit whose approval counts: a merge's final head, or the commit a pull request's plan is for. */
function headOf(run: ApprovalRun, pull: PullFacts): string {
  return run.kind === 'pull-request' ? (run.head ?? pull.headSha) : pull.headSha;
}

/** Each reviewer's standing review: the last that approved, requested changes or was dismissed (comments change nothing). */
function standing(reviews: readonly ReviewFacts[]): Map<string, { login: string; review: ReviewFacts }> {
  const latest = new Map<string, { login: string; review: ReviewFacts }>();
  for (const review of reviews) {
    if (!review.reviewer || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.reviewer.toLowerCase(), { login: review.reviewer, review });
  }
  return latest;
}

/** Reviewers whose standing review approves `head`, the pull request's author aside, in the order they reviewed. */
function approvingReviewers(pull: PullFacts, reviews: readonly ReviewFacts[], head: string): string[] {
  const author = pull.author?.toLowerCase();
  return [...standing(reviews).values()]
    .filter(({ login, review }) => review.state === 'APPROVED' && review.commitId === head && login.toLowerCase() !== author)
    .map(({ login }) => login);
}

const listedLogins = (approvers: readonly Approver[]) =>
  new Set(approvers.flatMap((approver) => (approver.kind === 'person' ? [approver.login.toLowerCase()] : [])));
const listedTeams = (approvers: readonly Approver[]) =>
  approvers.flatMap((approver) => (approver.kind === 'team' ? [approver] : []));

/**
 * The team memberships to read: for each reviewer who approved the head and is not listed by
 * login, each listed team, unless a listed login approved already (then none is needed).
 */
export function membershipsToRead(
  approvals: Approvals,
  run: ApprovalRun,
  pull: PullFacts,
  reviews: readonly ReviewFacts[],
): { readonly org: string; readonly team: string; readonly login: string }[] {
  const logins = listedLogins(approvals.privileged);
  const approving = approvingReviewers(pull, reviews, headOf(run, pull));
  if (approving.some((login) => logins.has(login.toLowerCase()))) return [];
  return approving.flatMap((login) => listedTeams(approvals.privileged).map(({ org, team }) => ({ org, team, login })));
}

/** What the evidence says of the run's approval. */
export function approvalStatus(approvals: Approvals, run: ApprovalRun, evidence: ApprovalEvidence): ApprovalStatus {
  if (run.kind === 'other') return { kind: 'no-merged-pull', run: run.run };
  if (run.kind === 'push' && run.unreadable !== undefined) return { kind: 'unreadable', detail: run.unreadable };
  const pullNumber = run.pull;
  if (pullNumber === undefined) return { kind: 'no-merged-pull', run: 'push', commit: run.kind === 'push' ? run.commit : '' };
  if (evidence.kind === 'none') return { kind: 'unreadable', detail: 'its reviews were not read', pull: pullNumber };
  if (evidence.kind === 'unreadable') return { kind: 'unreadable', detail: evidence.detail, pull: pullNumber };
  const { pull, reviews, memberships } = evidence;
  const head = headOf(run, pull);
  const logins = listedLogins(approvals.privileged);
  const approving = approvingReviewers(pull, reviews, head);
  const memberOf = (login: string) =>
    memberships.find((fact) => 'active' in fact && fact.active && fact.login.toLowerCase() === login.toLowerCase());
  for (const login of approving) {
    if (logins.has(login.toLowerCase())) return { kind: 'approved', pull: pull.number, by: login, commit: head };
  }
  for (const login of approving) {
    const membership = memberOf(login);
    if (membership)
      return {
        kind: 'approved',
        pull: pull.number,
        by: login,
        team: `${membership.org}/${membership.team}`,
        commit: head,
      };
  }
  const failed = memberships.find((fact) => 'failed' in fact);
  if (failed && 'failed' in failed)
    return {
      kind: 'unreadable',
      detail: `the membership of ${failed.login} in ${failed.org}/${failed.team}: ${failed.failed}`,
      pull: pull.number,
    };
  return { kind: 'not-approved', pull: pull.number, head, notCounted: notCounted(pull, reviews, head, approving) };
}

/** Why each reviewer's standing review does not count (none does when this is asked). */
function notCounted(pull: PullFacts, reviews: readonly ReviewFacts[], head: string, approving: readonly string[]): NotCounted[] {
  const author = pull.author?.toLowerCase();
  const found: NotCounted[] = [];
  for (const { login, review } of standing(reviews).values()) {
    if (review.state === 'CHANGES_REQUESTED') found.push({ login, why: 'changes-requested' });
    else if (review.state === 'DISMISSED') found.push({ login, why: 'dismissed' });
    else if (login.toLowerCase() === author) found.push({ login, why: 'author' });
    else if (review.commitId !== head) found.push({ login, why: 'earlier-commit' });
    else if (approving.includes(login)) found.push({ login, why: 'not-listed' });
  }
  return found;
}

/** The gate a plan is made with: who may approve, what the run knows, and whether it only shows. */
export function approvalGate(
  approvals: Approvals,
  run: ApprovalRun,
  mode: 'plan' | 'check' | 'apply',
  evidence: ApprovalEvidence,
): ApprovalGate {
  const approvers = approvals.privileged.map(approverName);
  if (run.kind === 'pull-request' && mode === 'apply')
    return { approvers, status: { kind: 'no-merged-pull', run: 'pull_request' }, preview: false };
  return { approvers, status: approvalStatus(approvals, run, evidence), preview: run.kind === 'pull-request' };
}

/** Why a privileged change is blocked, if it is: the run carries no approval (and is not a pull request's plan). */
export function approvalBlocks(change: MemberChange, gate: ApprovalGate | undefined): BlockReason[] {
  if (!gate || gate.preview || gate.status.kind === 'approved') return [];
  const role = privilegedRole(change);
  if (!role) return [];
  return [{ kind: 'needs-approval', role, email: change.email, approvers: gate.approvers, status: gate.status }];
}

/** A blocked change that waits only for an approval: the file asks for it, and a merge with one makes it. */
export function awaitsApprovalOnly(reasons: readonly BlockReason[]): boolean {
  return reasons.length > 0 && reasons.every((reason) => reason.kind === 'needs-approval');
}
