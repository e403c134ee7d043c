import type { ApplyResult } from '../apply/apply.ts';
import type { ReviewCheck, ReviewedPlan } from '../engine/review.ts';
import { changeDigest, planDigest } from '../plan/digest.ts';
import type { MemberChange, Plan } from '../plan/types.ts';
import { escapeMarkdown } from './markdown.ts';
import { applyMarkdown, type MarkdownOptions, planMarkdown } from './plan-markdown.ts';
import { byEmail } from './review.ts';
import { plural } from './validation.ts';

/**
 * The bodies of everything the action publishes (the plan comment, the result comment, the drift
 * issue, the job summary), each within its size limit: every size budget is here, and github/
 * only delivers these strings.
 */

/** GitHub's limit for a comment (and issue) body. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a step's job summary is 1 MiB; keep room for the rest of the step. */
export const SUMMARY_LIMIT = 1_000_000;

const REVIEWED = '<!-- sentry-members-sync:reviewed ';
/** The most of a comment the hidden review record may take. */
const REVIEWED_BUDGET = 24_000;

/**
 * The hidden record of the plan a pull request shows, for the apply on merge to compare with
 * (docs/behaviour.md, section 10): the plan's digest and each change's, with words for it. The
 * words come from the view shown (`shown`), so a public repository's comment names, even hidden,
 * nobody the file does not list.
 */
export function reviewedMarker(plan: Plan, shown: Plan): string {
  const words = new Map(shown.changes.map((change) => [changeDigest(change), `${verb(change)} ${change.email}`]));
  const digests = plan.changes.map(changeDigest);
  const described = Object.fromEntries(
    digests.map((digest) => [digest, words.get(digest) ?? 'removal of a member not in the file']),
  );
  const bare = Object.fromEntries(digests.map((digest) => [digest, '']));
  // The record lives in the comment: within its budget, with words for each change when they fit,
  // else digests alone, else the plan's digest alone (a very large plan: compared as a whole).
  const record = [
    { plan: planDigest(plan), changes: described },
    { plan: planDigest(plan), changes: bare },
  ].find((candidate) => JSON.stringify(candidate).length <= REVIEWED_BUDGET) ?? { plan: planDigest(plan) };
  // JSON inside an HTML comment: no ">" may end it early.
  return `${REVIEWED}${JSON.stringify(record).replace(/>/g, '\\u003e')} -->`;
}

/** The reviewed plan a comment records, or undefined. */
export function readReviewedMarker(body: string, pull: number): ReviewedPlan | undefined {
  const line = reviewedLineOf(body);
  if (!line) return undefined;
  try {
    const data = JSON.parse(line.slice(REVIEWED.length, line.lastIndexOf(' -->'))) as {
      plan?: unknown;
      changes?: Record<string, unknown>;
    };
    if (typeof data.plan !== 'string') return undefined;
    if (data.changes === undefined) return { pull, digest: data.plan };
    const changes = new Map<string, string>();
    for (const [digest, words] of Object.entries(data.changes))
      changes.set(digest, typeof words === 'string' && words ? words : 'a change');
    return { pull, digest: data.plan, changes };
  } catch {
    return undefined;
  }
}

/** The line of a body that holds its reviewed record, to keep it when the comment is rewritten. */
export function reviewedLineOf(body: string): string | undefined {
  return body.split('\n').find((line) => line.startsWith(REVIEWED));
}

function verb(change: MemberChange): string {
  return {
    update: 'update of',
    invite: 'invitation of',
    reinvite: 'new invitation of',
    remove: 'removal of',
    conflict: 'conflict of',
  }[change.kind];
}

function top(marker: string, reviewed: string | undefined): string {
  return reviewed ? `${marker}\n${reviewed}` : marker;
}

/** The plan comment: the markers that find it again and record it, then the plan (pointing to the run when it is cut). */
export function planCommentBody(marker: string, plan: Plan, options: MarkdownOptions, reviewed?: string): string {
  const head = top(marker, reviewed);
  return `${head}\n${planMarkdown(plan, { ...options, limit: Math.max(0, COMMENT_LIMIT - head.length - 1) })}`;
}

