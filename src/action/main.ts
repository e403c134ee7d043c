import * as core from '@actions/core';
import { loadConfigFile } from '../config/load.ts';
import type { Config, ConfigProblem } from '../config/model.ts';
import { describeConfig, plural, validationMarkdown } from '../render/validation.ts';
import { readEvent, resolveMode } from './event.ts';
import { readSettings, type Settings } from './inputs.ts';
import { annotateProblems, writeSummary } from './report.ts';

/**
 * The action: reads the inputs, then validates, plans or applies. Never throws: every failure,
 * including a throw that is not an Error, ends in setFailed with a message saying what to do.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const token = core.getInput('sentry-token') || env.SENTRY_AUTH_TOKEN;
    if (token) core.setSecret(token);
    const githubToken = core.getInput('github-token');
    if (githubToken) core.setSecret(githubToken);
    const settings = readSettings((name) => core.getInput(name), env);
    const event = readEvent(env);
    const mode = resolveMode(settings.mode, event);
    const loaded = await validate(settings);
    if (!loaded || mode === 'validate') return;
    if (!settings.sentryToken) {
      core.notice(
        `No Sentry token, so the config was only validated and no ${mode} was made. Set the "sentry-token" input (a user auth token with member:read for plans, member:admin for applies, e.g. from a secret). Pull requests from forks get no secrets: their plan appears once the change is on a branch of this repository.`,
        { title: 'sentry-members-sync: validated only' },
      );
      return;
    }
    // The Sentry and GitHub clients load only in the modes that use them: validation starts fast.
    const { runSentryMode } = await import('./sentry-modes.ts');
    await runSentryMode(mode, { ...settings, sentryToken: settings.sentryToken }, event, loaded.config, loaded.warnings);
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(describeError(error));
  }
}

/** Loads and validates the config; reports problems; returns the config when it is valid. */
async function validate(settings: Settings): Promise<{ config: Config; warnings: readonly ConfigProblem[] } | undefined> {
  const result = await loadConfigFile(settings.configPath, settings.configDisplayPath);
  const problems = result.ok ? result.warnings : result.problems;
  annotateProblems(problems);
  await writeSummary(validationMarkdown(settings.configDisplayPath, problems, result.ok ? result.config : undefined));
  if (!result.ok) {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    core.setFailed(
      `${settings.configDisplayPath} has ${plural(errors, 'error')} (listed above and in the job summary): fix them and push again`,
    );
    return undefined;
  }
  core.notice(describeConfig(result.config), { title: 'sentry-members-sync: config valid', file: settings.configDisplayPath });
  return { config: result.config, warnings: result.warnings };
}

/** The message of anything thrown, Error or not. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return `unexpected failure: ${String(error)}`;
}
