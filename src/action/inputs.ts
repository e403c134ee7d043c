import path from 'node:path';

export const MODES = ['auto', 'plan', 'apply', 'check', 'validate'] as const;
export type Mode = (typeof MODES)[number];

/** Every input of action.yml, read and checked once (the inputs of action.yml, documented in the README). */
export interface Settings {
  /** Sentry user auth token; undefined when neither the input nor SENTRY_AUTH_TOKEN is set. */
  readonly sentryToken: string | undefined;
  /** Base URL without a trailing slash: https, or http on a loopback host. */
  readonly sentryUrl: URL;
  /** Overrides `organization` in the file. */
  readonly organization: string | undefined;
  /** Absolute path of the config file. */
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
  readonly maxRemovals: number;
  /** Leave out of everything published what the config does not say; `auto`: on for public repositories. */
  readonly redact: 'auto' | boolean;
}

/** A bad input value: the message quotes it and says what is expected. */
export class InputError extends Error {
  override name = 'InputError';
}

export type InputReader = (name: string) => string;

/**
 * Reads the inputs. `input` returns '' for an input that was not given (as @actions/core does);
 * `env` supplies SENTRY_AUTH_TOKEN and GITHUB_WORKSPACE.
 */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv): Settings {
  const text = (name: string) => input(name).trim();
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const configInput = text('config') || 'sentry-members.yml';
  const configPath = path.resolve(workspace, configInput);
  const relative = path.relative(workspace, configPath);
  const sentryToken = text('sentry-token') || env.SENTRY_AUTH_TOKEN?.trim() || undefined;
  if (sentryToken?.startsWith('sntrys_')) {
    throw new InputError(
      'the Sentry token is an organization auth token (sntrys_...), which Sentry does not let manage members: create a user auth token (sntryu_...) with member:read for plans and member:admin for applies',
    );
  }
  return {
    sentryToken,
    sentryUrl: parseSentryUrl(text('sentry-url') || 'https://sentry.io'),
    organization: text('organization') || undefined,
    configPath,
    configDisplayPath: relative.startsWith('..') || path.isAbsolute(relative) ? configInput : relative.split(path.sep).join('/'),
    mode: parseMode(text('mode') || 'auto'),
    githubToken: text('github-token') || undefined,
    comment: parseBoolean('comment', text('comment') || 'true'),
    driftIssue: parseBoolean('drift-issue', text('drift-issue') || 'false'),
    maxChanges: parseLimit('max-changes', text('max-changes') || '50'),
    maxRemovals: parseLimit('max-removals', text('max-removals') || '5'),
    redact: /^auto$/i.test(text('redact') || 'auto') ? 'auto' : parseBoolean('redact', text('redact')),
  };
}

function parseMode(value: string): Mode {
  if ((MODES as readonly string[]).includes(value)) return value as Mode;
  throw new InputError(`input "mode" is "${value}"; expected one of: ${MODES.join(', ')}`);
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new InputError(`input "${name}" is "${value}"; expected true or false${name === 'redact' ? ' (or auto)' : ''}`);
}

function parseLimit(name: string, value: string): number {
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  throw new InputError(`input "${name}" is "${value}"; expected a whole number (0 for no limit)`);
}

/**
 * The Sentry base URL. Plain http would send the token in clear text, so it is refused except on
 * loopback hosts (a local or simulated Sentry).
 */
export function parseSentryUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(
      `input "sentry-url" is "${value}", which is not a URL; expected e.g. https://sentry.io or https://de.sentry.io`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError(
      `input "sentry-url" must be a plain base URL such as https://sentry.example.com, without credentials, query or fragment`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new InputError(
      `input "sentry-url" is "${url.origin}": only https is allowed (plain http is accepted for loopback hosts only), so the token never travels in clear text`,
    );
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
