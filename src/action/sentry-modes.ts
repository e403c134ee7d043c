import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type { ApplyResult } from '../apply/apply.ts';
import type { Config, ConfigProblem } from '../config/model.ts';
import { escapeInvisible } from '../domain/text.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import { failuresOf, type RunOutcome, runSentry, type SentryMode } from '../engine/run.ts';
import { createGitHubApi } from '../github/api.ts';
import { manageDriftIssue, type PublishContext, publishApplyResult, publishPlanComment } from '../github/publish.ts';
import type { Plan } from '../plan/types.ts';
import { applySummary, planSummary } from '../render/bodies.ts';
import { describeFailure } from '../render/failures.ts';
import { applyText, changeHeading, planText } from '../render/plan-text.ts';
import { publicPlan, publicResult } from '../render/public-view.ts';
import { createSentryClient } from '../sentry/client.ts';
import { isPullRequestEvent, type RunEvent } from './event.ts';
import { ACTION_WORDS, type Settings } from './inputs.ts';
import { annotateProblems, writeSummary } from './report.ts';

/**
 * plan, check and apply: the engine runs the mode and decides how it ended; this delivers the
 * outcome as the runner shows it (log, outputs, annotations, job summary, comment, drift issue)
 * and fails the step with the engine's failures.
 */
export async function runSentryMode(
  mode: SentryMode,
  settings: Settings & { sentryToken: string },
  event: RunEvent,
  config: Config,
  warnings: readonly ConfigProblem[],
): Promise<void> {
  const client = createSentryClient({
    baseUrl: settings.sentryUrl,
    token: settings.sentryToken,
    debug: (message) => core.debug(message),
  });
  try {
    const organization = organizationOf(config, settings.organization);
    const outcome = await runSentry(client, { mode, config, warnings, organization, guards: settings });
    await deliver(outcome, settings, event, config);
    for (const failure of failuresOf(outcome)) core.setFailed(describeFailure(failure, ACTION_WORDS));
  } finally {
    await client.close();
  }
}

async function deliver(outcome: RunOutcome, settings: Settings, event: RunEvent, config: Config): Promise<void> {
  if (outcome.kind === 'unknown-teams') annotateProblems(outcome.problems);
  if (!('plan' in outcome)) return;
  const { plan } = outcome;
  // What GitHub shows comes from a view that may leave out what the file does not say; plan.json keeps everything.
  const redact = settings.redact === 'auto' ? event.publicRepository : settings.redact;
  if (!redact && event.publicRepository) {
    core.warning(
      'This repository is public and redact is false: the log, job summary and comment name members the config file does not list and show their Sentry display names to anyone. Remove "redact: false" to count them instead.',
      { title: 'sentry-members-sync: public repository' },
    );
  }
  const listed = (email: string) => config.members.has(email.toLowerCase());
  const shown = redact ? publicPlan(plan, listed) : plan;
  core.info(planText(shown));
  core.setOutput('plan', await writePlanFile(plan, config.file));
  core.setOutput('changes', String(plan.changes.length));
  core.setOutput('has-changes', String(plan.changes.length > 0));
  annotatePlan(shown);

  const github = githubFor(settings, event);
  const now = new Date().toISOString();
  switch (outcome.kind) {
    case 'planned':
      await writeSummary(planSummary(shown));
      if (github && settings.comment && event.pullRequest !== undefined && isPullRequestEvent(event))
        await publishPlanComment(github, event.pullRequest, shown);
      if (github && settings.comment && settings.driftIssue && outcome.mode === 'check')
        await manageDriftIssue(github, shown, undefined, now);
      return;
    case 'guard-refused':
      await writeSummary(planSummary(shown));
      core.setOutput('applied', '0');
      core.setOutput('failed', '0');
      return;
    case 'applied': {
      const { result } = outcome;
      const shownResult = redact ? publicResult(result, listed) : result;
      core.info(applyText(shownResult));
      await writeSummary(applySummary(shown, shownResult));
      if (github && settings.comment && event.name === 'push' && event.sha)
        await publishApplyResult(github, event.sha, shown, shownResult);
      // comment: false means the run writes nothing to GitHub (docs/behaviour.md), the drift issue included.
      if (github && settings.comment && settings.driftIssue) await manageDriftIssue(github, shown, shownResult, now);
      core.setOutput('applied', String(result.applied.length));
      core.setOutput('failed', String(result.failed.length));
      annotateFailedWrites(shownResult);
      return;
    }
  }
}

/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings: Settings, event: RunEvent): PublishContext | undefined {
  if (!settings.githubToken || !event.repo) return undefined;
  return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
}

/** One annotation per blocked change and per warning, on the line of the file that causes it. */
function annotatePlan(plan: Plan): void {
  for (const { change, reasons } of plan.blocked) {
    const line = change.kind === 'remove' ? undefined : change.line;
    core.error(escapeInvisible(`${changeHeading(change).slice(2)} is blocked: ${reasons.join('; ')}`), {
      title: 'sentry-members-sync: blocked change',
      file: plan.config,
      ...(line ? { startLine: line } : {}),
    });
  }
  for (const warning of plan.warnings) {
    core.warning(warning.message, {
      title: 'sentry-members-sync: warning',
      file: plan.config,
      ...(warning.line ? { startLine: warning.line } : {}),
    });
  }
}

function annotateFailedWrites(result: ApplyResult): void {
  for (const failure of result.failed) {
    core.error(escapeInvisible(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`), {
      title: 'sentry-members-sync: write failed',
    });
  }
}

async function writePlanFile(plan: Plan, configFile: string): Promise<string> {
  const dir = path.join(process.env.RUNNER_TEMP || tmpdir(), 'sentry-members-sync');
  await mkdir(dir, { recursive: true });
  const name = `plan-${plan.organization}-${configFile.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
  const file = path.join(dir, name);
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`);
  return file;
}
