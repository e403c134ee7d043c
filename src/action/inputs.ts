import { pathInside } from '../domain/paths.ts';
import type { Words } from '../render/failures.ts';
import {
  INPUT_KEYS,
  type InputKey,
  readSettings as readTable,
  SETTINGS,
  type SettingName,
  type SettingValues,
} from '../settings/table.ts';

export type { Mode } from '../settings/policy.ts';

/**
 * Every input of action.yml, read and checked once (the table of settings, src/settings/table.ts,
 * has each one's default and rule; the README documents them), and where the config is.
 */
export interface Settings extends SettingValues<InputKey> {
  /** The workspace: the config is relative to it. */
  readonly workspace: string;
  /** The config as annotations and messages name it: relative to the workspace when it is inside it, else as given. */
  readonly configDisplayPath: string;
  /** The config is inside the workspace (the repository): it can be linked to, and read at another commit. */
  readonly configInWorkspace: boolean;
}

/** How the action names a setting in its messages. */
export function inputName(name: SettingName): string {
  return name === SETTINGS.sentryToken.name
    ? `the Sentry token (input "${name}" or ${SETTINGS.sentryToken.env})`
    : `input "${name}"`;
}

/** How the action speaks in its failures. */
export const ACTION_WORDS: Words = {
  setting: inputName,
  listed: 'listed above and in the job summary',
  again: 'push again',
  newToken: `update the secret that the "${SETTINGS.sentryToken.name}" input reads`,
};

export type InputReader = (name: string) => string;

/**
 * Reads the inputs, each once. `input` returns '' for an input that was not given (as
 * @actions/core does); `env` supplies what an input may fall back on (SENTRY_AUTH_TOKEN) and
 * GITHUB_WORKSPACE; `mask` hides each secret from the runner's log as soon as it is read. A
 * refused value throws a SettingError.
 */
export function readSettings(input: InputReader, env: NodeJS.ProcessEnv, mask?: (secret: string) => void): Settings {
  const inputs = readTable(INPUT_KEYS, {
    text: (_key, row) => input(row.name).trim() || (row.env ? env[row.env] : undefined),
    ...(mask ? { mask } : {}),
  });
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const inside = pathInside(workspace, inputs.config);
  return {
    ...inputs,
    workspace,
    configDisplayPath: inside ?? inputs.config,
    configInWorkspace: inside !== undefined,
  };
}
