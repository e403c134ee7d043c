import * as core from '@actions/core';
import type { ApplyResult } from '../apply/apply.ts';
import { messageOf } from '../domain/errors.ts';
import type { ReviewCheck, ReviewedPlan } from '../engine/review.ts';
import type { Plan } from '../plan/types.ts';
import {
  applyCommentBody,
  driftClosedBody,
  driftCount,
  driftIssueBody,
  driftIssueTitle,
  planCommentBody,
  readReviewedMarker,
  reviewedLineOf,
  unreviewedCommentBody,
} from '../render/bodies.ts';
import type { MarkdownOptions } from '../render/plan-markdown.ts';
import type { GitHubApi } from './api.ts';
import { findSticky, stickyMarker } from './sticky.ts';

/** Where the comment points when it cannot hold everything. */
export interface PublishContext {
  readonly api: GitHubApi;
  readonly runUrl: string | undefined;
}

/**
 * Runs a GitHub call; a failure is a warning, never the step's failure (a fork's read-only
 * token answers 403, a missing permission 403 or 404).
 */
async function softly<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 403 || status === 404
        ? ' The token may not write here: give the workflow "pull-requests: write" (comments) or "issues: write" (drift issue); pull requests from forks get a read-only token.'
        : '';
    core.warning(`${what} failed: ${messageOf(error)}.${hint}`, { title: 'sentry-members-sync: GitHub' });
    return undefined;
  }
}

/** This action's comment on a pull request for this organization and config: found by its marker and its author. */
async function stickyOn(api: GitHubApi, pullRequest: number, marker: string) {
  const [comments, viewer] = await Promise.all([api.listComments(pullRequest), api.viewer()]);
  return findSticky(comments, marker, viewer);
}

/** Creates this action's comment on a pull request, or updates it in place; no write when unchanged. */
async function upsertComment(api: GitHubApi, pullRequest: number, marker: string, body: string): Promise<void> {
  const existing = await stickyOn(api, pullRequest, marker);
  if (!existing) await api.createComment(pullRequest, body);
  else if (existing.body !== body) await api.updateComment(existing.id, body);
}

const planMarker = (plan: Plan) => stickyMarker('plan', plan.organization, plan.config);

/** The plan on the pull request, in the one comment for this organization and config file, with its reviewed record. */
export async function publishPlanComment(
  context: PublishContext,
  pullRequest: number,
  plan: Plan,
  options: MarkdownOptions & { reviewed: string },
): Promise<void> {
  const marker = planMarker(plan);
  const body = planCommentBody(
    marker,
    plan,
    { ...options, ...(context.runUrl ? { fullAt: context.runUrl } : {}) },
    options.reviewed,
  );
  await softly(`Posting the plan on pull request #${pullRequest}`, () => upsertComment(context.api, pullRequest, marker, body));
}

/** The merged pull request a push came from, and the plan reviewed there (read before an apply on merge). */
export interface MergedPull {
  readonly pull: number | undefined;
  readonly reviewed: ReviewedPlan | undefined;
  /** The reviewed record's line, kept when the comment is rewritten with the result. */
  readonly reviewedLine: string | undefined;
}

export async function findMergedPull(
  context: PublishContext,
  sha: string,
  plan: Pick<Plan, 'organization' | 'config'>,
): Promise<MergedPull> {
  const found = await softly(`Reading the merged pull request of ${sha.slice(0, 7)}`, async () => {
    const merged = (await context.api.pullRequestsOf(sha)).find((pull) => pull.merged);
    if (!merged) return { pull: undefined, reviewed: undefined, reviewedLine: undefined };
    const comment = await stickyOn(context.api, merged.number, stickyMarker('plan', plan.organization, plan.config));
    return {
      pull: merged.number,
      reviewed: comment ? readReviewedMarker(comment.body, merged.number) : undefined,
      reviewedLine: comment ? reviewedLineOf(comment.body) : undefined,
    };
  });
  return found ?? { pull: undefined, reviewed: undefined, reviewedLine: undefined };
}

/** After an apply on push: the result goes to the plan comment of the merged pull request the commit came from. */
export async function publishApplyResult(
  context: PublishContext,
  merged: MergedPull,
  sha: string,
  plan: Plan,
  result: ApplyResult,
  options: MarkdownOptions & { review?: ReviewCheck },
): Promise<void> {
  const { pull } = merged;
  if (pull === undefined) return;
  const marker = planMarker(plan);
  const body = applyCommentBody(marker, sha, plan, result, {
    ...options,
    ...(context.runUrl ? { fullAt: context.runUrl } : {}),
    ...(merged.reviewedLine ? { reviewed: merged.reviewedLine } : {}),
  });
  await softly(`Reporting the apply on pull request #${pull}`, () => upsertComment(context.api, pull, marker, body));
}

/** reviewed-plan: require refused the apply: the merged pull request says what differs and how to go on. */
export async function publishUnreviewed(
  context: PublishContext,
  merged: MergedPull,
  sha: string,
  plan: Plan,
  check: ReviewCheck,
  options: MarkdownOptions,
): Promise<void> {
  const { pull } = merged;
  if (pull === undefined) return;
  const marker = planMarker(plan);
  const body = unreviewedCommentBody(marker, sha, plan, check, {
    ...options,
    ...(context.runUrl ? { fullAt: context.runUrl } : {}),
    ...(merged.reviewedLine ? { reviewed: merged.reviewedLine } : {}),
  });
  await softly(`Reporting the refused apply on pull request #${pull}`, () => upsertComment(context.api, pull, marker, body));
}

/** The config file at a commit, through the GitHub API (no deeper checkout needed), or undefined. */
export async function configAt(context: PublishContext, path: string, ref: string): Promise<string | undefined> {
  try {
    return await context.api.fileAt(path, ref);
  } catch (error) {
    core.debug(`reading ${path} at ${ref}: ${messageOf(error)}`);
    return undefined;
  }
}

/**
 * Keeps one open issue about drift: created or updated when a run finds drift (listing what it
 * found and, after an apply, what it corrected), closed when a run finds none.
 */
export async function manageDriftIssue(
  context: PublishContext,
  plan: Plan,
  result: ApplyResult | undefined,
  now: string,
): Promise<void> {
  const marker = stickyMarker('drift', plan.organization, plan.config);
  await softly('Updating the drift issue', async () => {
    const issue = await context.api.findOpenIssue(marker);
    if (driftCount(plan) === 0) {
      if (issue)
        await context.api.updateIssue(issue.number, { body: driftClosedBody(issue.body, now, context.runUrl), state: 'closed' });
      return;
    }
    const body = driftIssueBody(marker, plan, result, now, context.runUrl);
    if (issue) await context.api.updateIssue(issue.number, { body });
    else await context.api.createIssue(driftIssueTitle(plan), body);
  });
}
