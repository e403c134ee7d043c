import * as core from '@actions/core';
import type { ApplyResult } from '../apply/apply.ts';
import type { Plan } from '../plan/types.ts';
import { applyMarkdown, planMarkdown } from '../render/plan-markdown.ts';
import type { GitHubApi } from './api.ts';
import { COMMENT_LIMIT, findSticky, stickyMarker } from './sticky.ts';

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
    core.warning(`${what} failed: ${(error as Error).message}.${hint}`, { title: 'sentry-members-sync: GitHub' });
  }
}

/** Creates this action's comment on a pull request, or updates it in place; no write when unchanged. */
async function upsertComment(api: GitHubApi, pullRequest: number, marker: string, body: string): Promise<void> {
  const [comments, viewer] = await Promise.all([api.listComments(pullRequest), api.viewer()]);
  const existing = findSticky(comments, marker, viewer);
  if (!existing) await api.createComment(pullRequest, body);
  else if (existing.body !== body) await api.updateComment(existing.id, body);
}

function comment(marker: string, markdown: (limit: number) => string): string {
  return `${marker}\n${markdown(COMMENT_LIMIT - marker.length - 1)}`;
}

/** The plan on the pull request, in the one comment for this organization and config file. */
export async function publishPlanComment(context: PublishContext, pullRequest: number, plan: Plan): Promise<void> {
  const marker = stickyMarker('plan', plan.organization, plan.config);
  const body = comment(marker, (limit) => planMarkdown(plan, { limit, ...(context.runUrl ? { fullAt: context.runUrl } : {}) }));
  await softly(`Posting the plan on pull request #${pullRequest}`, () => upsertComment(context.api, pullRequest, marker, body));
}

/** After an apply on push: the result goes to the plan comment of the merged pull request the commit came from. */
export async function publishApplyResult(context: PublishContext, sha: string, plan: Plan, result: ApplyResult): Promise<void> {
  await softly(`Reporting the apply on the merged pull request of ${sha.slice(0, 7)}`, async () => {
    const pulls = await context.api.pullRequestsOf(sha);
    const merged = pulls.find((pull) => pull.merged);
    if (!merged) return;
    const marker = stickyMarker('plan', plan.organization, plan.config);
    const body = comment(marker, (limit) => {
      const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
      const options = { limit, title, ...(context.runUrl ? { fullAt: context.runUrl } : {}) };
      const applied = applyMarkdown(result, plan.organization, options);
      return applied.length < limit / 2
        ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
        : applied;
    });
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
  const hidden = plan.withheld;
  const drift = plan.changes.length + plan.blocked.length + (hidden ? hidden.removals + hidden.blockedRemovals : 0);
  await softly('Updating the drift issue', async () => {
    const issue = await context.api.findOpenIssue(marker);
    if (drift === 0) {
      if (!issue) return;
      const closing = `${issue.body}\n\n---\nNo drift found on ${now}${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: closed.`;
      await context.api.updateIssue(issue.number, { body: closing, state: 'closed' });
      return;
    }
    const what = result
      ? `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} and corrected them: ${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length} blocked.`
      : `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} (not corrected: this run only checks).`;
    const body = `${marker}\n${what}${context.runUrl ? ` See the [run](${context.runUrl}).` : ''}\n\n${planMarkdown(plan, { limit: COMMENT_LIMIT - marker.length - what.length - 400, title: 'Drift' })}`;
    if (issue) await context.api.updateIssue(issue.number, { body });
    else await context.api.createIssue(`Sentry membership drift: ${plan.organization}`, body);
  });
}
