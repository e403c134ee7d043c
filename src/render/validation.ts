import type { Config, ConfigProblem } from '../config/model.ts';
import { codeSpan, escapeMarkdown, table } from './markdown.ts';

/** One line saying what a valid config holds. */
export function describeConfig(config: Config): string {
  const members = [...config.members.values()];
  const managed = members.filter((member) => member.teams !== undefined).length;
  const org = config.organization ? ` for organization ${config.organization}` : '';
  const files = config.files.length > 1 ? ` (${plural(config.files.length, 'file')})` : '';
  const following = [...config.teams.values()].filter((section) => section.github !== undefined).length;
  const sections =
    config.teams.size > 0
      ? `, ${plural(config.teams.size, 'team section')}${following > 0 ? ` (${following} following a GitHub team)` : ''}`
      : '';
  return `${config.file}${files} is valid${org}: ${plural(members.length, 'member')} (${managed} with managed teams)${sections}, ${plural(config.ignore.size, 'ignored email')}; unlisted: ${config.unlisted}, missing: ${config.missing}.`;
}

/** The job-summary section for a config check. */
export function validationMarkdown(file: string, problems: readonly ConfigProblem[], config: Config | undefined): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = ['## sentry-members-sync: config check', ''];
  lines.push(
    config
      ? `:white_check_mark: ${escapeMarkdown(describeConfig(config))}`
      : `:x: ${codeSpan(file)} has ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}. Nothing was sent to Sentry.`,
  );
  if (problems.length > 0) lines.push('', problemsTable(problems));
  return `${lines.join('\n')}\n`;
}

/**
 * Config problems as a table, errors first, each at its `file:line:column` (a link to that line
 * when `line` gives one), within `limit` characters: past it, as many rows as fit and how many
 * more there are.
 */
export function problemsTable(
  problems: readonly ConfigProblem[],
  options: { readonly line?: (line: number, file: string) => string; readonly limit?: number } = {},
): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const rows = sorted.map((problem) => {
    const where =
      problem.line === undefined
        ? escapeMarkdown(problem.file)
        : `${escapeMarkdown(problem.file)}:${problem.line}:${problem.column ?? 1}`;
    return [
      problem.severity === 'error' ? ':x:' : ':warning:',
      problem.line !== undefined && options.line ? `[${where}](${options.line(problem.line, problem.file)})` : where,
      escapeMarkdown(problem.message),
    ];
  });
  const header = ['', 'Where', 'Problem'];
  const full = table(header, rows);
  if (options.limit === undefined || full.length <= options.limit) return full;
  const note = (left: number) => `\n\n${plural(left, 'more problem')} not shown here (too long for one message).`;
  let size = table(header, []).length + note(rows.length).length;
  let kept = 0;
  for (const row of rows) {
    size += `| ${row.join(' | ')} |`.length + 1;
    if (size > options.limit) break;
    kept++;
  }
  return `${table(header, rows.slice(0, kept))}${note(rows.length - kept)}`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
