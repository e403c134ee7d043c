import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type { ApplyResult } from '../apply/apply.ts';
import { parseConfig } from '../config/load.ts';
import type { Config, ConfigProblem } from '../config/model.ts';
import { escapeInvisible } from '../domain/text.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import { matchesReview, type Review, type ReviewCheck } from '../engine/review.ts';
import { failuresOf, type RunOutcome, runSentry, type SentryMode } from '../engine/run.ts';
import { createGitHubApi } from '../github/api.ts';
import {
  configAt,
  findMergedPull,
  type MergedPull,
  manageDriftIssue,
  type PublishContext,
  publishApplyResult,
  publishPlanComment,
  publishUnreviewed,
} from '../github/publish.ts';
import { planOptions } from '../plan/plan.ts';
import type { Plan } from '../plan/types.ts';
import { applySummary, planSummary, reviewedMarker } from '../render/bodies.ts';
import { describeFailure } from '../render/failures.ts';
import { planJson } from '../render/plan-json.ts';
import type { Links, MarkdownOptions } from '../render/plan-markdown.ts';
import { applyText, changeHeading, planText } from '../render/plan-text.ts';
import { publicPlan, publicResult } from '../render/public-view.ts';
import { describeReasons } from '../render/reasons.ts';
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
    const github = githubFor(settings, event);
    // On a pull request, the config at its base: its changes are drift, not the pull request's.
    const base =
      mode !== 'apply' && isPullRequestEvent(event) && github ? await baseConfig(github, event, settings, config) : undefined;
    // An apply on merge is held against the plan reviewed on the merged pull request.
    const merged =
      mode === 'apply' && event.name === 'push' && github && event.sha
        ? await findMergedPull(github, event.sha, { organization, config: config.file })
        : undefined;
    const review: Review | undefined =
      merged && settings.reviewedPlan !== 'off'
        ? { policy: settings.reviewedPlan, pull: merged.pull, reviewed: merged.reviewed }
        : undefined;
    const outcome = await runSentry(client, {
      mode,
      config,
      warnings,
      organization,
      guards: settings,
      options: planOptions(settings, Date.now()),
      ...(base?.config ? { base: base.config } : {}),
      ...(review ? { review } : {}),
    });
    await deliver(outcome, settings, event, config, { github, merged, notice: base?.notice });
    for (const failure of failuresOf(outcome)) core.setFailed(describeFailure(failure, ACTION_WORDS));
  } finally {
    await client.close();
  }
}

/** The config at the pull request's base commit, or why the plan cannot tell the pull request from drift. */
async function baseConfig(
  github: PublishContext,
  event: RunEvent,
  settings: Settings,
  config: Config,
): Promise<{ config?: Config; notice?: string }> {
  const path = settings.configDisplayPath;
  const cannot = (why: string) => ({ notice: `${why}: the changes are shown together, this pull request's and drift alike.` });
  if (!event.baseSha) return cannot('The event names no base commit');
  // The base of a directory or a glob would need the file list at that commit: not read yet.
  if (config.files.length !== 1 || config.files[0] !== config.file)
    return cannot(`${path} is a config of several files, which is not yet read at the base commit`);
  if (!settings.configInWorkspace) return cannot(`${path} is outside the repository`);
  const text = await configAt(github, path, event.baseSha);
  if (text === undefined)
    return cannot(
      `${path} could not be read at the base commit ${event.baseSha.slice(0, 7)} (new in this pull request, or no API access)`,
    );
  const parsed = await parseConfig(text, path);
  if (!parsed.ok) return cannot(`${path} is not valid at the base commit ${event.baseSha.slice(0, 7)}`);
  return { config: parsed.config };
}

interface Delivery {
  readonly github: PublishContext | undefined;
  readonly merged: MergedPull | undefined;
  readonly notice: string | undefined;
}

