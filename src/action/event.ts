import { readFileSync } from 'node:fs';
import { isPullRequestEventName } from '../domain/events.ts';
import type { Repo } from '../github/api.ts';
import type { ApprovalRun } from '../plan/approvals.ts';
import type { Mode } from './inputs.ts';

/** The part of the triggering event the action acts on. */
export interface RunEvent {
  readonly name: string;
  /** e.g. refs/heads/main */
  readonly ref: string;
  readonly sha: string;
  readonly defaultBranch: string | undefined;
  /** The pull request of a pull_request, pull_request_target or pull_request_review event. */
  readonly pullRequest: number | undefined;
  readonly repo: Repo | undefined;
  /** This run's page, where the job summary is. */
  readonly runUrl: string | undefined;
  /** e.g. https://github.com: links to files go there. */
  readonly serverUrl: string;
  /** A pull request's head and base commits (undefined for other events). */
  readonly headSha: string | undefined;
  readonly baseSha: string | undefined;
  /**
   * Anyone may read this repository's comments, summaries and logs: the event's repository is
   * neither private nor internal, or the event does not say (then it is taken as public).
   */
  readonly publicRepository: boolean;
}

/**
 * Reads the event as @actions/github's context does (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
 * GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SERVER_URL), without loading
 * Octokit: validation must start fast, and only the modes that talk to GitHub load it.
 */
export function readEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  let payload: {
    repository?: { default_branch?: unknown; private?: unknown; visibility?: unknown };
    pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
  } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const defaultBranch = payload.repository?.default_branch;
  const pullRequest = payload.pull_request?.number;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : undefined,
    pullRequest: typeof pullRequest === 'number' ? pullRequest : undefined,
    repo: owner && repo ? { owner, repo } : undefined,
    runUrl: owner && repo && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    serverUrl,
    headSha: typeof payload.pull_request?.head?.sha === 'string' ? payload.pull_request.head.sha : undefined,
    baseSha: typeof payload.pull_request?.base?.sha === 'string' ? payload.pull_request.base.sha : undefined,
    publicRepository: !(
      payload.repository?.private === true ||
      payload.repository?.visibility === 'private' ||
      payload.repository?.visibility === 'internal'
    ),
  };
}

/** What `auto` means (docs/behaviour.md, section 2) for this event; other modes stand as given. */
export function resolveMode(mode: Mode, event: Pick<RunEvent, 'name' | 'ref' | 'defaultBranch'>): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (event.name === 'schedule') return 'apply';
  if (event.name === 'push' && event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`)
    return 'apply';
  return 'plan';
}

export function isPullRequestEvent(event: RunEvent): boolean {
  return isPullRequestEventName(event.name);
}

/**
 * The run, as far as approvals.privileged goes: a pull request's run (the commit it plans), a
 * push (its commit, and the merged pull request it came from, or why that could not be read),
 * or another run (schedule, workflow_dispatch, ...), which no approval stands behind.
 */
export function approvalRun(event: RunEvent, merged: { readonly pull?: number; readonly unreadable?: string }): ApprovalRun {
  if (isPullRequestEvent(event) && event.pullRequest !== undefined)
    return { kind: 'pull-request', pull: event.pullRequest, ...(event.headSha ? { head: event.headSha } : {}) };
  if (event.name === 'push' && event.sha)
    return {
      kind: 'push',
      commit: event.sha,
      ...(merged.pull !== undefined ? { pull: merged.pull } : {}),
      ...(merged.unreadable !== undefined ? { unreadable: merged.unreadable } : {}),
    };
  return { kind: 'other', run: event.name || 'unknown' };
}
