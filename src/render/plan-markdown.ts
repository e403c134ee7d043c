import type { ApplyResult } from '../apply/apply.ts';
import type { Plan } from '../plan/types.ts';
import { codeSpan, escapeMarkdown } from './markdown.ts';
import {
  CUTS,
  type Cut,
  countOf,
  type Entry,
  type Form,
  FULL,
  groupEntries,
  isEmpty,
  type Note,
  type PlanViewOptions,
  planView,
  resultView,
  type Section,
  type View,
} from './plan-view.ts';
import { changeDetails, changePlaces, fileOf, lineOf, who } from './review.ts';
import { plural } from './validation.ts';

/** Routine lists and notes longer than this fold into <details>; risky ones longer than RISKY_FOLD_AFTER; blocked changes and removals never. */
const FOLD_AFTER = 10;
const RISKY_FOLD_AFTER = 50;
/** Groups of identical changes listed when a section is counted; the rest are one line. */
const COUNTED_GROUPS = 10;

/** Where a change can be looked at: its line in the config (at the pull request's head), the member in Sentry. */
export interface Links {
  /** `file`: the config file of the line, when the config has several. */
  readonly line?: (line: number, file?: string) => string;
  readonly member?: (memberId: string) => string;
}

export interface MarkdownOptions {
  /** Longest result, in characters: past it the view is shortened, routine entries first (plan-view.ts, CUTS). */
  readonly limit?: number;
  /** Where everything is (the run's job summary), named when the rendering is shortened. */
  readonly fullAt?: string;
  readonly links?: Links;
  /** The heading's level: 2 (`##`) unless a body nests the view under its own heading. */
  readonly level?: number;
  /** The heading, instead of `sentry-members-sync: <the view's title>`; false: none (a body has its own). */
  readonly title?: string | false;
  /** Markdown said after the counts and banners, before the sections (how an apply compared with the review). */
  readonly lead?: string;
}

const MARKS: Record<Note['mark'], string> = {
  blocked: ':no_entry:',
  failed: ':x:',
  changed: ':warning:',
  info: ':information_source:',
};

/** Where an entry is: `line 12` of the config as named, `teams/sre.yml:4` of another of its files; linked when the run can link. */
function where(line: number | undefined, file: string | undefined, links: Links | undefined): string | undefined {
  if (!line) return undefined;
  const text = file ? escapeMarkdown(`${file}:${line}`) : `line ${line}`;
  return links?.line ? `[${text}](${links.line(line, file)})` : text;
}