async function deliver(
  outcome: RunOutcome,
  settings: Settings,
  event: RunEvent,
  config: Config,
  delivery: Delivery,
): Promise<void> {
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
  const drift = outcome.kind === 'planned' ? outcome.drift : undefined;
  const markdown: MarkdownOptions = {
    links: linksFor(settings, event, plan.organization),
    ...(drift ? { drift } : {}),
    ...(delivery.notice ? { notice: delivery.notice } : {}),
  };
  core.info(planText(shown, drift ? { drift } : {}));
  core.setOutput('plan', await writePlanFile(plan, config.file));
  core.setOutput('changes', String(plan.changes.length));
  core.setOutput('has-changes', String(plan.changes.length > 0));
  annotatePlan(shown);
  if (delivery.notice && isPullRequestEvent(event))
    core.notice(delivery.notice, { title: 'sentry-members-sync: pull request and drift together' });

  const { github, merged } = delivery;
  const now = new Date().toISOString();
  switch (outcome.kind) {
    case 'planned':
      await writeSummary(planSummary(shown, markdown));
      if (github && settings.comment && event.pullRequest !== undefined && isPullRequestEvent(event))
        await publishPlanComment(github, event.pullRequest, shown, { ...markdown, reviewed: reviewedMarker(plan, shown) });
      if (github && settings.comment && settings.driftIssue && outcome.mode === 'check')
        await manageDriftIssue(github, shown, undefined, now);
      return;
    case 'guard-refused':
      await writeSummary(planSummary(shown, markdown));
      core.setOutput('applied', '0');
      core.setOutput('failed', '0');
      return;
    case 'unreviewed':
      await writeSummary(planSummary(shown, { ...markdown, review: outcome.review }));
      core.setOutput('applied', '0');
      core.setOutput('failed', '0');
      if (github && settings.comment && merged && event.sha)
        await publishUnreviewed(github, merged, event.sha, shown, outcome.review, markdown);
      return;
    case 'applied': {
      const { result, review } = outcome;
      const shownResult = redact ? publicResult(result, listed) : result;
      core.info(applyText(shownResult));
      if (review && !matchesReview(review))
        core.warning(escapeInvisible(unreviewedWarning(review)), { title: 'sentry-members-sync: not the reviewed plan' });
      await writeSummary(applySummary(shown, shownResult, { ...markdown, ...(review ? { review } : {}) }));
      if (github && settings.comment && merged && event.sha)
        await publishApplyResult(github, merged, event.sha, shown, shownResult, { ...markdown, ...(review ? { review } : {}) });
      // comment: false means the run writes nothing to GitHub (docs/behaviour.md), the drift issue included.
      if (github && settings.comment && settings.driftIssue) await manageDriftIssue(github, shown, shownResult, now);
      core.setOutput('applied', String(result.applied.length));
      core.setOutput('failed', String(result.failed.length));
      annotateFailedWrites(shownResult);
      return;
    }
  }
}

/** reviewed-plan: warn, and the apply was not the reviewed plan: what was not reviewed, for the log. */
function unreviewedWarning(review: ReviewCheck): string {
  if (!review.found)
    return `No reviewed plan was found${review.pull === undefined ? ' (a direct push)' : ` on #${review.pull}`}: applied without one (reviewed-plan: warn).`;
  const added = review.added.map((change) => change.email).join(', ');
  return `Applied changes that were not in the plan reviewed on #${review.pull} (reviewed-plan: warn): ${review.added.length} added${added ? ` (${added})` : ''}, ${review.dropped.length} dropped since the review.`;
}

/** Each change links to its line in the config at the commit the run is about, and to the member in Sentry. */
function linksFor(settings: Settings, event: RunEvent, organization: string): Links {
  const sha = event.headSha ?? event.sha;
  const path = settings.configDisplayPath;
  const sentry = `${settings.sentryUrl.origin}${settings.sentryUrl.pathname.replace(/\/+$/, '')}`;
  return {
    ...(event.repo && sha && settings.configInWorkspace
      ? {
          line: (line: number, file?: string) =>
            `${event.serverUrl}/${event.repo?.owner}/${event.repo?.repo}/blob/${sha}/${file ?? path}#L${line}`,
        }
      : {}),
    member: (id: string) => `${sentry}/settings/${encodeURIComponent(organization)}/members/${encodeURIComponent(id)}/`,
  };
}

/** The GitHub side, when there is a token and a repository (never on a developer machine). */
function githubFor(settings: Settings, event: RunEvent): PublishContext | undefined {
  if (!settings.githubToken || !event.repo) return undefined;
  return { api: createGitHubApi(settings.githubToken, event.repo), runUrl: event.runUrl };
}

/** One annotation per blocked change and per warning, on the line of the file that causes it. */
function annotatePlan(plan: Plan): void {
  for (const { change, reasons } of plan.blocked) {
    const line = 'line' in change ? change.line : undefined;
    core.error(escapeInvisible(`${changeHeading(change).slice(2)} is blocked: ${describeReasons(reasons).join('; ')}`), {
      title: 'sentry-members-sync: blocked change',
      file: ('file' in change ? change.file : undefined) ?? plan.config,
      ...(line ? { startLine: line } : {}),
    });
  }
  for (const warning of plan.warnings) {
    core.warning(warning.message, {
      title: 'sentry-members-sync: warning',
      file: warning.file ?? plan.config,
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
  await writeFile(file, `${JSON.stringify(planJson(plan), null, 2)}\n`);
  return file;
}
