import { loadConfigFile } from '../config/load.ts';
import type { RunOutcome } from './run.ts';

/** `validate`, and the first step of every mode: the config file alone, nothing sent to Sentry. */
export async function validateConfig(
  path: string,
  displayPath: string,
  notFoundHint?: string,
): Promise<Extract<RunOutcome, { kind: 'validated' | 'invalid-config' }>> {
  const result = await loadConfigFile(path, displayPath, notFoundHint);
  return result.ok
    ? { kind: 'validated', config: result.config, warnings: result.warnings }
    : { kind: 'invalid-config', file: displayPath, problems: result.problems };
}
