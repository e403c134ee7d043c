import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { applyPlan, checkGuards, GuardError } from '../apply/apply.ts';
import type { Config, ConfigProblem } from '../config/model.ts';
import { escapeInvisible } from '../domain/text.ts';
import { organizationOf, planOrganization } from '../engine/plan-organization.ts';
import { createGitHubApi } from '../github/api.ts';
import { manageDriftIssue, type PublishContext, publishApplyResult, publishPlanComment } from '../github/publish.ts';
import { SUMMARY_LIMIT } from '../github/sticky.ts';
import type { Plan } from '../plan/types.ts';
import { applyMarkdown, planMarkdown } from '../render/plan-markdown.ts';
import { applyText, changeHeading, planText } from '../render/plan-text.ts';
import { publicPlan, publicResult } from '../render/public-view.ts';
import { plural } from '../render/validation.ts';
import { createSentryClient } from '../sentry/client.ts';
import { isPullRequestEvent, type RunEvent } from './event.ts';
import type { Settings } from './inputs.ts';
import { annotateProblems, writeSummary } from './report.ts';

export type SentryMode = 'plan' | 'apply' | 'check';

/** plan, check and apply: read Sentry, plan, report; apply also writes. */
export async function runSentryMode(
  mode: SentryMode,
  settings: Settings & { sentryToken: string },
  event: RunEvent,
  config: Config,
  warnings: readonly ConfigProblem[],
) {
  const organization = organizationOf(config, settings.organization);
  const client = createSentryClient({
    baseUrl: settings.sentryUrl,
    token: settings.sentryToken,
    debug: (message) => core.debug(message),
  });
  try {
    let outcome: Awaited<ReturnType<typeof planOrganization>>;
    try {
      outcome = await planOrganization(client, config, organization, warnings);
    } catch (error) {
      core.setFailed(
        `reading the organization "${organization}" from Sentry failed, so nothing was written: ${(error as Error).message}`,
      );
      return;
    }
    if (outcome.kind === 'config-errors') {
      annotateProblems(outcome.problems);
      core.setFailed(
        `${config.file} names ${plural(outcome.problems.length, 'team')} that the organization does not have (listed above): nothing was written`,
      );
      return;
    }
    const { plan } = outcome;
    // What GitHub shows (log, summary, annotations, comment, issue) comes from the view; plan.json keeps everything.
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
    const planFile = await writePlanFile(plan, config.file);
    core.setOutput('plan', planFile);
    core.setOutput('changes', String(plan.changes.length));
    core.setOutput('has-changes', String(plan.changes.length > 0));
    annotatePlan(shown);

    const github = githubFor(settings, event);
    if (mode !== 'apply') {
      await writeSummary(planMarkdown(shown, { limit: SUMMARY_LIMIT }));
      if (github && settings.comment && event.pullRequest !== undefined && isPullRequestEvent(event)) {
        await publishPlanComment(github, event.pullRequest, shown);
      }
      if (github && settings.comment && settings.driftIssue && mode === 'check') {
        await manageDriftIssue(github, shown, undefined, new Date().toISOString());
      }
      if (plan.blocked.length > 0) core.setFailed(blockedMessage(plan.blocked.length, plan, mode));
      else if (mode === 'check' && plan.changes.length > 0) {
        core.setFailed(
          `${plural(plan.changes.length, 'member')} differ from ${config.file} (drift): run apply, or update the file`,
        );
      }
      return;
    }

    try {
      checkGuards(plan, settings);
    } catch (error) {
      if (!(error instanceof GuardError)) throw error;
      await writeSummary(planMarkdown(shown, { limit: SUMMARY_LIMIT }));
      core.setOutput('applied', '0');
      core.setOutput('failed', '0');
      core.setFailed(error.message);
      return;
    }
    const result = await applyPlan(client, plan, settings, { config, state: outcome.state });
    const shownResult = redact ? publicResult(result, listed) : result;
    core.info(applyText(shownResult));
    const applied = applyMarkdown(shownResult, organization, { limit: SUMMARY_LIMIT / 2 });
    await writeSummary(`${applied}\n${planMarkdown(shown, { limit: SUMMARY_LIMIT - applied.length })}`);
    if (github && settings.comment && event.name === 'push' && event.sha)
      await publishApplyResult(github, event.sha, shown, shownResult);
    // comment: false means the run writes nothing to GitHub (docs/behaviour.md), the drift issue included.
    if (github && settings.comment && settings.driftIssue)
      await manageDriftIssue(github, shown, shownResult, new Date().toISOString());
    core.setOutput('applied', String(result.applied.length));
    core.setOutput('failed', String(result.failed.length));
    for (const failure of shownResult.failed) {
      core.error(escapeInvisible(`${changeHeading(failure.change).slice(2)} failed: ${failure.error}`), {
        title: 'sentry-members-sync: write failed',
      });
    }
    if (result.failed.length > 0) {
      core.setFailed(
        `${plural(result.failed.length, 'member write')} failed (listed above), ${result.applied.length} succeeded: fix the cause and run again; the next run makes only what is still missing`,
      );
    } else if (result.blocked.length > 0) {
      core.setFailed(blockedMessage(result.blocked.length, plan, mode));
    }
  } finally {
    await client.close();
  }
}

/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings: Settings, event: RunEvent): PublishContext | undefined {
  if (!settings.githubToken || !event.repo) return undefined;
  return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
}

function blockedMessage(blocked: number, plan: Plan, mode: SentryMode): string {
  const others =
    plan.changes.length === 0
      ? 'there are no other changes'
      : mode === 'apply'
        ? 'the other changes were made'
        : 'apply makes the other changes';
  return `${plural(blocked, 'change')} cannot be made (blocked, listed above): fix the file or the organization; ${others}`;
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

async function writePlanFile(plan: Plan, configFile: string): Promise<string> {
  const dir = path.join(process.env.RUNNER_TEMP || tmpdir(), 'sentry-members-sync');
  await mkdir(dir, { recursive: true });
  const name = `plan-${plan.organization}-${configFile.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
  const file = path.join(dir, name);
  await writeFile(file, `${JSON.stringify(plan, null, 2)}\n`);
  return file;
}