/** A change with its links and details, as a list item. */
function fullItem(entry: Entry, links: Links | undefined): string {
  if (entry.kind === 'line') {
    const at = where(entry.line, entry.file, links);
    return `- ${escapeMarkdown(entry.text).replace(/\\`/g, '`')}${at ? ` · ${at}` : ''}`;
  }
  const { change } = entry;
  const at = [
    where(lineOf(change), fileOf(change), links),
    ...('memberId' in change && links?.member ? [`[in Sentry](${links.member(change.memberId)})`] : []),
  ].filter((part): part is string => part !== undefined);
  const name = who(change);
  const pending = change.kind === 'update' && change.pending ? ' (pending invitation)' : '';
  const places = changePlaces(change);
  // A detail caused in another file than the change (a team section's) says where.
  const details = changeDetails(change, entry.wording).map((detail, index) => {
    const place = places[index];
    const there = place && where(place.line, place.file, links);
    return `${escapeMarkdown(detail)}${there ? ` · ${there}` : ''}`;
  });
  const head = `- **${escapeMarkdown(change.email)}**${escapeMarkdown(name.slice(change.email.length))}${pending}`;
  const located = at.length > 0 ? ` · ${at.join(' · ')}` : '';
  // A change of one line (a removal, leaving a team) reads on one line.
  if (details.length === 1 && entry.notes.length === 0) return `${head}: ${details[0] ?? ''}${located}`;
  const lines = [`${head}${located}`];
  for (const detail of details) lines.push(`  - ${detail}`);
  for (const note of entry.notes) lines.push(`  - ${MARKS[note.mark]} ${escapeMarkdown(note.text)}`);
  return lines.join('\n');
}

/** One line per entry: who, what and why, without links. */
function compactItem(entry: Entry): string {
  if (entry.kind === 'line')
    return `- ${escapeMarkdown(entry.text).replace(/\\`/g, '`')}${entry.line ? ` (line ${entry.line})` : ''}`;
  const notes = entry.notes.map((note) => ` · ${MARKS[note.mark]} ${escapeMarkdown(note.text)}`).join('');
  return `- **${escapeMarkdown(entry.change.email)}**: ${escapeMarkdown(changeDetails(entry.change, entry.wording).join('; '))}${notes}`;
}

function groupedItems(section: Section, named: boolean): string[] {
  const groups = groupEntries(section.entries);
  const shown = named ? groups : groups.slice(0, COUNTED_GROUPS);
  const items = shown.map(({ text, who: members }) => {
    if (members.length === 1) return `- **${escapeMarkdown(members[0] ?? '')}**: ${escapeMarkdown(text)}`;
    const names = named ? `: ${members.map(escapeMarkdown).join(', ')}` : '';
    return `- **${members.length} members** ${escapeMarkdown(text)}${names}`;
  });
  const rest = groups.slice(shown.length).reduce((sum, group) => sum + group.who.length, 0);
  if (rest > 0) items.push(`- **${plural(rest, 'other member')}**, with other changes`);
  const lines = section.entries.filter((entry) => entry.kind === 'line');
  if (lines.length > 0)
    items.push(
      named
        ? `- ${lines.map((line) => escapeMarkdown(lineText(line))).join('; ')}`
        : `- ${plural(lines.length, section.noun[0], section.noun[1])}`,
    );
  return items;
}

function lineText(entry: Entry): string {
  return entry.kind === 'line' ? entry.text : entry.change.email;
}

function sectionItems(section: Section, form: Form, links: Links | undefined): string[] {
  switch (form) {
    case 'full':
      return section.entries.map((entry) => fullItem(entry, links));
    case 'compact':
      return section.tier === 'notes'
        ? [`- ${section.entries.map((entry) => escapeMarkdown(lineText(entry))).join('; ')}`]
        : section.entries.map(compactItem);
    case 'grouped':
      return groupedItems(section, true);
    case 'counted':
      return groupedItems(section, false);
  }
}

function heading(section: Section, level: number): string {
  const count = section.counted ? ` (${countOf(section)})` : '';
  return `${'#'.repeat(level)} ${escapeMarkdown(section.title)}${count}${section.subtitle ? `, ${escapeMarkdown(section.subtitle)}` : ''}`;
}

function renderSection(section: Section, form: Form, level: number, links: Links | undefined, keep?: number): string {
  if (isEmpty(section)) return '';
  let items = sectionItems(section, keep === undefined ? form : 'compact', links);
  if (keep !== undefined && items.length > keep)
    items = [...items.slice(0, keep), `- and ${items.length - keep} more, not shown: too long for one message`];
  const foldAfter = section.tier === 'kept' ? Number.POSITIVE_INFINITY : section.tier === 'risky' ? RISKY_FOLD_AFTER : FOLD_AFTER;
  const hidden = section.hidden ? `- ${escapeMarkdown(section.hidden.text)}` : '';
  const body =
    items.length > foldAfter && form === 'full'
      ? `<details><summary>${plural(items.length, section.noun[0], section.noun[1])}</summary>\n\n${items.join('\n')}\n\n</details>${hidden ? `\n\n${hidden}` : ''}`
      : [...items, hidden].filter((item) => item !== '').join('\n');
  return `${heading(section, level)}\n\n${body}\n`;
}

/** The head of a view: title, counts, and the banners. */
function head(view: View, level: number, options: MarkdownOptions & { source?: boolean }): string {
  const { title } = options;
  const parts = [
    ...(title === false ? [] : [`${'#'.repeat(level)} ${escapeMarkdown(title ?? `sentry-members-sync: ${view.title}`)}`, '']),
    `**${escapeMarkdown(view.counts)}**${(options.source ?? true) ? ` · from ${codeSpan(view.config)}` : ''}`,
    '',
  ];
  if (view.notices.length > 0)
    parts.push(`> [!NOTE]\n${view.notices.map((notice) => `> ${escapeMarkdown(notice)}`).join('\n>\n')}\n`);
  if (view.attention.length > 0)
    parts.push(`> [!WARNING]\n${view.attention.map((line) => `> ${escapeMarkdown(line)}`).join('\n>\n')}\n`);
  if (view.caution.length > 0)
    parts.push(`> [!CAUTION]\n${view.caution.map((line) => `> ${escapeMarkdown(line)}`).join('\n>\n')}\n`);
  if (options.lead) parts.push(options.lead);
  return parts.join('\n');
}

/** The view's parts at one step of the size limit; `keep` caps every kept section (the last resort). */
function renderParts(view: View, cut: Cut, level: number, links: Links | undefined, keep?: number): string {
  const out: string[] = [];
  for (const part of view.parts) {
    const inner = part.title ? level + 2 : level + 1;
    const sections = part.sections
      .map((section) => renderSection(section, cut[section.tier], inner, links, section.tier === 'kept' ? keep : undefined))
      .filter((text) => text !== '');
    if (part.title) {
      const count = part.sections.reduce((sum, section) => sum + countOf(section), 0);
      out.push(
        `${'#'.repeat(level + 1)} ${escapeMarkdown(part.title)} (${count})\n${sections.length === 0 ? '\nNothing.\n' : ''}`,
      );
    }
    out.push(...sections);
  }
  return out.join('\n');
}

/**
 * A view as markdown (job summary, comment, drift issue), all Sentry text escaped, within
 * `limit`: in full when it fits, else at the first step of CUTS that fits (routine entries
 * grouped first), with a note saying so; as a last resort every list is cut to what fits.
 */
export function viewMarkdown(view: View, options: MarkdownOptions & { source?: boolean } = {}): string {
  const level = options.level ?? 2;
  const top = head(view, level, options);
  const end = view.end ? `---\n\n**${escapeMarkdown(view.end)}**\n` : '';
  const compose = (parts: string, note = '') => [top, parts, note, end].filter((part) => part !== '').join('\n');
  const full = compose(renderParts(view, FULL, level, options.links));
  const { limit } = options;
  if (limit === undefined || full.length <= limit) return full;
  const whole = options.fullAt
    ? `the [job summary](${options.fullAt}) has every entry`
    : 'plan.json (the `plan` output) has every entry';
  const shortened = `> [!NOTE]\n> Shortened to fit one message: routine entries are grouped or counted; ${whole}.\n`;
  for (const cut of CUTS.slice(1)) {
    const text = compose(renderParts(view, cut, level, options.links), shortened);
    if (text.length <= limit) return text;
  }
  // The last resort: even blocked changes and removals are more than fit; keep as many as fit.
  const last = CUTS.at(-1) ?? FULL;
  const cutNote = `> [!NOTE]\n> Too long for one message: the lists are cut; ${whole}.\n`;
  let low = 0;
  let high = Math.max(...view.parts.flatMap((part) => part.sections.map((section) => section.entries.length)), 0);
  let best = compose(renderParts(view, last, level, options.links, 0), cutNote);
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const text = compose(renderParts(view, last, level, options.links, keep), cutNote);
    if (text.length <= limit) {
      best = text;
      low = keep + 1;
    } else high = keep - 1;
  }
  return best.length <= limit ? best : compose('', cutNote).slice(0, limit);
}

/** The plan as markdown (job summary, pull request comment, drift issue). */
export function planMarkdown(plan: Plan, options: MarkdownOptions & PlanViewOptions = {}): string {
  return viewMarkdown(planView(plan, options), options);
}

/** What an apply did, as markdown; `full` (the result before redact) gives the counts. */
export function applyMarkdown(result: ApplyResult, plan: Plan, options: MarkdownOptions & { full?: ApplyResult } = {}): string {
  return viewMarkdown(resultView(result, options.full ?? result, plan), options);
}
