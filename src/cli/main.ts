import { parseArgs } from 'node:util';
import { loadConfigFile } from '../config/load.ts';
import { formatProblem } from '../config/model.ts';
import { describeConfig } from '../render/validation.ts';

const USAGE = `Usage: sentry-members-sync <command> [options]

Commands:
  validate [file]   Check a config file (default sentry-members.yml); sends nothing to Sentry.

Options:
  --config <file>   The config file (same as the positional file).
  -h, --help        Show this help.

Exit status: 0 valid, 1 invalid, 2 bad usage.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the command line and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || command === undefined) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== 'validate') {
    io.stderr(`unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const path = values.config ?? file ?? 'sentry-members.yml';
  const result = await loadConfigFile(path);
  for (const problem of result.ok ? result.warnings : result.problems) {
    io.stderr(`${problem.severity}: ${formatProblem(problem)}`);
  }
  if (!result.ok) return 1;
  io.stdout(describeConfig(result.config));
  return 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
