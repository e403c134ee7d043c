import { readFileSync } from 'node:fs';
import type { Mode } from './inputs.ts';

/** The part of the triggering event that decides what `mode: auto` does. */
export interface RunEvent {
  readonly name: string;
  /** e.g. refs/heads/main */
  readonly ref: string;
  readonly defaultBranch: string | undefined;
}

/** Reads the event as the runner provides it (GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_EVENT_PATH). */
export function readEvent(env: NodeJS.ProcessEnv): RunEvent {
  let payload: { repository?: { default_branch?: unknown } } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const defaultBranch = payload.repository?.default_branch;
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : undefined,
  };
}

/** SPEC section 3: what `auto` means for this event; other modes stand as given. */
export function resolveMode(mode: Mode, event: RunEvent): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  if (event.name === 'schedule') return 'apply';
  if (event.name === 'push' && event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`)
    return 'apply';
  return 'plan';
}
