import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { formatProblem } from '../config/model.ts';
import { addSecret } from '../domain/secrets.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import { type Failure, failuresOf, type RunOutcome, runSentry, type SentryMode } from '../engine/run.ts';
import { validateConfig } from '../engine/validate.ts';
import { exportConfig, exportFiles } from '../export/export.ts';
import { EVERYONE, observe } from '../observe/observe.ts';
import { describeError, describeFailure, type Words } from '../render/failures.ts';
import { applyText, planText } from '../render/plan-text.ts';
import { describeConfig, plural } from '../render/validation.ts';
import { createSentryClient, type SentryClient } from '../sentry/client.ts';
import {
  checkSentryToken,
  parseCount,
  parseLimit,
  parseRemovalLimit,
  parseSentryUrl,
  type SettingName,
} from '../settings/policy.ts';

export const VERSION: string = pkg.version;

const USAGE = `Usage: sentry-members-sync <command> [file] [options]

Keeps a Sentry organization's membership equal to a reviewed YAML file.

Commands:
  validate [config]   Check the config alone; sends nothing to Sentry. A config is a file, a
                      directory (every *.yml below it) or a glob ("sentry/**/*.yml").
  plan [config]       Read the organization and print what would change. Never writes.
  check [config]      Like plan; exits 1 when anything would change (drift).
  apply [config]      Plan from the live state, then make the changes.
  export [out]        Write the live organization as a config file (to start from), to
                      standard output or to the file named.

Options:
  --config <file>       The config file, as the [config] argument (default: sentry-members.yml).
  --org <slug>          Organization; overrides "organization" in the file.
  --sentry-url <url>    Sentry base URL (default: https://sentry.io; http only on loopback).
  --json                Print the outcome as one JSON object: the plan, the result, and the
                        failures ({"ok": false, "error": ...} on every failure).
  --max-changes <n>     apply: write nothing when the plan writes more members (default 50, 0 = no limit).
  --max-removals <n>    apply: the same guard for removals: a number or a percentage of the
                        organization's members and invitations (default 5; 10% for a share).
  --min-owners <n>      Block changes that would leave fewer active owners (default 1).
  --expiry-warning-days <n>
                        Warn about grants and entries ending within this many days (default 7).
  --layout <form>       export: members (one entry per member, the default) or teams (team
                        sections; with --out <directory>/, org.yml and teams/<slug>.yml).
  --out <file>          export: as the [out] argument.
  -v, --version         Print the version.
  -h, --help            Show this help.

Paths are relative to the directory you run the command in (also through "npm run cli").
The Sentry token is read from SENTRY_AUTH_TOKEN (a user auth token: member:read for plan,
check and export; member:admin for apply).

Exit status: 0 done; 1 invalid config, failed read, blocked change, guard exceeded, failed
write or (check) drift; 2 bad usage.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Where relative paths start: the directory the user ran the command in. */
  readonly cwd?: string;
  /** Progress on standard error (only when it is a terminal). */
  readonly progress?: ((text: string) => void) | undefined;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  // npm runs scripts in the package's folder and says where it was called from in INIT_CWD.
  cwd: process.env.INIT_CWD || process.cwd(),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[2K${text}`) : undefined,
};

/** How the command line names a setting. */
function flagName(name: SettingName): string {
  switch (name) {
    case 'sentry-token':
      return 'SENTRY_AUTH_TOKEN';
    case 'organization':
      return '--org';
    default:
      return `--${name}`;
  }
}

const CLI_WORDS: Words = { setting: flagName, listed: 'listed above', again: 'run again' };
const FILE_HINT =
  'pass the config file as the first argument (sentry-members-sync plan path/to/file.yml) or with --config; paths are relative to the directory you run the command in';

class UsageError extends Error {}

type Options = ReturnType<typeof parse>['values'];

/** Runs the command line and returns the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage(describeError(error), argv.includes('--json'), io);
  }
  const { values, positionals } = parsed;
  const [command, file, extra] = positionals;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  try {
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    if (file !== undefined && values.config !== undefined && command !== 'export')
      throw new UsageError(`the config file is given twice ("${file}" and --config ${values.config}): give it once`);
    switch (command) {
      case undefined:
        throw new UsageError('a command is needed');
      case 'validate': {
        const outcome = await validateConfig(values.config ?? file ?? 'sentry-members.yml', cwd, FILE_HINT);
        return report(outcome, values, io);
      }
      case 'plan':
      case 'check':
      case 'apply':
        return await sentryCommand(command, values.config ?? file ?? 'sentry-members.yml', values, io, cwd);
      case 'export':
        return await exportCommand(values.out ?? file, values, io, cwd);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message, values.json, io);
    const message = describeError(error, CLI_WORDS);
    if (values.json) io.stdout(JSON.stringify({ ok: false, error: { kind: 'error', message } }, null, 2));
    io.stderr(`error: ${message}`);
    return 1;
  }
}

function usage(message: string, json: boolean | undefined, io: CliIo): number {
  if (json) io.stdout(JSON.stringify({ ok: false, error: { kind: 'usage', message } }, null, 2));
  io.stderr(`${message}\n\n${USAGE}`);
  return 2;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      org: { type: 'string' },
      'sentry-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      'max-changes': { type: 'string', default: '50' },
      'max-removals': { type: 'string', default: '5' },
      'min-owners': { type: 'string', default: '1' },
      'expiry-warning-days': { type: 'string', default: '7' },
      layout: { type: 'string', default: 'members' },
      out: { type: 'string' },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** A path as messages name it: relative to where the user is, when it is below it. */
