import type { Config, ConfigProblem } from '../config/model.ts';
import { escapeMarkdown, table } from './markdown.ts';

/** One line saying what a valid config holds. */
export function describeConfig(config: Config): string {
  const members = [...config.members.values()];
  const managed = members.filter((member) => member.teams !== undefined).length;
  const org = config.organization ? ` for organization ${config.organization}` : '';
  const files = config.files.length > 1 ? ` (${plural(config.files.length, 'file')})` : '';
  const sections = config.teams.size > 0 ? `, ${plural(config.teams.size, 'team section')}` : '';
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
      : `:x: \`${escapeMarkdown(file)}\` has ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''}. Nothing was sent to Sentry.`,
  );
  if (problems.length > 0) {
    lines.push(
      '',
      table(
        ['', 'Where', 'Problem'],
        problems.map((problem) => [
          problem.severity === 'error' ? ':x:' : ':warning:',
          problem.line === undefined
            ? escapeMarkdown(problem.file)
            : `${escapeMarkdown(problem.file)}:${problem.line}:${problem.column ?? 1}`,
          escapeMarkdown(problem.message),
        ]),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
