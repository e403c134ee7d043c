import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseSentryUrl } from '../action/inputs.ts';
import { applyPlan, checkGuards, GuardError } from '../apply/apply.ts';
import { loadConfigFile } from '../config/load.ts';
import { type Config, type ConfigProblem, formatProblem } from '../config/model.ts';
import { organizationOf, planOrganization } from '../engine/plan-organization.ts';
import { exportConfig } from '../export/export.ts';
import { EVERYONE, observe } from '../observe/observe.ts';
import { applyText, planText } from '../render/plan-text.ts';
import { describeConfig, plural } from '../render/validation.ts';
import { createSentryClient, type SentryClient } from '../sentry/client.ts';

const USAGE = `Usage: sentry-members-sync <command> [options]

Keeps a Sentry organization's membership equal to a reviewed YAML file.

Commands:
  validate [file]   Check the config file alone; sends nothing to Sentry.
  plan              Read the organization and print what would change. Never writes.
  check             Like plan; exits 1 when anything would change (drift).
  apply             Plan from the live state, then make the changes.
  export            Write the live organization as a config file (to start from).

Options:
  --config <file>       Config file (default: sentry-members.yml).
  --org <slug>          Organization; overrides "organization" in the file.
  --sentry-url <url>    Sentry base URL (default: https://sentry.io; http only on loopback).
  --json                plan, check, apply: print the plan (and result) as JSON.
  --max-changes <n>     apply: write nothing when the plan writes more members (default 50, 0 = no limit).
  --max-removals <n>    apply: the same guard for removals (default 5).
  --out <file>          export: write here instead of standard output.
  -h, --help            Show this help.

The Sentry token is read from SENTRY_AUTH_TOKEN (a user auth token: member:read for plan,
check and export; member:admin for apply).

Exit status: 0 done; 1 invalid config, failed read, blocked change, guard exceeded, failed
write or (check) drift; 2 bad usage.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Progress on standard error (only when it is a terminal). */
  readonly progress?: ((text: string) => void) | undefined;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[2K${text}`) : undefined,
};

class UsageError extends Error {}

type Options = ReturnType<typeof parse>['values'];

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
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case 'validate':
        return await validate(values.config ?? file ?? 'sentry-members.yml', io);
      case undefined:
        throw new UsageError('a command is needed');
      case 'plan':
      case 'check':
      case 'apply':
        return await sentryCommand(command, values, io);
      case 'export':
        return await exportCommand(values, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
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
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function load(file: string, io: CliIo): Promise<{ config: Config; warnings: readonly ConfigProblem[] } | undefined> {
  const relative = path.relative(process.cwd(), file);
  const result = await loadConfigFile(file, relative.startsWith('..') || path.isAbsolute(relative) ? file : relative);
  for (const problem of result.ok ? result.warnings : result.problems)
    io.stderr(`${problem.severity}: ${formatProblem(problem)}`);
  return result.ok ? { config: result.config, warnings: result.warnings } : undefined;
}

async function validate(path: string, io: CliIo): Promise<number> {
  const loaded = await load(path, io);
  if (!loaded) return 1;
  io.stdout(describeConfig(loaded.config));
  return 0;
}

function connect(values: Options, io: CliIo): SentryClient {
  const token = io.env.SENTRY_AUTH_TOKEN?.trim();
  if (!token) throw new UsageError('SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it');
  if (token.startsWith('sntrys_')) {
    throw new Error(
      'SENTRY_AUTH_TOKEN is an organization auth token (sntrys_...), which Sentry does not let manage members: use a user auth token',
    );
  }
  let baseUrl: URL;
  try {
    baseUrl = parseSentryUrl(values['sentry-url'] ?? 'https://sentry.io');
  } catch (error) {
    throw new UsageError((error as Error).message.replace('input "sentry-url"', '--sentry-url'));
  }
  let requests = 0;
  let shown = 0;
  return createSentryClient({
    baseUrl,
    token,
    ...(io.progress
      ? {
          onResponse: () => {
            requests++;
            if (Date.now() - shown > 100) {
              shown = Date.now();
              io.progress?.(`talking to Sentry: ${plural(requests, 'request')}`);
            }
          },
        }
      : {}),
  });
}

function limit(name: string, value: string | undefined): number {
  if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  throw new UsageError(`--${name} is "${value}"; expected a whole number (0 for no limit)`);
}

async function sentryCommand(command: 'plan' | 'check' | 'apply', values: Options, io: CliIo): Promise<number> {
  const guards = {
    maxChanges: limit('max-changes', values['max-changes']),
    maxRemovals: limit('max-removals', values['max-removals']),
  };
  const loaded = await load(values.config ?? 'sentry-members.yml', io);
  if (!loaded) return 1;
  const organization = organizationOf(loaded.config, values.org);
  const client = connect(values, io);
  try {
    let outcome: Awaited<ReturnType<typeof planOrganization>>;
    try {
      outcome = await planOrganization(client, loaded.config, organization, loaded.warnings);
    } catch (error) {
      io.progress?.('');
      io.stderr(
        `error: reading the organization "${organization}" from Sentry failed, so nothing was written: ${(error as Error).message}`,
      );
      return 1;
    }
    io.progress?.('');
    if (outcome.kind === 'config-errors') {
      for (const problem of outcome.problems) io.stderr(`error: ${formatProblem(problem)}`);
      return 1;
    }
    const { plan } = outcome;
    if (command !== 'apply') {
      io.stdout(values.json ? JSON.stringify(plan, null, 2) : planText(plan).trimEnd());
      if (plan.blocked.length > 0) {
        io.stderr(`error: ${plural(plan.blocked.length, 'change')} cannot be made (blocked, see the plan)`);
        return 1;
      }
      if (command === 'check' && plan.changes.length > 0) {
        io.stderr(`error: ${plural(plan.changes.length, 'member')} differ from ${loaded.config.file} (drift)`);
        return 1;
      }
      return 0;
    }
    if (!values.json) io.stdout(planText(plan));
    try {
      checkGuards(plan, guards);
    } catch (error) {
      if (error instanceof GuardError) {
        io.stderr(`error: ${error.message}`);
        return 1;
      }
      throw error;
    }
    const result = await applyPlan(client, plan, guards, { config: loaded.config, state: outcome.state });
    io.progress?.('');
    io.stdout(values.json ? JSON.stringify({ plan, result }, null, 2) : applyText(result).trimEnd());
    if (result.failed.length > 0) {
      io.stderr(`error: ${plural(result.failed.length, 'member write')} failed; run again to retry what is still missing`);
      return 1;
    }
    if (result.blocked.length > 0) {
      io.stderr(`error: ${plural(result.blocked.length, 'change')} cannot be made (blocked, see the plan)`);
      return 1;
    }
    return 0;
  } finally {
    await client.close();
  }
}

async function exportCommand(values: Options, io: CliIo): Promise<number> {
  const organization = values.org;
  if (!organization) throw new UsageError('export needs --org <slug>');
  const client = connect(values, io);
  try {
    const { state } = await observe(client, organization, EVERYONE);
    io.progress?.('');
    const text = exportConfig(state, { now: new Date().toISOString().slice(0, 10) });
    if (values.out) {
      await writeFile(values.out, text);
      io.stderr(`wrote ${values.out}: ${plural(state.members.length, 'member')} of "${organization}"`);
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
