import type { ReviewCheck } from '../engine/review.ts';
import { escapeMarkdown } from '../render/markdown.ts';
import { type Links, type MarkdownOptions, viewMarkdown } from '../render/plan-markdown.ts';
import type { View } from '../render/plan-view.ts';
import { plural } from '../render/validation.ts';
import { readableTime, type Status, statusMarkdown } from './status.ts';

/**
 * The bodies of everything the action publishes (the plan comment, the comment on a merged pull
 * request, the drift issue, the job summary), each starting with its status line and kept
 * within its size limit: every size budget is here.
 */

/** GitHub's limit for a comment (and issue) body. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a step's job summary is 1 MiB; keep room for the rest of the step. */
export const SUMMARY_LIMIT = 1_000_000;

const PLANNED = '<!-- sentry-members-sync:planned ';
const PLANNED_END = '<!-- sentry-members-sync:planned-end -->';

/** A plan as a comment holds it: between hidden lines naming the commit it is for and when Sentry was read. */
function wrapPlan(commit: string, readAt: number, markdown: string): string {
  return `${PLANNED}commit=${commit} read=${readAt} -->\n${markdown.trimEnd()}\n${PLANNED_END}\n`;
}

/** A plan an earlier run posted, found again in its comment. */
export interface EarlierPlan {
  readonly commit: string;
  readonly readAt: number;
  readonly markdown: string;
}

/** The plan a comment holds (the current one, or one it keeps as out of date), or undefined. */
export function earlierPlan(body: string): EarlierPlan | undefined {
  const start = body.indexOf(PLANNED);
  const end = body.indexOf(PLANNED_END, start);
  if (start < 0 || end < 0) return undefined;
  const lineEnd = body.indexOf('\n', start);
  const match = /^commit=([0-9a-f]{1,64}) read=(\d{1,15}) -->$/.exec(body.slice(start + PLANNED.length, lineEnd));
  if (!match) return undefined;
  return { commit: match[1] ?? '', readAt: Number(match[2]), markdown: body.slice(lineEnd + 1, end).trimEnd() };
}

/**
 * An earlier plan kept in a comment, folded and marked out of date, so that it never looks
 * current: without its last line (what merging did then is no forecast now), and said again
 * inside the fold.
 */
function outOfDate(earlier: EarlierPlan, why: string): string {
  const commit = earlier.commit.slice(0, 7);
  const plan = earlier.markdown.replace(/\n---\n\n\*\*[^\n]*\*\*$/, '');
  return `<details><summary>⚠️ Out of date: the plan for ${commit} (Sentry read ${readableTime(earlier.readAt)}), ${why}</summary>\n\n> [!WARNING]\n> Out of date: planned for \`${commit}\`, ${why}.\n\n${wrapPlan(earlier.commit, earlier.readAt, plan)}\n</details>\n`;
}

function top(marker: string, record: string | undefined, status: Status): string {
  return `${[marker, record, statusMarkdown(status)].filter((line) => line !== undefined).join('\n')}\n`;
}

export interface PlanBody {
  readonly status: Status;
  readonly view: View;
  readonly links?: Links;
  /** The run's page, where the job summary holds what a shortened comment leaves out. */
  readonly fullAt?: string;
  /** The view's heading, instead of its own title; false: none. */
  readonly title?: string | false;
}

/**
 * The plan comment: its marker, the reviewed record, the status, then the plan, marked with its
 * commit. The record is made for the plan's text as shown (`record(text)`, whose length does not
 * depend on the text), so that a record and a plan that were not written together are told apart.
 */
export function planComment(
  marker: string,
  record: (shown: string) => string | undefined,
  body: PlanBody & { commit: string; readAt: number },
): string {
  const room = COMMENT_LIMIT - top(marker, record(''), body.status).length - 1 - wrapPlan(body.commit, body.readAt, '').length;
  const plan = viewMarkdown(body.view, markdownOptions(body, room));
  return `${top(marker, record(plan), body.status)}\n${wrapPlan(body.commit, body.readAt, plan)}`;
}

function markdownOptions(body: PlanBody, limit: number, level?: number): MarkdownOptions {
  return {
    limit,
    ...(body.links ? { links: body.links } : {}),
    ...(body.fullAt ? { fullAt: body.fullAt } : {}),
    ...(body.title !== undefined ? { title: body.title } : {}),
    ...(level ? { level } : {}),
  };
}

/**
 * A run that made no plan (an invalid config, a failed read): its status, why (`explain` fits
 * what it says within the room it is given), and an earlier plan kept folded, out of date, when
 * it fits.
 */
