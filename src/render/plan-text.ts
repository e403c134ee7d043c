import type { ApplyResult } from '../apply/apply.ts';
import { escapeInvisible } from '../domain/text.ts';
import type { MemberChange, Plan } from '../plan/types.ts';
import {
  countOf,
  type Entry,
  isEmpty,
  type PlanViewOptions,
  planView,
  resultView,
  type Section,
  type View,
} from './plan-view.ts';
import { changeDetails, changePlaces, fileOf, lineOf, who } from './review.ts';

/**
 * Lines for a terminal or the Actions log, with text from Sentry in them made harmless: newlines,
 * control, bidirectional and zero-width characters shown escaped (`\u202e`), so a name cannot
 * start a line of its own; and no line can start a workflow command (`::`), however it begins.
 */
export function logLines(lines: readonly string[]): string {
  return `${lines.map((line) => escapeInvisible(line).replace(/^(\s*)::/, '$1\\u003a:')).join('\n')}\n`;
}

/** A change's heading: its mark, kind and who (`~ update bob@acme.com (Bob)`). */
export function changeHeading(change: MemberChange): string {
  const mark = { update: '~', reinvite: '+', invite: '+', remove: '-', conflict: '!' }[change.kind];
  const what =
    change.kind === 'update' && change.pending ? 'update invite' : change.kind === 'reinvite' ? 're-invite' : change.kind;
  return `${mark} ${what} ${who(change)}`;
}

/**
 * Where an entry is, as editors and terminals link it: `file:line` (the file the config names,
 * when the entry does not name another).
 */
function where(line: number | undefined, file: string | undefined, config: string): string {
  if (!line) return '';
  return `  (${file ?? config}:${line})`;
}

const NOTE_WORDS = { blocked: 'because', failed: 'FAILED:', changed: 'note:', info: 'note:' } as const;

function entryLines(entry: Entry, indent: string, config: string): string[] {
  if (entry.kind === 'line') return [`${indent}  ${entry.text}${where(entry.line, entry.file, config)}`];
  const { change } = entry;
  const places = changePlaces(change);
  return [
    `${indent}${changeHeading(change)}${where(lineOf(change), fileOf(change), config)}`,
    ...changeDetails(change, entry.wording).map(
      (detail, index) => `${indent}    ${detail}${places[index] ? where(places[index].line, places[index].file, config) : ''}`,
    ),
    ...entry.notes.map((note) => `${indent}    ${NOTE_WORDS[note.mark]} ${note.text}`),
  ];
}

/** An apply's outcome: one line per member, its outcome first (`FAILED: update bob@acme.com: why`). */
function outcomeLines(section: Section & { readonly outcome: string }): string[] {
  const lines = section.entries.map((entry) => {
    if (entry.kind === 'line') return `    ${section.outcome}: ${entry.text}`;
    const notes = entry.notes.map((note) => note.text).join('; ');
    return `    ${section.outcome}: ${changeHeading(entry.change).slice(2)}${notes ? `: ${notes}` : ''}`;
  });
  if (section.hidden) lines.push(`    ${section.outcome}: ${section.hidden.text}`);
  return lines;
}

function sectionLines(section: Section, indent: string, config: string): string[] {
  if (isEmpty(section)) return [];
  if (section.outcome !== undefined) return outcomeLines({ ...section, outcome: section.outcome });
  const count = section.counted ? ` (${countOf(section)})` : '';
  return [
    '',
    `${indent}${section.title}${count}${section.subtitle ? `, ${section.subtitle}` : ''}:`,
    ...section.entries.flatMap((entry) => entryLines(entry, `${indent}  `, config)),
    ...(section.hidden ? [`${indent}    ${section.hidden.text}`] : []),
  ];
}

/**
 * A view for a terminal or the Actions log: `lead`, the counts, the banners, then every section
 * in full; `config` is the config as named, the file of the lines that name no other.
 */
export function viewText(view: View, lead: string, config: string): string {
  const lines = [lead, `  ${view.counts}`];
  const banners = [
    ...view.notices.map((notice) => `NOTE: ${notice}`),
    ...view.attention.map((line) => `WARNING: ${line}`),
    ...view.caution.map((line) => `CAUTION: ${line}`),
  ];
  if (banners.length > 0) lines.push('', ...banners);
  for (const part of view.parts) {
    if (part.title) {
      const count = part.sections.reduce((sum, section) => sum + countOf(section), 0);
      lines.push('', `${part.title} (${count}):`);
      if (part.sections.every(isEmpty)) lines.push('  nothing');
    }
    for (const section of part.sections) lines.push(...sectionLines(section, part.title ? '  ' : '', config));
  }
  if (view.end) lines.push('', view.end);
  return logLines(lines);
}

/** The plan for a terminal or the Actions log: title, counts, banner, then the changes, risk first. */
export function planText(plan: Plan, options: PlanViewOptions = {}): string {
  const view = planView(plan, options);
  // An empty plan's title already names the file ("no changes: acme matches sentry-members.yml").
  const from = view.title.endsWith(plan.config) ? '' : ` (from ${plan.config})`;
  return viewText(view, `Sentry plan: ${view.title}${from}`, plan.config);
}

/**
 * What an apply did, for a terminal or the log, after the plan: the outcome per member, failed
 * first (the plan's remarks were said with the plan); `full` (the result before redact) gives the counts.
 */
export function applyText(result: ApplyResult, plan: Plan, full: ApplyResult = result): string {
  const view = resultView(result, full, plan);
  return viewText({ ...view, parts: view.parts.slice(0, 1) }, `Sentry apply: ${view.title}`, plan.config);
}
