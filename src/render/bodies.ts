import type { ApplyResult } from '../apply/apply.ts';
import type { Plan } from '../plan/types.ts';
import { applyMarkdown, planMarkdown } from './plan-markdown.ts';

/**
 * The bodies of everything the action publishes (the plan comment, the result comment, the drift
 * issue, the job summary), each within its size limit: every size budget is here, and github/
 * only delivers these strings.
 */

/** GitHub's limit for a comment (and issue) body. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a step's job summary is 1 MiB; keep room for the rest of the step. */
export const SUMMARY_LIMIT = 1_000_000;

/** The plan comment: the marker that finds it again, then the plan (pointing to the run when it is cut). */
export function planCommentBody(marker: string, plan: Plan, runUrl: string | undefined): string {
  const limit = COMMENT_LIMIT - marker.length - 1;
  return `${marker}\n${planMarkdown(plan, { limit, ...(runUrl ? { fullAt: runUrl } : {}) })}`;
}

/** The merged pull request's comment after an apply: the result, then the plan that was applied when there is room. */
export function applyCommentBody(
  marker: string,
  sha: string,
  plan: Plan,
  result: ApplyResult,
  runUrl: string | undefined,
): string {
  const limit = COMMENT_LIMIT - marker.length - 1;
  const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
  const options = { limit, title, ...(runUrl ? { fullAt: runUrl } : {}) };
  const applied = applyMarkdown(result, plan.organization, options);
  const body =
    applied.length < limit / 2
      ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
      : applied;
  return `${marker}\n${body}`;
}

/** The job summary of a plan. */
export function planSummary(plan: Plan): string {
  return planMarkdown(plan, { limit: SUMMARY_LIMIT });
}

/** The job summary of an apply: the result, then the plan, within the summary's limit together. */
export function applySummary(plan: Plan, result: ApplyResult): string {
  const applied = applyMarkdown(result, plan.organization, { limit: SUMMARY_LIMIT / 2 });
  return `${applied}\n${planMarkdown(plan, { limit: SUMMARY_LIMIT - applied.length - 1 })}`;
}

/** Drift found by a run: how many writes, and (after an apply) what became of them. */
export function driftCount(plan: Plan): number {
  const hidden = plan.withheld;
  return plan.changes.length + plan.blocked.length + (hidden ? hidden.removals + hidden.blockedRemovals : 0);
}

export function driftIssueTitle(plan: Plan): string {
  return `Sentry membership drift: ${plan.organization}`;
}

/** The drift issue's body: what this run found (and corrected), then the drift itself. */
export function driftIssueBody(
  marker: string,
  plan: Plan,
  result: ApplyResult | undefined,
  now: string,
  runUrl: string | undefined,
): string {
  const drift = driftCount(plan);
  const what = result
    ? `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} and corrected them: ${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length} blocked.`
    : `Found ${drift} change(s) between ${plan.config} and Sentry on ${now} (not corrected: this run only checks).`;
  const head = `${marker}\n${what}${runUrl ? ` See the [run](${runUrl}).` : ''}\n\n`;
  return `${head}${planMarkdown(plan, { limit: COMMENT_LIMIT - head.length, title: 'Drift' })}`;
}

/** The drift issue's body once a run finds none: what it said, and that it is closed. */
export function driftClosedBody(previous: string, now: string, runUrl: string | undefined): string {
  const closing = `\n\n---\nNo drift found on ${now}${runUrl ? ` ([run](${runUrl}))` : ''}: closed.`;
  return `${previous.slice(0, COMMENT_LIMIT - closing.length)}${closing}`;
}
