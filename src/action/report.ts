import * as core from '@actions/core';
import { type ConfigProblem, formatProblem } from '../config/model.ts';

/** One annotation per config problem, on its line of the config file (the log shows them all). */
export function annotateProblems(problems: readonly ConfigProblem[]): void {
  for (const problem of problems) {
    const properties: core.AnnotationProperties = {
      title: problem.severity === 'error' ? 'sentry-members-sync: invalid config' : 'sentry-members-sync: config warning',
      file: problem.file,
      ...(problem.line === undefined ? {} : { startLine: problem.line }),
      ...(problem.column === undefined ? {} : { startColumn: problem.column }),
    };
    if (problem.severity === 'error') core.error(formatProblem(problem), properties);
    else core.warning(formatProblem(problem), properties);
  }
}

/** Appends markdown to the job summary when the runner provides one (not on a developer machine). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
