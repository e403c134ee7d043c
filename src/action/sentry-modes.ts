import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfigAt } from '../config/base.ts';
import type { Config } from '../config/model.ts';
import { messageOf } from '../domain/errors.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import type { Acceptance, ConfigCommit, Review } from '../engine/review.ts';
import { runSentry, type SentryMode } from '../engine/run.ts';
import type { validateConfig } from '../engine/validate.ts';
import { createGitHubApi, type GitHubApi } from '../github/api.ts';
import { createGitHubReads, createGitHubTeamReads, type GitHubReads, type GitHubTeamReads } from '../github/reads.ts';
import { editedByOther, isOurIssue, markerOf, ourComments, stickyMarker } from '../github/sticky.ts';
import { planOptions } from '../plan/plan.ts';
import {
  type GitHubRead,
  keepsDriftIssue,
  type PriorComment,
  type Reported,
  type RunReport,
  redacts,
} from '../publish/publication.ts';
import { reviewedPlanOf } from '../publish/record.ts';
import { statusWordOf } from '../publish/status.ts';
import { plural } from '../render/validation.ts';
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
  // Under require, a scheduled or hand-started apply makes only the config changes an apply on merge applied.
  const holding = mode === 'apply' && !merge && settings.reviewedPlan === 'require';
  // The token's own identity, asked once: only what it wrote is this action's.
  let viewer: Promise<string | undefined> | undefined;
  const self = () => {
    viewer ??= api ? api.viewer() : Promise.resolve(undefined);
    return viewer;
  };

  // The pull request this run reports to: the event's, or the merged one the pushed commit came from
  // (also the one whose approval a push's owner and manager grants need, whatever the mode).
  let pull = isPullRequestEvent(event) ? event.pullRequest : undefined;
  // Without GitHub, a review cannot be read: require refuses, warn says so.
  let unreadable: string | undefined = reviewing && !api ? noGitHub(settings, event) : undefined;
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
      const [all, login] = await Promise.all([api.listComments(pull), self()]);
      comments = ourComments(all, login).map((comment) => {
        const editedBy = editedByOther(comment, login);
        return { id: comment.id, body: comment.body, ...(editedBy !== undefined ? { editedBy } : {}) };
      });
    } catch (error) {
      unreadable = `reading the comments of pull request #${pull} failed: ${messageOf(error)}`;
      failures.push(`${unreadable}: nothing is posted there`);
    }
  }

  let outcome: Reported = validated;
  let organization = settings.organization ?? config?.organization;
  let baseNotice: string | undefined;
  const reads = githubReads(settings, event, io);
  if (config && validated.kind === 'validated') {
    // The debug log is a log too: on a public repository it does not name teams the file does not.
    const debug = redacts(settings, event) ? withoutUnnamedTeams(io.debug, config) : io.debug;
    const client = createSentryClient({ baseUrl: settings.sentryUrl, token: settings.sentryToken, debug });
    try {
      organization = organizationOf(config, settings.organization);
      // On a pull request, the config at its base: its changes are drift, not the pull request's.
      const base =
        mode !== 'apply' && isPullRequestEvent(event) && reads.repository
          ? await baseConfig(reads.repository, event, settings, validated)
          : undefined;
      baseNotice = base?.notice;
      // An apply on merge is held against the plan reviewed on the merged pull request.
      const marker = stickyMarker('plan', organization, settings.configDisplayPath);
      const found = comments?.find((comment) => markerOf(comment.body)?.line === marker);
      const record = found && pull !== undefined ? reviewedPlanOf(found, pull) : {};
      const review: Review | undefined = reviewing
        ? {
            policy: settings.reviewedPlan,
            pull,
            reviewed: record.reviewed,
            ...(unreadable ? { unreadable } : {}),
            ...(record.untrusted ? { untrusted: record.untrusted } : {}),
          }
        : undefined;
      const acceptance = holding
        ? await acceptanceOf(api, reads.repository, event, settings, validated, organization, self)
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
        ...(reads.teams ? { github: reads.teams } : {}),
        ...(config.approvals ? { approvals: { run: approvalRun(event, merged), reads: reads.repository } } : {}),
        ...(acceptance ? { acceptance } : {}),
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
      // Only the token's own issue: one that someone else opened, even quoting the marker, is never written to.
      const marker = stickyMarker('drift', outcome.plan.organization, outcome.plan.config);
      const login = await self();
      const found = await api.findOpenIssue((issue) => isOurIssue(issue, marker, login));
      driftIssue = found ? { number: found.number, body: found.body } : 'none';
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
 * What the run reads from GitHub, through one client per token that share one rate-limit wait
 * budget: the repository (pull requests, reviews, the config at a commit) with github-token, when
 * there is a repository; the organization's teams, memberships and SAML identities with
 * github-teams-token, else github-token. Without a token or repository, approvals cannot be read,
 * which blocks the grants that need them.
 */
function githubReads(settings: Settings, event: RunEvent, io: ShellIo): { repository?: GitHubReads; teams?: GitHubTeamReads } {
  const where = { ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}), debug: io.debug };
  if (settings.githubToken && event.repo) {
    const repository = createGitHubReads({
      repo: event.repo,
      token: settings.githubToken,
      ...(settings.githubTeamsToken ? { teamsToken: settings.githubTeamsToken } : {}),
      ...where,
    });
    return { repository, teams: repository };
  }
  const token = settings.githubTeamsToken ?? settings.githubToken;
  return token ? { teams: createGitHubTeamReads({ token, ...where }) } : {};
}