function shown(cwd: string, name: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, name));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, name) : relative;
}

/**
 * Delivers an outcome: the plan or result on standard output (or as JSON), problems and failures
 * on standard error in the command line's words, and the exit status the engine's failures give.
 */
function report(outcome: RunOutcome, values: Options, io: CliIo): number {
  const failures = failuresOf(outcome);
  const messages = failures.map((failure) => describeFailure(failure, CLI_WORDS));
  const problems =
    outcome.kind === 'invalid-config' || outcome.kind === 'unknown-teams'
      ? outcome.problems
      : outcome.kind === 'validated'
        ? outcome.warnings
        : [];
  if (values.json) {
    io.stdout(JSON.stringify(jsonOf(outcome, failures, messages, problems.map(formatProblem)), null, 2));
  } else {
    if (outcome.kind === 'validated') io.stdout(describeConfig(outcome.config));
    if (outcome.kind === 'planned')
      io.stdout(
        planText(outcome.plan, {
          forecast: { onPullRequest: false, ...(outcome.wouldRefuse ? { refusal: outcome.wouldRefuse } : {}) },
        }).trimEnd(),
      );
    else if ('plan' in outcome) io.stdout(planText(outcome.plan).trimEnd());
    if (outcome.kind === 'applied') io.stdout(applyText(outcome.result, outcome.plan).trimEnd());
  }
  for (const problem of problems) io.stderr(`${problem.severity}: ${formatProblem(problem)}`);
  for (const message of messages) io.stderr(`error: ${message}`);
  return failures.length > 0 ? 1 : 0;
}

function jsonOf(outcome: RunOutcome, failures: readonly Failure[], messages: readonly string[], problems: readonly string[]) {
  return {
    ok: failures.length === 0,
    ...(failures[0] ? { error: { kind: failures[0].kind, message: messages[0] } } : {}),
    failures: failures.map((failure, index) => ({ kind: failure.kind, message: messages[index] })),
    ...(problems.length > 0 ? { problems } : {}),
    ...('plan' in outcome ? { plan: outcome.plan } : {}),
    ...(outcome.kind === 'applied' ? { result: outcome.result } : {}),
  };
}

function connect(values: Options, io: CliIo): SentryClient {
  const token = checkSentryToken(io.env.SENTRY_AUTH_TOKEN);
  if (!token) throw new UsageError('SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it');
  addSecret(token);
  const baseUrl = parseSentryUrl(values['sentry-url'] ?? 'https://sentry.io');
  let requests = 0;
  let shownAt = 0;
  return createSentryClient({
    baseUrl,
    token,
    ...(io.progress
      ? {
          onResponse: () => {
            requests++;
            if (Date.now() - shownAt > 100) {
              shownAt = Date.now();
              io.progress?.(`talking to Sentry: ${plural(requests, 'request')}`);
            }
          },
        }
      : {}),
  });
}

async function sentryCommand(command: SentryMode, file: string, values: Options, io: CliIo, cwd: string): Promise<number> {
  const guards = {
    maxChanges: parseLimit('max-changes', values['max-changes'] ?? '50'),
    maxRemovals: parseRemovalLimit(values['max-removals'] ?? '5'),
  };
  const options = {
    now: Date.now(),
    minOwners: parseCount('min-owners', values['min-owners'] ?? '1'),
    expiryWarningDays: parseCount('expiry-warning-days', values['expiry-warning-days'] ?? '7'),
  };
  const validated = await validateConfig(file, cwd, FILE_HINT);
  if (validated.kind !== 'validated') return report(validated, values, io);
  const { config, warnings } = validated;
  const organization = organizationOf(config, values.org);
  const client = connect(values, io);
  try {
    const outcome = await runSentry(client, { mode: command, config, warnings, organization, guards, options });
    io.progress?.('');
    return report(outcome, values, io);
  } finally {
    await client.close();
  }
}

async function exportCommand(out: string | undefined, values: Options, io: CliIo, cwd: string): Promise<number> {
  const organization = values.org;
  if (!organization) throw new UsageError('export needs --org <slug>');
  const client = connect(values, io);
  try {
    const { state } = await observe(client, organization, EVERYONE);
    io.progress?.('');
    const layout = values.layout;
    if (layout !== 'members' && layout !== 'teams') throw new UsageError(`--layout is "${layout}": expected members or teams`);
    const now = new Date().toISOString().slice(0, 10);
    if (
      out &&
      layout === 'teams' &&
      (out.endsWith('/') || (await stat(path.resolve(cwd, out)).catch(() => undefined))?.isDirectory())
    ) {
      // A directory: org.yml and a file per team, ready for CODEOWNERS.
      const files = exportFiles(state, { now });
      await mkdir(path.resolve(cwd, out, 'teams'), { recursive: true });
      for (const [name, text] of files) await writeFile(path.resolve(cwd, out, name), text);
      io.stderr(
        `wrote ${shown(cwd, out)}: org.yml (${plural(state.members.length, 'member')} of "${organization}") and ${plural(files.size - 1, 'team file')} under teams/`,
      );
      return 0;
    }
    const text = exportConfig(state, { now, layout });
    if (out) {
      await writeFile(path.resolve(cwd, out), text);
      io.stderr(`wrote ${shown(cwd, out)}: ${plural(state.members.length, 'member')} of "${organization}"`);
    } else {
      io.stdout(text.trimEnd());
    }
    return 0;
  } catch (error) {
    io.progress?.('');
    throw error;
  } finally {
    await client.close();
  }
}
