import type { ApplyResult } from '../apply/apply.ts';
import { escapeInvisible } from '../domain/text.ts';
import type { MemberChange, Plan, Withheld } from '../plan/types.ts';
import { escapeMarkdown } from './markdown.ts';
import { changeDetails, changeHeading, planCounts, removalsOf } from './plan-text.ts';
import { withheldNote } from './public-view.ts';
import { plural } from './validation.ts';

/** Lists longer than this fold into <details>. */
const FOLD_AFTER = 10;

export interface MarkdownOptions {
  /** Longest result, in characters; past it, entries are left out (counts always stay). */
  readonly limit?: number;
  /** Where the whole plan is (the run's job summary), named when entries are left out. */
  readonly fullAt?: string;
}

/** A heading and its entries: the unit the size limit drops entries from. */
interface Section {
  readonly title: string;
  readonly items: readonly string[];
}

function code(text: string): string {
  // Inside <code> nothing is markdown; HTML and mentions still need care.
  return `<code>${escapeInvisible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;')}</code>`;
}

function changeBlock(change: MemberChange, reasons?: readonly string[], mark = ':no_entry:'): string {
  const lines = [`- **${escapeMarkdown(changeHeading(change))}**`];
  for (const detail of changeDetails(change)) lines.push(`  - ${code(detail)}`);
  for (const reason of reasons ?? []) lines.push(`  - ${mark} ${escapeMarkdown(reason)}`);
  return lines.join('\n');
}

function withheldItems(withheld: Withheld | undefined, config: string): string[] {
  const note = withheld && withheldNote(withheld, config);
  return note ? [`- ${escapeMarkdown(note).replace(/\\`/g, '`')}`] : [];
}

function renderSection({ title, items }: Section): string {
  if (items.length === 0) return '';
  const body = items.join('\n');
  if (items.length <= FOLD_AFTER) return `### ${title}\n\n${body}\n`;
  return `### ${title}\n\n<details><summary>${items.length} entries</summary>\n\n${body}\n\n</details>\n`;
}

/**
 * Head, then sections, within `limit`: the full text when it fits; else as many entries as fit,
 * in order, and a note saying how many are left out and where they are; at worst the head alone.
 */
function fitWithin(head: string, sections: readonly Section[], options: MarkdownOptions): string {
  const render = (parts: readonly Section[], note = '') =>
    `${[head, ...parts.map(renderSection), note].filter((part) => part !== '').join('\n')}\n`;
  const full = render(sections);
  if (options.limit === undefined || full.length <= options.limit) return full;
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  const note = (left: number) =>
    `> [!NOTE]\n> ${plural(left, 'more entry', 'more entries')} ${left === 1 ? 'is' : 'are'} not shown here (too long for one message)${options.fullAt ? `: the [job summary](${options.fullAt}) has the whole plan` : ''}.\n`;
  const budget = options.limit - note(total).length - head.length - 64;
  const kept: Section[] = [];
  let used = 0;
  let shown = 0;
  for (const section of sections) {
    const items: string[] = [];
    for (const item of section.items) {
      if (used + item.length + section.title.length + 64 > budget) break;
      items.push(item);
      used += item.length + 1;
    }
    shown += items.length;
    if (items.length > 0) kept.push({ title: section.title, items });
    if (items.length < section.items.length) break;
  }
  const truncated = render(kept, note(total - shown));
  return truncated.length <= options.limit ? truncated : render([], note(total)).slice(0, options.limit);
}

function planHead(plan: Plan, title: string): string {
  const parts = [
    `## ${escapeMarkdown(title)}: ${escapeMarkdown(plan.organization)}`,
    '',
    `**${escapeMarkdown(planCounts(plan))}** (from ${code(plan.config)})`,
    '',
  ];
  const removals = removalsOf(plan);
  if (removals > 0) parts.push(`> [!WARNING]\n> This plan **removes ${plural(removals, 'member')}** from the organization.\n`);
  if (plan.blocked.length > 0) {
    parts.push(
      `> [!CAUTION]\n> ${plural(plan.blocked.length, 'change')} cannot be made (blocked): see below. The run fails until the file or the organization is fixed.\n`,
    );
  }
  if (plan.changes.length === 0 && plan.blocked.length === 0) parts.push('No changes: the organization matches the file.\n');
  return parts.join('\n');
}

function planSections(plan: Plan): Section[] {
  return [
    { title: 'Changes', items: plan.changes.map((change) => changeBlock(change)) },
    { title: 'Blocked', items: plan.blocked.map((blocked) => changeBlock(blocked.change, blocked.reasons)) },
    {
      title: 'Unlisted (in Sentry, not in the file)',
      items: plan.unlisted.map(
        (note) => `- ${escapeMarkdown(note.email)} (${note.orgRole}${note.pending ? ', pending invite' : ''})`,
      ),
    },
    {
      title: 'Missing (in the file, not in Sentry)',
      items: plan.missing.map((note) => `- ${escapeMarkdown(note.email)} (${note.orgRole})`),
    },
    {
      title: 'Warnings',
      items: plan.warnings.map(
        (warning) => `- ${warning.line ? `line ${warning.line}: ` : ''}${escapeMarkdown(warning.message)}`,
      ),
    },
    { title: 'Not shown', items: withheldItems(plan.withheld, plan.config) },
  ];
}

/** The plan as markdown (job summary, PR comment). All Sentry text is escaped. */
export function planMarkdown(plan: Plan, options: MarkdownOptions & { title?: string } = {}): string {
  return fitWithin(planHead(plan, options.title ?? 'sentry-members-sync plan'), planSections(plan), options);
}

/** What an apply did, as markdown. */
export function applyMarkdown(
  result: ApplyResult,
  organization: string,
  options: MarkdownOptions & { title?: string } = {},
): string {
  const head = [
    `## ${escapeMarkdown(options.title ?? 'sentry-members-sync apply')}: ${escapeMarkdown(organization)}`,
    '',
    `**${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length + (result.withheld?.blockedRemovals ?? 0)} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}**`,
    '',
  ].join('\n');
  return fitWithin(
    head,
    [
      { title: 'Failed', items: result.failed.map(({ change, error }) => changeBlock(change, [error])) },
      { title: 'Blocked', items: result.blocked.map((blocked) => changeBlock(blocked.change, blocked.reasons)) },
      {
        title: 'Applied',
        items: result.applied.map(({ change, changedDuringRun }) =>
          changeBlock(change, changedDuringRun ? [changedDuringRun] : undefined, ':warning:'),
        ),
      },
      {
        title: 'Not needed any more (found so when the member was read again)',
        items: result.skipped.map(({ change, reason }) => changeBlock(change, [reason], ':information_source:')),
      },
      { title: 'Not shown', items: withheldItems(result.withheld, 'the file') },
    ],
    options,
  );
}
