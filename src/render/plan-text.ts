import type { ApplyResult } from '../apply/apply.ts';
import { escapeInvisible } from '../domain/text.ts';
import { changeDigest } from '../plan/digest.ts';
import type { MemberChange, MemberWrite, Plan } from '../plan/types.ts';
import { withheldNote } from './public-view.ts';
import { describeReasons, describeRunChange } from './reasons.ts';
import { attentionOf, attentionSentence, byEmail, changeDetails, grantLine, groups, lineOf, planTitle, who } from './review.ts';
import { plural } from './validation.ts';

/**
 * Lines for a terminal or the Actions log, with text from Sentry in them made harmless: newlines,
 * control, bidirectional and zero-width characters shown escaped (`\u202e`), so a name cannot
 * start a line of its own; and no line can start a workflow command (`::`), however it begins.
 */
export function logLines(lines: readonly string[]): string {
  return `${lines.map((line) => escapeInvisible(line).replace(/^(\s*)::/, '$1\\u003a:')).join('\n')}\n`;
}

/** The counts line every rendering starts with. */
export function planCounts(plan: Plan): string {
  const count = (kind: MemberChange['kind']) => plan.changes.filter((change) => change.kind === kind).length;
  const withheld = plan.withheld;
  return [
    `${count('update')} to update`,
    `${count('invite') + count('reinvite')} to invite`,
    `${count('remove') + (withheld?.removals ?? 0)} to remove`,
    `${plan.blocked.length + (withheld?.blockedRemovals ?? 0)} blocked`,
    `${plan.unchanged} unchanged`,
    `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
    `${plan.missing.length} missing`,
  ].join(', ');
}

/** A change's heading: its mark, kind and who (`~ update bob@acme.com (Bob)`). */
export function changeHeading(change: MemberChange): string {
  const mark = { update: '~', reinvite: '+', invite: '+', remove: '-', conflict: '!' }[change.kind];
  const what =
    change.kind === 'update' && change.pending ? 'update invite' : change.kind === 'reinvite' ? 're-invite' : change.kind;
  return `${mark} ${what} ${who(change)}`;
}

/** Where an entry is: its line, and its file when the config has several. */
function where(line: number, file: string | undefined): string {
  return file ? `${file}:${line}` : `line ${line}`;
}

function changeLines(change: MemberChange, reasons: readonly string[] = [], prefix = ''): string[] {
  const line = lineOf(change);
  return [
    `${prefix}${changeHeading(change)}${line ? `  (${where(line, 'file' in change ? change.file : undefined)})` : ''}`,
    ...changeDetails(change).map((detail) => `      ${detail}`),
    ...reasons.map((reason) => `      because ${reason}`),
  ];
}

function groupLines(changes: readonly MemberWrite[], indent = ''): string[] {
  const lines: string[] = [];
  for (const group of groups(changes)) {
    lines.push('', `${indent}${group.title} (${group.changes.length}):`);
    for (const change of group.changes) lines.push(...changeLines(change, [], `${indent}  `));
  }
  return lines;
}

/** What the text plan shows beside the plan itself: which changes are drift (their digests). */
export interface TextOptions {
  readonly drift?: ReadonlySet<string>;
}

/** The plan for a terminal or the Actions log: title, counts, banner, then the groups. */
export function planText(plan: Plan, options: TextOptions = {}): string {
  const lines = [`Sentry plan: ${planTitle(plan)} (from ${plan.config})`, `  ${planCounts(plan)}`];
  const attention = attentionSentence(attentionOf(plan));
  if (attention) lines.push('', `WARNING: ${attention}`);
  if (options.drift) {
    const fromPull = plan.changes.filter((change) => !options.drift?.has(changeDigest(change)));
    const drift = plan.changes.filter((change) => options.drift?.has(changeDigest(change)));
    lines.push('', `From this pull request (${fromPull.length}):`, ...groupLines(fromPull, '  '));
    if (drift.length > 0)
      lines.push('', `Already different in Sentry (drift), applied too on merge (${drift.length}):`, ...groupLines(drift, '  '));
  } else {
    lines.push(...groupLines(plan.changes));
  }
  if (plan.blocked.length > 0) {
    lines.push('', `Blocked (${plan.blocked.length}):`);
    for (const blocked of byEmail(plan.blocked.map((b) => ({ ...b, email: b.change.email }))))
      lines.push(...changeLines(blocked.change, describeReasons(blocked.reasons), '  '));
  }
  if (plan.grants && plan.grants.length > 0) {
    lines.push('', `Temporary access that holds (${plan.grants.length}):`);
    for (const note of byEmail(plan.grants))
      lines.push(`    ${grantLine(note)}  (${where(note.line, note.file === plan.config ? undefined : note.file)})`);
  }
  if (plan.unlisted.length > 0) {
    lines.push('', `Unlisted (in Sentry, not in ${plan.config}; unlisted: report):`);
    for (const note of byEmail(plan.unlisted))
      lines.push(`    ${note.email} (${note.orgRole}${note.pending ? ', pending invitation' : ''})`);
  }
  if (plan.missing.length > 0) {
    lines.push('', `Missing (in ${plan.config}, not in Sentry; missing: report):`);
    for (const note of byEmail(plan.missing)) lines.push(`    ${note.email} (${note.orgRole})`);
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of plan.warnings) lines.push(`    ${warning.line ? `line ${warning.line}: ` : ''}${warning.message}`);
  }
  const note = plan.withheld && withheldNote(plan.withheld, plan.config);
  if (note) lines.push('', note);
  return logLines(lines);
}

/** The counts of an apply, withheld removals included. */
export function applyCounts(result: ApplyResult): string {
  const hidden = result.withheld;
  return `Applied ${plural(result.applied.length, 'member write')}, ${result.failed.length} failed, ${result.blocked.length + (hidden?.blockedRemovals ?? 0)} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}${hidden && hidden.removals > 0 ? `, ${hidden.removals} removal${hidden.removals === 1 ? '' : 's'} of members not in the file (not named: redact)` : ''}`;
}

/** What an apply did, for the log. */
export function applyText(result: ApplyResult): string {
  const lines = [`${applyCounts(result)}.`];
  const heading = (change: MemberChange) => changeHeading(change).slice(2);
  for (const done of result.applied)
    lines.push(
      `    done: ${heading(done.change)}${done.changedDuringRun ? ` (${describeRunChange(done.changedDuringRun)})` : ''}`,
    );
  for (const skipped of result.skipped) lines.push(`    not needed: ${heading(skipped.change)}: ${skipped.reason}`);
  for (const failure of result.failed) lines.push(`    FAILED: ${heading(failure.change)}: ${failure.error}`);
  for (const blocked of result.blocked)
    lines.push(`    blocked: ${heading(blocked.change)}: ${describeReasons(blocked.reasons).join('; ')}`);
  return logLines(lines);
}
