import type { ApplyResult } from '../apply/apply.ts';
import { changeDigest } from '../plan/digest.ts';
import type { MemberChange, MemberWrite, Plan, Withheld } from '../plan/types.ts';
import { escapeMarkdown } from './markdown.ts';
import { planCounts } from './plan-text.ts';
import { withheldNote } from './public-view.ts';
import { describeReasons, describeRunChange } from './reasons.ts';
import { attentionOf, attentionSentence, byEmail, changeDetails, grantLine, groups, lineOf, planTitle, who } from './review.ts';
import { plural } from './validation.ts';

/** Lists longer than this fold into <details>. */
const FOLD_AFTER = 10;

/** Where a change can be looked at: its line in the config (at the pull request's head), the member in Sentry. */
export interface Links {
  /** `file`: the config file of the line, when the config has several. */
  readonly line?: (line: number, file?: string) => string;
  readonly member?: (memberId: string) => string;
}

export interface MarkdownOptions {
  /** Longest result, in characters; past it, entries are left out (counts always stay). */
  readonly limit?: number;
  /** Where the whole plan is (the run's job summary), named when entries are left out. */
  readonly fullAt?: string;
  readonly links?: Links;
  /**
   * On a pull request: the digests of the changes the base commit's config would make too
   * (drift). The changes show in two parts, from this pull request and drift.
   */
  readonly drift?: ReadonlySet<string>;
  /** Said first, as a note (e.g. why the pull request and drift are not told apart). */
  readonly notice?: string;
}

/** A heading and its entries: the unit the size limit drops entries from. */
interface Section {
  readonly heading: string;
  readonly items: readonly string[];
  /** What a folded list's summary calls its entries. */
  readonly noun?: string;
}

function fileOf(change: MemberChange): string | undefined {
  return 'file' in change ? change.file : undefined;
}

function item(change: MemberChange, links: Links | undefined, notes: readonly string[] = [], mark = ':no_entry:'): string {
  const line = lineOf(change);
  const where = [
    ...(line && links?.line ? [`[line ${line}](${links.line(line, fileOf(change))})`] : line ? [`line ${line}`] : []),
    ...('memberId' in change && links?.member ? [`[in Sentry](${links.member(change.memberId)})`] : []),
  ];
  const name = who(change);
  const pending = change.kind === 'update' && change.pending ? ' (pending invitation)' : '';
  const lines = [
    `- **${escapeMarkdown(change.email)}**${escapeMarkdown(name.slice(change.email.length))}${pending}${where.length > 0 ? ` · ${where.join(' · ')}` : ''}`,
  ];
  for (const detail of changeDetails(change)) lines.push(`  - ${escapeMarkdown(detail)}`);
  for (const note of notes) lines.push(`  - ${mark} ${escapeMarkdown(note)}`);
  return lines.join('\n');
}

function withheldItems(withheld: Withheld | undefined, config: string): string[] {
  const note = withheld && withheldNote(withheld, config);
  return note ? [`- ${escapeMarkdown(note).replace(/\\`/g, '`')}`] : [];
}

function renderSection({ heading, items, noun }: Section): string {
  if (items.length === 0) return '';
  const body = items.join('\n');
  if (items.length <= FOLD_AFTER) return `${heading}\n\n${body}\n`;
  return `${heading}\n\n<details><summary>${plural(items.length, noun ?? 'entry', `${noun ?? 'entrie'}s`)}</summary>\n\n${body}\n\n</details>\n`;
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
    for (const entry of section.items) {
      if (used + entry.length + section.heading.length + 64 > budget) break;
      items.push(entry);
      used += entry.length + 1;
    }
    shown += items.length;
    if (items.length > 0) kept.push({ ...section, items });
    if (items.length < section.items.length) break;
  }
  const truncated = render(kept, note(total - shown));
  return truncated.length <= options.limit ? truncated : render([], note(total)).slice(0, options.limit);
}

function planHead(plan: Plan, title: string, options: MarkdownOptions): string {
  const parts = [
    `## ${escapeMarkdown(title)}`,
    '',
    `**${escapeMarkdown(planCounts(plan))}** · from \`${plan.config.replace(/`/g, "'")}\``,
    '',
  ];
  if (options.notice) parts.push(`> [!NOTE]\n> ${escapeMarkdown(options.notice)}\n`);
  const attention = attentionSentence(attentionOf(plan));
  if (attention) parts.push(`> [!WARNING]\n> ${escapeMarkdown(attention)}\n`);
  if (plan.blocked.length > 0) {
    parts.push(
      `> [!CAUTION]\n> ${plural(plan.blocked.length, 'change')} cannot be made (blocked): see below. The run fails until the file or the organization is fixed.\n`,
    );
  }
  return parts.join('\n');
}

