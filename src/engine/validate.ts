import { type LoadOptions, loadConfig } from '../config/load.ts';
import type { Config, ConfigProblem } from '../config/model.ts';
import type { RunOutcome } from './run.ts';

/**
 * `validate`, and the first step of every mode: the config (a file, a directory or a glob)
 * alone, nothing sent to Sentry. Entries and grants that have already ended are warnings: the
 * next apply carries them out.
 */
export async function validateConfig(
  given: string,
  cwd: string,
  options: LoadOptions = {},
  now = Date.now(),
): Promise<Extract<RunOutcome, { kind: 'validated' | 'invalid-config' }>> {
  const result = await loadConfig(given, cwd, options);
  if (!result.ok) return { kind: 'invalid-config', file: given, problems: result.problems };
  return {
    kind: 'validated',
    config: result.config,
    warnings: [...result.warnings, ...endedWarnings(result.config, now)],
    ...(result.parts ? { parts: result.parts } : {}),
  };
}

/** What has already ended at `now`: entries (the member is removed) and grants (taken back). */
export function endedWarnings(config: Config, now: number): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const spec of config.members.values()) {
    const file = spec.source.file;
    if (spec.until && now >= spec.until.end)
      problems.push({
        severity: 'warning',
        file,
        ...spec.source.entry,
        message: `the entry of ${spec.email} ended ${spec.until.text}: the next apply removes the member (or remove the entry)`,
      });
    for (const grant of spec.grants)
      if (now >= grant.until.end)
        problems.push({
          severity: 'warning',
          file,
          ...grant.position,
          message: `a grant of ${spec.email} ended ${grant.until.text}: the next apply takes it back (or remove the grant)`,
        });
  }
  return problems;
}
