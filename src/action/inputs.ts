import path from 'node:path';
import type { Words } from '../render/failures.ts';
import {
  checkSentryToken,
  type Mode,
  parseAutoBoolean,
  parseBoolean,
  parseCount,
  parseLimit,
  parseMode,
  parseRemovalLimit,
  parseReviewedPlan,
  parseSentryUrl,
  type ReviewedPlanSetting,
  type SettingName,
} from '../settings/policy.ts';

export type { Mode } from '../settings/policy.ts';

/** Every input of action.yml, read and checked once (the inputs are documented in the README). */
export interface Settings {
  /** Sentry user auth token; undefined when neither the input nor SENTRY_AUTH_TOKEN is set. */
  readonly sentryToken: string | undefined;
  /** Base URL without a trailing slash: https, or http on a loopback host. */
  readonly sentryUrl: URL;
  /** Overrides `organization` in the file. */
  readonly organization: string | undefined;
  /** The workspace: the config is relative to it. */
  readonly workspace: string;
  /** Absolute path of the config file (or directory, or the glob as given). */
  readonly configPath: string;
  /** The config path as annotations and messages name it: relative to the workspace. */
  readonly configDisplayPath: string;
  readonly mode: Mode;
  readonly githubToken: string | undefined;
  readonly comment: boolean;
  /** Keep one open issue about drift found by apply and check. */
  readonly driftIssue: boolean;
  /** 0 means no limit. */
  readonly maxChanges: number;
  /** A number (0: no limit) or a percentage of the organization's members and invitations. */
  readonly maxRemovals: number | { readonly percent: number };
  /** Changes that would leave fewer active owners are blocked. */
  readonly minOwners: number;
  /** Grants and entries ending within this many days are warnings. */
  readonly expiryWarningDays: number;
  /** Leave out of everything published what the config does not say; `auto`: on for public repositories. */
  readonly redact: 'auto' | boolean;
  /** How an apply on merge treats a plan that differs from the one reviewed on the pull request. */
  readonly reviewedPlan: ReviewedPlanSetting;
}

/** How the action names a setting in its messages. */
export function inputName(name: SettingName): string {
  return name === 'sentry-token' ? 'the Sentry token (input "sentry-token" or SENTRY_AUTH_TOKEN)' : `input "${name}"`;
}

/** How the action speaks in its failures. */
export const ACTION_WORDS: Words = { setting: inputName, listed: 'listed above and in the job summary', again: 'push again' };

export type InputReader = (name: string) => string;

/**
 * Reads the inputs. `input` returns '' for an input that was not given (as @actions/core does);
 * `env` supplies SENTRY_AUTH_TOKEN and GITHUB_WORKSPACE. A refused value throws a SettingError.
 */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  const text = (name: string) => input(name).trim();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const configInput = text('config') || 'sentry-members.yml';
  const configPath = path.resolve(workspace, configInput);
  const relative = path.relative(workspace, configPath);
  return {
    sentryToken: checkSentryToken(text('sentry-token') || env.SENTRY_AUTH_TOKEN),
    sentryUrl: parseSentryUrl(text('sentry-url') || 'https://sentry.io'),
    organization: text('organization') || undefined,
    workspace,
    configPath,
    configDisplayPath: relative.startsWith('..') || path.isAbsolute(relative) ? configInput : relative.split(path.sep).join('/'),
    mode: parseMode(text('mode') || 'auto'),
    githubToken: text('github-token') || undefined,
    comment: parseBoolean('comment', text('comment') || 'true'),
    driftIssue: parseBoolean('drift-issue', text('drift-issue') || 'false'),
    maxChanges: parseLimit('max-changes', text('max-changes') || '50'),
    maxRemovals: parseRemovalLimit(text('max-removals') || '5'),
    minOwners: parseCount('min-owners', text('min-owners') || '1'),
    expiryWarningDays: parseCount('expiry-warning-days', text('expiry-warning-days') || '7'),
    redact: parseAutoBoolean('redact', text('redact') || 'auto'),
    reviewedPlan: parseReviewedPlan(text('reviewed-plan') || 'warn'),
  };
}
