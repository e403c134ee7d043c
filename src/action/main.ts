import * as core from '@actions/core';
import { failuresOf } from '../engine/run.ts';
import { validateConfig } from '../engine/validate.ts';
import { describeError, describeFailure } from '../render/failures.ts';
import { describeConfig, validationMarkdown } from '../render/validation.ts';
import { readEvent, resolveMode } from './event.ts';
import { ACTION_WORDS, readSettings } from './inputs.ts';
import { annotateProblems, writeSummary } from './report.ts';

/**
 * The action: reads the inputs, then validates, plans or applies. Never throws: every failure,
 * including a throw that is not an Error, ends in setFailed with a message saying what to do.
 * What failed is decided by the engine (failuresOf); this only delivers it.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // Each input read once; the tokens masked in the runner's log as they are read.
    const settings = readSettings((name) => core.getInput(name), env, core.setSecret);
    const event = readEvent(env);
    const mode = resolveMode(settings.mode, event);
    const validated = await validateConfig(settings.configDisplayPath, settings.workspace);
    const problems =
      validated.kind === 'validated' ? validated.warnings : validated.kind === 'invalid-config' ? validated.problems : [];
    annotateProblems(problems);
    await writeSummary(
      validationMarkdown(settings.configDisplayPath, problems, validated.kind === 'validated' ? validated.config : undefined),
    );
    if (validated.kind !== 'validated') {
      for (const failure of failuresOf(validated)) core.setFailed(describeFailure(failure, ACTION_WORDS));
      return;
    }
    core.notice(describeConfig(validated.config), {
      title: 'sentry-members-sync: config valid',
      file: settings.configDisplayPath,
    });
    if (mode === 'validate') return;
    if (!settings.sentryToken) {
      core.notice(
        `No Sentry token, so the config was only validated and no ${mode} was made. Set the "sentry-token" input (a user auth token with member:read for plans, member:admin for applies, e.g. from a secret). Pull requests from forks get no secrets: their plan appears once the change is on a branch of this repository.`,
        { title: 'sentry-members-sync: validated only' },
      );
      return;
    }
    // The Sentry and GitHub clients load only in the modes that use them: validation starts fast.
    const { runSentryMode } = await import('./sentry-modes.ts');
    await runSentryMode(mode, { ...settings, sentryToken: settings.sentryToken }, event, validated.config, validated.warnings);
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(describeError(error, ACTION_WORDS));
  }
}