/**
 * The config at the pull request's base commit, or why the plan cannot tell the pull request from
 * drift: the same files by the same rules, a file or a directory alike, read through GitHub's git
 * data API (a tree, and the blobs that differ from the workspace's: src/config/base.ts).
 */
async function baseConfig(
  reads: GitHubReads,
  event: RunEvent,
  settings: Settings,
  validated: Validated,
): Promise<{ config?: Config; notice?: string }> {
  if (!event.baseSha) return { notice: `The event names no base commit: ${TOGETHER}` };
  const at = await configAt(reads, settings, validated, event.baseSha, 'the base commit');
  return at.config ? { config: at.config } : { notice: `${at.why}: ${TOGETHER}` };
}

const TOGETHER = "the changes are shown together, this pull request's and drift alike.";

type Validated = Extract<Awaited<ReturnType<typeof validateConfig>>, { kind: 'validated' }>;

/** The config as it was at a commit, every file of it by the same rules, or why it cannot be read. */
async function configAt(
  reads: GitHubReads,
  settings: Settings,
  validated: Validated,
  sha: string,
  what: string,
): Promise<{ config?: Config; why: string }> {
  const file = settings.configDisplayPath;
  const at = `${what} ${sha.slice(0, 7)}`;
  let loaded: Awaited<ReturnType<typeof loadConfigAt>>;
  try {
    loaded = await loadConfigAt(reads, sha, file, validated.parts);
  } catch (error) {
    return { why: `${file} could not be read at ${at} (GitHub answered: ${messageOf(error)})` };
  }
  if (loaded.kind === 'missing')
    return { why: `${file} is not at ${at}${what === 'the base commit' ? ' (new in this pull request)' : ''}` };
  if (!loaded.result.ok) return { why: `${file} is not valid at ${at}` };
  return { config: loaded.result.config, why: '' };
}

/** Why nothing can be read from GitHub, in words that say what to set. */
function noGitHub(settings: Settings, event: RunEvent): string {
  return !settings.githubToken
    ? 'no GitHub token: input "github-token" is empty; leave it at its default, the workflow\'s token'
    : `no repository: GITHUB_REPOSITORY is not set${event.repo ? '' : ' (it names the repository as owner/name)'}`;
}

/** How many of the config's latest commits a scheduled apply looks through for the one an apply on merge applied. */
export const HISTORY_DEPTH = 10;

/** The status words of a merged pull request's comment whose apply on merge went ahead. */
const APPLIED = new Set(['Applied', 'Partly applied']);