/** The groups of some changes as sections; `part` heads the first one (this pull request, drift). */
function groupSections(changes: readonly MemberWrite[], links: Links | undefined, part?: string): Section[] {
  const found = groups(changes);
  if (part && found.length === 0) return [{ heading: part, items: ['- nothing'] }];
  return found.map((group, index) => ({
    heading: `${index === 0 && part ? `${part}\n\n` : ''}${part ? '####' : '###'} ${group.title} (${group.changes.length})`,
    items: group.changes.map((change) => item(change, links)),
    noun: group.title.toLowerCase().replace(/s$/, ''),
  }));
}

function planSections(plan: Plan, options: MarkdownOptions): Section[] {
  const { links, drift } = options;
  const changes: Section[] = drift
    ? [
        ...groupSections(
          plan.changes.filter((change) => !drift.has(changeDigest(change))),
          links,
          '### From this pull request',
        ),
        ...(plan.changes.some((change) => drift.has(changeDigest(change)))
          ? groupSections(
              plan.changes.filter((change) => drift.has(changeDigest(change))),
              links,
              '### Already different in Sentry (drift): applied too on merge',
            )
          : []),
      ]
    : groupSections(plan.changes, links);
  return [
    ...changes,
    {
      heading: `### Blocked (${plan.blocked.length})`,
      items: byEmail(plan.blocked.map((blocked) => ({ ...blocked, email: blocked.change.email }))).map((blocked) =>
        item(blocked.change, links, describeReasons(blocked.reasons)),
      ),
    },
    {
      heading: '### Temporary access that holds',
      items: byEmail(plan.grants ?? []).map((note) => `- ${escapeMarkdown(grantLine(note))}`),
    },
    {
      heading: `### Unlisted (in Sentry, not in the file)`,
      items: byEmail(plan.unlisted).map(
        (note) => `- ${escapeMarkdown(note.email)} (${note.orgRole}${note.pending ? ', pending invitation' : ''})`,
      ),
    },
    {
      heading: '### Missing (in the file, not in Sentry)',
      items: byEmail(plan.missing).map((note) => `- ${escapeMarkdown(note.email)} (${note.orgRole})`),
    },
    {
      heading: '### Warnings',
      items: plan.warnings.map(
        (warning) => `- ${warning.line ? `line ${warning.line}: ` : ''}${escapeMarkdown(warning.message)}`,
      ),
    },
    { heading: '### Not shown', items: withheldItems(plan.withheld, plan.config) },
  ];
}

/** The plan as markdown (job summary, pull request comment, drift issue). All Sentry text is escaped. */
export function planMarkdown(plan: Plan, options: MarkdownOptions & { title?: string } = {}): string {
  return fitWithin(
    planHead(plan, options.title ?? `sentry-members-sync: ${planTitle(plan)}`, options),
    planSections(plan, options),
    options,
  );
}

/** What an apply did, as markdown. */
export function applyMarkdown(
  result: ApplyResult,
  organization: string,
  options: MarkdownOptions & { title?: string } = {},
): string {
  const blocked = result.blocked.length + (result.withheld?.blockedRemovals ?? 0);
  const head = [
    `## ${escapeMarkdown(options.title ?? `sentry-members-sync applied to ${organization}`)}`,
    '',
    `**${result.applied.length} applied, ${result.failed.length} failed, ${blocked} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}**`,
    '',
  ].join('\n');
  const { links } = options;
  return fitWithin(
    head,
    [
      { heading: '### Failed', items: result.failed.map(({ change, error }) => item(change, links, [error], ':x:')) },
      { heading: '### Blocked', items: result.blocked.map((b) => item(b.change, links, describeReasons(b.reasons))) },
      {
        heading: '### Applied',
        items: result.applied.map(({ change, changedDuringRun }) =>
          item(change, links, changedDuringRun ? [describeRunChange(changedDuringRun)] : [], ':warning:'),
        ),
        noun: 'change',
      },
      {
        heading: '### Not needed any more (found so when the member was read again)',
        items: result.skipped.map(({ change, reason }) => item(change, links, [reason], ':information_source:')),
      },
      { heading: '### Not shown', items: withheldItems(result.withheld, 'the file') },
    ],
    options,
  );
}
