import * as core from '@actions/core';
import { validateConfig } from '../engine/validate.ts';
import type { GitHubApi } from '../github/api.ts';
import { publish, type RunReport } from '../publish/publication.ts';
import { describeError } from '../render/failures.ts';
import { readEvent, resolveMode } from './event.ts';
import { ACTION_WORDS, readSettings } from './inputs.ts';
import { perform } from './sink.ts';

/**
 * The action: reads the inputs, validates the config, and (with a Sentry token, in plan, check
 * and apply) runs against Sentry; the run's report, success or failure, then becomes one
 * publication (publish) that the sink performs. Never throws: anything thrown before there is a
 * report, including a throw that is not an Error, ends in setFailed with a message saying what to do.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    // Each input read once; the tokens masked in the runner's log as they are read.
    const settings = readSettings((name) => core.getInput(name), env, core.setSecret);
    const event = readEvent(env);
    const mode = resolveMode(settings.mode, event);
    const validated = await validateConfig(settings.configDisplayPath, settings.workspace);
    let report: RunReport;
    let github: GitHubApi | undefined;
    if (mode === 'validate' || !settings.sentryToken) {
      report = {
        mode,
        validateOnly: mode === 'validate' ? 'mode' : 'no-token',
        outcome: validated,
        ...(validated.kind === 'validated' ? { config: validated.config, warnings: validated.warnings } : {}),
        settings,
        event,
        words: ACTION_WORDS,
        now: Date.now(),
      };
    } else {
      // The Sentry and GitHub clients load only in the modes that use them: validation starts fast.
      const { runSentryMode } = await import('./sentry-modes.ts');
      ({ report, github } = await runSentryMode(mode, { ...settings, sentryToken: settings.sentryToken }, event, validated, {
        debug: (message) => core.debug(message),
        clock: Date.now,
        env,
      }));
    }
    await perform(publish(report), github);
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(describeError(error, ACTION_WORDS));
  }
}