/**
 * Under reviewed-plan: require, which of the config's changes a scheduled or hand-started apply
 * may make (docs/behaviour.md, section 10): it looks through the latest commits that changed the
 * config, newest first, for one whose merged pull request's comment (this action's own, not edited
 * by anyone else) says its apply on merge applied or partly applied it. The config of that commit
 * is the last one applied; the changes of later commits (refused on merge, failed, pushed
 * directly) wait for review.
 */
async function acceptanceOf(
  api: GitHubApi | undefined,
  reads: GitHubReads | undefined,
  event: RunEvent,
  settings: Settings,
  validated: Validated,
  organization: string,
  self: () => Promise<string | undefined>,
): Promise<Acceptance> {
  if (!api || !reads) return { kind: 'unreadable', why: noGitHub(settings, event) };
  const file = settings.configDisplayPath;
  if (!settings.configInWorkspace)
    return { kind: 'none', why: `${file} is outside the repository, so no apply on merge applied it`, notApplied: [] };
  if (!event.sha) return { kind: 'unreadable', why: 'the event names no commit' };
  const marker = stickyMarker('plan', organization, file);
  const notApplied: ConfigCommit[] = [];
  let commits: string[];
  try {
    commits = await api.commitsTouching(historyPath(file), event.sha, HISTORY_DEPTH);
    const login = await self();
    for (const [index, commit] of commits.entries()) {
      const pulls = (await api.pullRequestsOf(commit)).filter((candidate) => candidate.merged);
      let applied = false;
      for (const { number } of pulls) {
        const ours = ourComments(await api.listComments(number), login).filter(
          (comment) => markerOf(comment.body)?.line === marker && editedByOther(comment, login) === undefined,
        );
        if (ours.some((comment) => APPLIED.has(statusWordOf(comment.body) ?? ''))) applied = true;
      }
      if (applied) {
        if (index === 0) return { kind: 'current' };
        const earlier = await configAt(reads, settings, validated, commit, 'commit');
        return earlier.config
          ? { kind: 'earlier', config: earlier.config, commit, notApplied }
          : { kind: 'none', why: `the config last applied on merge cannot be read: ${earlier.why}`, notApplied };
      }
      notApplied.push({ commit, ...(pulls[0] ? { pull: pulls[0].number } : {}) });
    }
  } catch (error) {
    return { kind: 'unreadable', why: `reading which commits of ${file} were applied on merge failed: ${messageOf(error)}` };
  }
  return {
    kind: 'none',
    why:
      commits.length === 0
        ? `no commit that changed ${file} was found`
        : `none of the last ${plural(commits.length, 'commit')} that changed ${file} was applied by an apply on merge`,
    notApplied,
  };
}

/** What to look for in the history: the config's file or folder, or a glob's folder (before its first wildcard). */
function historyPath(file: string): string {
  const wildcard = file.search(/[*?[{]/);
  if (wildcard < 0) return file;
  const slash = file.lastIndexOf('/', wildcard);
  return slash < 0 ? '' : file.slice(0, slash);
}

/** Where plan.json goes: the runner's temporary directory, one file per organization and config. */
function planFile(env: NodeJS.ProcessEnv, organization: string, config: string): string {
  const name = `plan-${organization}-${config.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`;
  return path.join(env.RUNNER_TEMP || tmpdir(), 'sentry-members-sync', name);
}

/** A debug log whose request paths name only the teams the file names (a roster read names every team of the organization). */
function withoutUnnamedTeams(debug: (message: string) => void, config: Config): (message: string) => void {
  const named = new Set(config.teams.keys());
  for (const member of config.members.values()) {
    for (const team of member.teams?.keys() ?? []) named.add(team);
    for (const grant of member.grants) for (const team of grant.teams?.keys() ?? []) named.add(team);
  }
  return (message) =>
    debug(
      message.replace(/(\/api\/0\/teams\/[^/\s]+\/)([^/\s?]+)/g, (whole, head: string, slug: string) =>
        named.has(decodeURIComponent(slug)) ? whole : `${head}(a team not in the file)`,
      ),
    );
}
