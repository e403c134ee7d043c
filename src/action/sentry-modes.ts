import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfigAt } from '../config/base.ts';
import type { Config } from '../config/model.ts';
import { messageOf } from '../domain/errors.ts';
import type { ApprovalSource } from '../engine/approvals.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import type { Review } from '../engine/review.ts';
import { runSentry, type SentryMode } from '../engine/run.ts';
import type { validateConfig } from '../engine/validate.ts';
import { createGitHubApi, type GitHubApi } from '../github/api.ts';
import { createGitHubReads, createGitHubTeamReads, type GitHubTeamReads } from '../github/reads.ts';
import { markerOf, ourComments, stickyMarker } from '../github/sticky.ts';
import { planOptions } from '../plan/plan.ts';
import { type GitHubRead, keepsDriftIssue, type PriorComment, type Reported, type RunReport } from '../publish/publication.ts';
import { readRecord } from '../publish/record.ts';
import { createSentryClient } from '../sentry/client.ts';
import { approvalRun, isPullRequestEvent, type RunEvent } from './event.ts';
import { ACTION_WORDS, type Settings } from './inputs.ts';

/** What the shell is given from outside: the runner's debug log and the clock. */
export interface ShellIo {
  readonly debug: (message: string) => void;
  readonly clock: () => number;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * plan, check and apply: the imperative shell. It reads what the run needs from GitHub (the pull
 * request it reports to and this action's comments there, the config at a pull request's base,
 * the open drift issue), runs the engine against Sentry, and returns the run's report, success or
 * failure alike; what to publish is then decided by publish() and performed by the sink. It never
 * throws for a failure it can report: anything thrown on the way becomes the report's outcome.
 */
export async function runSentryMode(
  mode: SentryMode,
  settings: Settings & { sentryToken: string },
  event: RunEvent,
  validated: Awaited<ReturnType<typeof validateConfig>>,
  io: ShellIo,
): Promise<{ report: RunReport; github: GitHubApi | undefined }> {
  const api =
    settings.githubToken && event.repo ? createGitHubApi(settings.githubToken, event.repo, io.env.GITHUB_API_URL) : undefined;
  const failures: string[] = [];
  const config = validated.kind === 'validated' ? validated.config : undefined;
  const merge = mode === 'apply' && event.name === 'push';
  const reviewing = merge && settings.reviewedPlan !== 'off';

  // The pull request this run reports to: the event's, or the merged one the pushed commit came from
  // (also the one whose approval a push's owner and manager grants need, whatever the mode).
  let pull = isPullRequestEvent(event) ? event.pullRequest : undefined;
  let unreadable: string | undefined;
  const merged: { pull?: number; unreadable?: string } = {};
  if (api && event.name === 'push' && event.sha && (merge || config?.approvals)) {
    try {
      const found = (await api.pullRequestsOf(event.sha)).find((candidate) => candidate.merged)?.number;
      if (found !== undefined) merged.pull = found;
    } catch (error) {
      merged.unreadable = `reading the pull requests of commit ${event.sha.slice(0, 7)} failed: ${messageOf(error)}`;
      failures.push(merged.unreadable);
    }
    if (merge) {
      pull = merged.pull;
      unreadable = merged.unreadable;
    }
  } else if (!api && event.name === 'push' && config?.approvals)
    merged.unreadable = 'there is no GitHub token or repository to find the merged pull request with (input "github-token")';
  let comments: PriorComment[] | undefined;
  if (api && pull !== undefined && (settings.comment || reviewing)) {
    try {
      const [all, viewer] = await Promise.all([api.listComments(pull), api.viewer()]);
      comments = ourComments(all, viewer).map(({ id, body }) => ({ id, body }));
    } catch (error) {
      unreadable = `reading the comments of pull request #${pull} failed: ${messageOf(error)}`;
      failures.push(`${unreadable}: nothing is posted there`);
    }
  }

  let outcome: Reported = validated;
  let organization = settings.organization ?? config?.organization;
  let baseNotice: string | undefined;
  const teams = teamReads(settings, io);
  if (config && validated.kind === 'validated') {
    const client = createSentryClient({ baseUrl: settings.sentryUrl, token: settings.sentryToken, debug: io.debug });
    try {
      organization = organizationOf(config, settings.organization);
      // On a pull request, the config at its base: its changes are drift, not the pull request's.
      const base =
        mode !== 'apply' && isPullRequestEvent(event) && api ? await baseConfig(event, settings, validated, io) : undefined;
      baseNotice = base?.notice;
      // An apply on merge is held against the plan reviewed on the merged pull request.
      const marker = stickyMarker('plan', organization, settings.configDisplayPath);
      const reviewed = comments?.find((comment) => markerOf(comment.body)?.line === marker);
      const review: Review | undefined =
        api && reviewing
          ? {
              policy: settings.reviewedPlan,
              pull,
              reviewed: reviewed && pull !== undefined ? readRecord(reviewed.body, pull) : undefined,
              ...(unreadable ? { unreadable } : {}),
            }
          : undefined;
      outcome = await runSentry(client, {
        mode,
        config,
        warnings: validated.warnings,
        organization,
        guards: settings,
        clock: io.clock,
        options: planOptions(settings, io.clock()),
        ...(base?.config ? { base: base.config } : {}),
        ...(review ? { review } : {}),
        ...(teams ? { github: teams } : {}),
        ...(config.approvals ? { approvals: approvalSource(settings, event, merged, io) } : {}),
      });
    } catch (error) {
      outcome = { kind: 'error', error };
    } finally {
      await client.close();
    }
  }

  let driftIssue: GitHubRead['driftIssue'];
  if (api && 'plan' in outcome && keepsDriftIssue(settings, event.name, mode)) {
    try {
      const found = await api.findOpenIssue(stickyMarker('drift', outcome.plan.organization, outcome.plan.config));
      driftIssue = found ?? 'none';
    } catch (error) {
      failures.push(`reading the open issues failed: ${messageOf(error)}: the drift issue is not updated`);
    }
  }

  const report: RunReport = {
    mode,
    outcome,
    ...(config ? { config } : {}),
    ...(validated.kind === 'validated' ? { warnings: validated.warnings } : {}),
    ...(organization ? { organization } : {}),
    settings,
    event,
    words: ACTION_WORDS,
    now: io.clock(),
    ...('plan' in outcome ? { planFile: planFile(io.env, outcome.plan.organization, outcome.plan.config) } : {}),
    ...(api
      ? {
          github: {
            ...(pull !== undefined ? { pull } : {}),
            ...(comments ? { comments } : {}),
            ...(driftIssue ? { driftIssue } : {}),
            failures,
          },
        }
      : {}),
    ...(baseNotice ? { baseNotice } : {}),
  };
  return { report, github: api };
}

/**
 * The one client that reads the GitHub organization (teams, their members, SAML identities,
 * memberships) with `github-teams-token`, else `github-token`: undefined without either.
 */
function teamReads(settings: Settings, io: ShellIo): GitHubTeamReads | undefined {
  const token = settings.githubTeamsToken ?? settings.githubToken;
  if (!token) return undefined;
  return createGitHubTeamReads({ token, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}), debug: io.debug });
}

