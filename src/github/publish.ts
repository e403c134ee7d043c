import * as core from '@actions/core';
import type { ApplyResult } from '../apply/apply.ts';
import type { Plan } from '../plan/types.ts';
import {
  applyCommentBody,
  driftClosedBody,
  driftCount,
  driftIssueBody,
  driftIssueTitle,
  planCommentBody,
} from '../render/bodies.ts';
import { describeError } from '../render/failures.ts';
import type { GitHubApi } from './api.ts';
import { findSticky, stickyMarker } from './sticky.ts';

/** Where the comment points when it cannot hold everything. */
export interface PublishContext {
  readonly api: GitHubApi;
  readonly runUrl: string | undefined;
}

/**
 * Runs a GitHub write; a failure is a warning, never the step's failure (a fork's read-only
 * token answers 403, a missing permission 403 or 404).
 */
async function softly(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 403 || status === 404
        ? ' The token may not write here: give the workflow "pull-requests: write" (comments) or "issues: write" (drift issue); pull requests from forks get a read-only token.'
        : '';
    core.warning(`${what} failed: ${describeError(error)}.${hint}`, { title: 'sentry-members-sync: GitHub' });
  }
}

/** Creates this action's comment on a pull request, or updates it in place; no write when unchanged. */
async function upsertComment(api: GitHubApi, pullRequest: number, marker: string, body: string): Promise<void> {
  const [comments, viewer] = await Promise.all([api.listComments(pullRequest), api.viewer()]);
  const existing = findSticky(comments, marker, viewer);
  if (!existing) await api.createComment(pullRequest, body);
  else if (existing.body !== body) await api.updateComment(existing.id, body);
}

/** The plan on the pull request, in the one comment for this organization and config file. */
export async function publishPlanComment(context: PublishContext, pullRequest: number, plan: Plan): Promise<void> {
  const marker = stickyMarker('plan', plan.organization, plan.config);
  const body = planCommentBody(marker, plan, context.runUrl);
  await softly(`Posting the plan on pull request #${pullRequest}`, () => upsertComment(context.api, pullRequest, marker, body));
}

/** After an apply on push: the result goes to the plan comment of the merged pull request the commit came from. */
export async function publishApplyResult(context: PublishContext, sha: string, plan: Plan, result: ApplyResult): Promise<void> {
  await softly(`Reporting the apply on the merged pull request of ${sha.slice(0, 7)}`, async () => {
    const pulls = await context.api.pullRequestsOf(sha);
    const merged = pulls.find((pull) => pull.merged);
    if (!merged) return;
    const marker = stickyMarker('plan', plan.organization, plan.config);
    const body = applyCommentBody(marker, sha, plan, result, context.runUrl);
    await upsertComment(context.api, merged.number, marker, body);
  });
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