/** How the apply compared with the reviewed plan, for the result comment and the summary. */
export function reviewMarkdown(check: ReviewCheck | undefined): string {
  if (!check) return '';
  const where = check.pull === undefined ? 'no merged pull request' : `#${check.pull}`;
  if (!check.found) return `> [!WARNING]\n> No reviewed plan was found (${where}): this apply was not held against one.\n`;
  if (check.added.length === 0 && check.dropped.length === 0)
    return `:white_check_mark: Matches the plan reviewed on ${where}.\n`;
  const lines = [
    `> [!WARNING]\n> The plan differs from the one reviewed on ${where}: ${plural(check.added.length, 'change')} added, ${check.dropped.length} dropped since the review.`,
    '',
  ];
  if (check.added.length > 0) {
    lines.push('**Added since the review** (not reviewed):', '');
    for (const change of byEmail(check.added)) lines.push(`- ${verb(change)} ${escapeMarkdown(change.email)}`);
    lines.push('');
  }
  if (check.dropped.length > 0) {
    lines.push('**Dropped since the review** (no longer needed, or no longer possible):', '');
    for (const words of check.dropped) lines.push(`- ${escapeMarkdown(words)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The merged pull request's comment after an apply: the result, then the plan that was applied when there is room. */
export function applyCommentBody(
  marker: string,
  sha: string,
  plan: Plan,
  result: ApplyResult,
  options: MarkdownOptions & { review?: ReviewCheck; reviewed?: string },
): string {
  const head = top(marker, options.reviewed);
  const limit = COMMENT_LIMIT - head.length - 1;
  const title = `sentry-members-sync applied on merge (${sha.slice(0, 7)})`;
  const review = reviewMarkdown(options.review);
  const applied = `${applyMarkdown(result, plan.organization, { ...options, limit: limit - review.length - 1, title })}${review ? `\n${review}` : ''}`;
  const body =
    applied.length < limit / 2
      ? `${applied}\n${planMarkdown(plan, { ...options, limit: limit - applied.length - 1, title: 'The plan that was applied' })}`
      : applied;
  return `${head}\n${body}`;
}

/** The merged pull request's comment when reviewed-plan: require refused the apply. */
export function unreviewedCommentBody(
  marker: string,
  sha: string,
  plan: Plan,
  check: ReviewCheck,
  options: MarkdownOptions & { reviewed?: string },
): string {
  const head = top(marker, options.reviewed);
  const intro = [
    `## sentry-members-sync did not apply the merge (${sha.slice(0, 7)})`,
    '',
    'Nothing was written: `reviewed-plan` is `require`, and the plan of this merge is not the plan reviewed here.',
    '',
    reviewMarkdown(check),
    'To apply the new plan, run the workflow by hand with mode `apply` (after reading the plan below), or open a new pull request so that it is reviewed.',
    '',
  ].join('\n');
  const limit = COMMENT_LIMIT - head.length - intro.length - 2;
  return `${head}\n${intro}\n${planMarkdown(plan, { ...options, limit, title: 'The plan that was not applied' })}`;
}

/** The job summary of a plan (and, when an apply was refused, why). */
export function planSummary(plan: Plan, options: MarkdownOptions & { review?: ReviewCheck } = {}): string {
  const review = options.review ? `${reviewMarkdown(options.review)}\n` : '';
  return `${review}${planMarkdown(plan, { ...options, limit: SUMMARY_LIMIT - review.length })}`;
}

/** The job summary of an apply: the result (and how it compared with the review), then the plan, within the summary's limit together. */
export function applySummary(plan: Plan, result: ApplyResult, options: MarkdownOptions & { review?: ReviewCheck } = {}): string {
  const applied = `${applyMarkdown(result, plan.organization, { ...options, limit: SUMMARY_LIMIT / 2 })}${options.review ? `\n${reviewMarkdown(options.review)}` : ''}`;
  return `${applied}\n${planMarkdown(plan, { ...options, limit: SUMMARY_LIMIT - applied.length - 1 })}`;
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
