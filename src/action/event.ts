import * as github from '@actions/github';
import type { Repo } from '../github/api.ts';
import type { Mode } from './inputs.ts';

/** The part of the triggering event the action acts on. */
export interface RunEvent {
  readonly name: string;
  /** e.g. refs/heads/main */
  readonly ref: string;
  readonly sha: string;
  readonly defaultBranch: string | undefined;
  /** The pull request of a pull_request / pull_request_target event. */
  readonly pullRequest: number | undefined;
  readonly repo: Repo | undefined;
  /** This run's page, where the job summary is. */
  readonly runUrl: string | undefined;
}

/** Reads the event from @actions/github's context (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, ...). */
export function readEvent(): RunEvent {
  const { context } = github;
  const payload = context.payload as { repository?: { default_branch?: unknown }; pull_request?: { number?: unknown } };
  const defaultBranch = payload.repository?.default_branch;
  const pullRequest = payload.pull_request?.number;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    name: context.eventName ?? '',
    ref: context.ref ?? '',
    sha: context.sha ?? '',
    defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : undefined,
    pullRequest: typeof pullRequest === 'number' ? pullRequest : undefined,
    repo: owner && repo ? { owner, repo } : undefined,
    runUrl: owner && repo && context.runId ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : undefined,
  };
}

/** SPEC section 3: what `auto` means for this event; other modes stand as given. */
export function resolveMode(mode: Mode, event: Pick<RunEvent, 'name' | 'ref' | 'defaultBranch'>): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (event.name === 'schedule') return 'apply';
  if (event.name === 'push' && event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`)
    return 'apply';
  return 'plan';
}

export function isPullRequestEvent(event: RunEvent): boolean {
  return event.name === 'pull_request' || event.name === 'pull_request_target';
}
