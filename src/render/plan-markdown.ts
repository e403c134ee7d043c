import type { ApplyResult } from '../apply/apply.ts';
import type { BlockedChange, MemberChange, Plan } from '../plan/types.ts';
import { escapeMarkdown } from './markdown.ts';
import { changeDetails, changeHeading, planCounts } from './plan-text.ts';
import { plural } from './validation.ts';

/** Lists longer than this fold into <details>. */
const FOLD_AFTER = 10;

function code(text: string): string {
  // Inside a code span nothing is markdown; only backticks, HTML and mentions need care.
  return `<code>${escapeHtml(text)}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;').replace(/\r?\n/g, ' ');
}

function changeBlock(change: MemberChange, reasons?: readonly string[]): string {
  const lines = [`- **${escapeMarkdown(changeHeading(change))}**`];
  for (const detail of changeDetails(change)) lines.push(`  - ${code(detail)}`);
  for (const reason of reasons ?? []) lines.push(`  - :no_entry: ${escapeMarkdown(reason)}`);
  return lines.join('\n');
}

function section(title: string, items: string[]): string {
  if (items.length === 0) return '';
  const body = items.join('\n');
  if (items.length <= FOLD_AFTER) return `### ${title}\n\n${body}\n`;
  return `### ${title}\n\n<details><summary>${items.length} entries</summary>\n\n${body}\n\n</details>\n`;
}

/** The plan as markdown (job summary, PR comment). All Sentry text is escaped. */
export function planMarkdown(plan: Plan, title = 'sentry-members-sync plan'): string {
  const parts = [
    `## ${escapeMarkdown(title)}: ${escapeMarkdown(plan.organization)}`,
    '',
    `**${escapeMarkdown(planCounts(plan))}** (from ${code(plan.config)})`,
    '',
  ];
  const removals = plan.changes.filter((change) => change.kind === 'remove').length;
  if (removals > 0) parts.push(`> [!WARNING]\n> This plan **removes ${plural(removals, 'member')}** from the organization.\n`);
  if (plan.blocked.length > 0)
    parts.push(
      `> [!CAUTION]\n> ${plural(plan.blocked.length, 'change')} cannot be made (blocked): see below. The run fails until the file or the organization is fixed.\n`,
    );
  if (plan.changes.length === 0 && plan.blocked.length === 0) parts.push('No changes: the organization matches the file.\n');
  parts.push(
    section(
      'Changes',
      plan.changes.map((change) => changeBlock(change)),
    ),
  );
  parts.push(
    section(
      'Blocked',
      plan.blocked.map((blocked: BlockedChange) => changeBlock(blocked.change, blocked.reasons)),
    ),
  );
  parts.push(
    section(
      'Unlisted (in Sentry, not in the file)',
      plan.unlisted.map((note) => `- ${escapeMarkdown(note.email)} (${note.orgRole}${note.pending ? ', pending invite' : ''})`),
    ),
  );
  parts.push(
    section(
      'Missing (in the file, not in Sentry)',
      plan.missing.map((note) => `- ${escapeMarkdown(note.email)} (${note.orgRole})`),
    ),
  );
  parts.push(
    section(
      'Warnings',
      plan.warnings.map((warning) => `- ${warning.line ? `line ${warning.line}: ` : ''}${escapeMarkdown(warning.message)}`),
    ),
  );
  return `${parts.filter((part) => part !== '').join('\n')}\n`;
}

/** What an apply did, as markdown. */
export function applyMarkdown(result: ApplyResult, organization: string): string {
  const parts = [
    `## sentry-members-sync apply: ${escapeMarkdown(organization)}`,
    '',
    `**${result.applied.length} applied, ${result.failed.length} failed, ${result.blocked.length} blocked**`,
    '',
  ];
  parts.push(
    section(
      'Applied',
      result.applied.map(({ change }) => changeBlock(change)),
    ),
  );
  parts.push(
    section(
      'Failed',
      result.failed.map(({ change, error }) => changeBlock(change, [error])),
    ),
  );
  parts.push(
    section(
      'Blocked',
      result.blocked.map((blocked) => changeBlock(blocked.change, blocked.reasons)),
    ),
  );
  return `${parts.filter((part) => part !== '').join('\n')}\n`;
}