/**
 * Which run this is for approvals.privileged, and GitHub to read the approval with: the
 * repository's reads with github-token, team memberships with github-teams-token (github-token
 * when empty). Without a token or repository nothing can be read, which blocks the grants.
 */
function approvalSource(
  settings: Settings,
  event: RunEvent,
  merged: { pull?: number; unreadable?: string },
  io: ShellIo,
): ApprovalSource {
  const reads =
    settings.githubToken && event.repo
      ? createGitHubReads({
          repo: event.repo,
          token: settings.githubToken,
          ...(settings.githubTeamsToken ? { teamsToken: settings.githubTeamsToken } : {}),
          ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
          debug: io.debug,
        })
      : undefined;
  return { run: approvalRun(event, merged), reads };
}

/**
 * The config at the pull request's base commit, or why the plan cannot tell the pull request from
 * drift: the same files by the same rules, a file or a directory alike, read through GitHub's git
 * data API (a tree, and the blobs that differ from the workspace's: src/config/base.ts).
 */
async function baseConfig(
  event: RunEvent,
  settings: Settings,
  validated: Extract<Awaited<ReturnType<typeof validateConfig>>, { kind: 'validated' }>,
  io: ShellIo,
): Promise<{ config?: Config; notice?: string }> {
  const file = settings.configDisplayPath;
  const cannot = (why: string) => ({ notice: `${why}: the changes are shown together, this pull request's and drift alike.` });
  if (!event.baseSha || !event.repo) return cannot('The event names no base commit');
  const at = event.baseSha.slice(0, 7);
  const reads = createGitHubReads({
    repo: event.repo,
    token: settings.githubToken ?? '',
    ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
    debug: io.debug,
  });
  let loaded: Awaited<ReturnType<typeof loadConfigAt>>;
  try {
    loaded = await loadConfigAt(reads, event.baseSha, file, validated.parts);
  } catch (error) {
    return cannot(`${file} could not be read at the base commit ${at} (GitHub answered: ${messageOf(error)})`);
  }
  if (loaded.kind === 'missing') return cannot(`${file} is not at the base commit ${at} (new in this pull request)`);
  if (!loaded.result.ok) return cannot(`${file} is not valid at the base commit ${at}`);
  return { config: loaded.result.config };
}

/** Where plan.json goes: the runner's temporary directory, one file per organization and config. */
function planFile(env: NodeJS.ProcessEnv, organization: string, config: string): string {
  const name = `plan-${organization}-${config.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
  return path.join(env.RUNNER_TEMP || tmpdir(), 'sentry-members-sync', name);
}