export function failureComment(
  marker: string,
  status: Status,
  explain: (limit: number) => string,
  earlier?: { readonly plan: EarlierPlan; readonly why: string },
  record?: string,
): string {
  const head = top(marker, record, status);
  const room = COMMENT_LIMIT - head.length - 2;
  const kept = earlier ? outOfDate(earlier.plan, earlier.why) : '';
  const explained = explain(kept ? Math.max(room - kept.length, room / 2) : room);
  const rest = room - explained.length;
  const tail = !earlier
    ? ''
    : kept.length <= rest
      ? kept
      : `⚠️ The plan for ${earlier.plan.commit.slice(0, 7)} is out of date (${earlier.why}) and too long to keep here.\n`;
  return `${head}\n${[explained, tail].filter((part) => part !== '').join('\n')}`;
}

/** How the apply compared with the reviewed plan, in a sentence or two, for the result comment and the summary (the lists are sections of the view). */
export function reviewMarkdown(check: ReviewCheck | undefined): string {
  if (!check) return '';
  const where = check.pull === undefined ? 'no merged pull request' : `#${check.pull}`;
  const warning = (text: string) => `> [!WARNING]\n> ${escapeMarkdown(text)}\n`;
  if (check.unreadable)
    return warning(
      `The reviewed plan could not be read from GitHub (${clip(check.unreadable)}): this apply was not held against one.`,
    );
  if (check.untrusted)
    return warning(
      `The plan comment on ${where} cannot be trusted (${clip(check.untrusted)}): this apply was not held against it.`,
    );
  if (!check.found) return warning(`No reviewed plan was found (${where}): this apply was not held against one.`);
  const uncompared = check.unnamedUncompared
    ? ` ${plural(check.unnamedUncompared, 'change')} to members the file does not list could not be compared: the config is not the one reviewed.`
    : '';
  if (check.added.length === 0 && check.dropped.length === 0)
    return `:white_check_mark: Matches the plan reviewed on ${where}.\n`;
  if (check.added.length === 0)
    return `:white_check_mark: Every change made was reviewed on ${where}; ${plural(check.dropped.length, 'reviewed change')} ${check.dropped.length === 1 ? 'is' : 'are'} no longer made (listed below).\n`;
  return warning(
    `The plan differs from the one reviewed on ${where}: ${plural(check.added.length, 'change')} added, ${check.dropped.length} dropped since the review (listed below).${uncompared}`,
  );
}

/** Text from outside (GitHub's answer) kept to a sentence's length. */
function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The merged pull request's comment after an apply: the status, how it compared with the review, the outcome per member. */
export function resultComment(marker: string, record: string | undefined, body: PlanBody & { review?: ReviewCheck }): string {
  const head = top(marker, record, body.status);
  return `${head}\n${resultMarkdown(body, COMMENT_LIMIT - head.length - 1)}`;
}

/** An apply's result, with how it compared with the review under its counts. */
export function resultMarkdown(body: PlanBody & { review?: ReviewCheck }, limit: number): string {
  const review = reviewMarkdown(body.review);
  return viewMarkdown(body.view, { ...markdownOptions(body, limit), ...(review ? { lead: review } : {}) });
}

/**
 * An apply that wrote nothing (a guard, the reviewed-plan check) or a plan that was not corrected:
 * the status, what happened and what to do (`intro`), then the plan, under its own heading.
 */
export function refusedBody(head: string, intro: string, body: PlanBody, limit: number, level = 3): string {
  // What happened is a few sentences; one that is not (a server's long answer in it) is cut, so the plan keeps its room.
  const most = Math.floor(limit / 4);
  const said = intro.length <= most ? intro : `${intro.slice(0, most - 80).trimEnd()}…\n\n(Cut to fit one message.)\n`;
  const room = limit - head.length - said.length - 2;
  return `${head}\n${said}\n${viewMarkdown(body.view, markdownOptions(body, room, level))}`;
}

export function refusedComment(marker: string, record: string | undefined, intro: string, body: PlanBody): string {
  return refusedBody(top(marker, record, body.status), intro, body, COMMENT_LIMIT);
}

/** The drift issue: its marker, the status, what was found or corrected, with when. */
export function driftIssueBody(marker: string, intro: string, body: PlanBody): string {
  return refusedBody(top(marker, undefined, body.status), intro, body, COMMENT_LIMIT, 2);
}

/** The drift issue once a run finds none: the new status, and what it said before, folded. */
export function driftClosedBody(marker: string, status: Status, previous: string): string {
  const head = top(marker, undefined, status);
  const before = previous.startsWith(marker) ? previous.slice(marker.length).trimStart() : previous;
  const fold = (text: string) => `<details><summary>What this issue said before</summary>\n\n${text}\n\n</details>\n`;
  const room = COMMENT_LIMIT - head.length - fold('').length - 2;
  return `${head}\n${before.length <= room ? fold(before) : 'What this issue listed before is in its edit history (too long to keep here).\n'}`;
}

/** A job summary: the status, then `content` (which fits what it says within the room it is given). */
export function summaryBody(status: Status, content: (limit: number) => string): string {
  const head = `${statusMarkdown(status)}\n`;
  return `${head}\n${content(SUMMARY_LIMIT - head.length - 1)}`;
}
