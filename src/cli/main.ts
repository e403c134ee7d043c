import { stat } from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { type LoadOptions, ownFolder } from '../config/load.ts';
import { type Config, type ConfigProblem, formatProblem } from '../config/model.ts';
import type { OrgState } from '../domain/org-state.ts';
import { pathInside } from '../domain/paths.ts';
import { organizationOf } from '../engine/plan-organization.ts';
import { type Failure, failuresOf, type RunOutcome, runSentry, type SentryMode, warningsOf } from '../engine/run.ts';
import { validateConfig } from '../engine/validate.ts';
import { exportConfig, exportFiles, listedEmails } from '../export/export.ts';
import { type Following, followableTeams } from '../export/github-teams.ts';
import { writeExportDirectory, writeExportFile } from '../export/write.ts';
import type { GitHubTeamReads } from '../github/reads.ts';
import { readSameSlugTeams } from '../observe/github-teams.ts';
import { EVERYONE, observe } from '../observe/observe.ts';
import { planOptions } from '../plan/plan.ts';
import { describeError, describeFailure, describeWarning } from '../render/failures.ts';
import { planJson, resultJson } from '../render/plan-json.ts';
import { applyText, planText } from '../render/plan-text.ts';
import { describeConfig, plural } from '../render/validation.ts';
import { createSentryClient, type SentryClient } from '../sentry/client.ts';
import { SettingError } from '../settings/table.ts';
import { CLI_WORDS, type CommandLine, GITHUB_TOKEN, type Parsed, parseCommandLine, UsageError, usageOf } from './arguments.ts';

const VERSION: string = pkg.version;

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

const FILE_HINT =
  'pass the config file as the first argument (sentry-members-sync plan path/to/file.yml) or with --config; paths are relative to the directory you run the command in';

/**
 * Runs the command line and returns the exit status: 0 done; 1 the run failed (invalid config,
 * failed read, blocked change, refused guard, failed write, drift under check); 2 bad usage (an
 * unknown command or flag, a refused flag value or environment variable), said in one line.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseCommandLine(argv, io.env);
  } catch (error) {
    if (error instanceof UsageError) return usage(error, argv.includes('--json'), io);
    throw error;
  }
  if (parsed.kind === 'version') {
    io.stdout(parsed.json ? JSON.stringify({ ok: true, version: VERSION }) : VERSION);
    return 0;
  }
  if (parsed.kind === 'help') {
    io.stdout(parsed.json ? JSON.stringify({ ok: true, help: parsed.text }, null, 2) : parsed.text);
    return 0;
  }
  const line = parsed.line;
  const cwd = io.cwd ?? process.cwd();
  try {
    switch (line.command) {
      case 'validate':
        return report(await validateConfig(line.settings.config, cwd, configFrom(line.settings.config, cwd)), line, io);
      case 'plan':
      case 'check':
      case 'apply':
        return await sentryCommand(line.command, line, io, cwd);
      case 'export':
        return await exportCommand(line, io, cwd);
    }
  } catch (error) {
    // A refused setting (SENTRY_AUTH_TOKEN, an organization given nowhere) is bad usage too.
    if (error instanceof UsageError) return usage(error, line.json, io);
    if (error instanceof SettingError) return usage(new UsageError(describeError(error, CLI_WORDS), line.command), line.json, io);
    const message = describeError(error, CLI_WORDS);
    if (line.json) io.stdout(JSON.stringify({ ok: false, error: { kind: 'error', message } }, null, 2));
    io.stderr(`error: ${message}`);
    return 1;
  }
}

/** Bad usage: one line on standard error that says where the help is (and the JSON object asked for). */
function usage(error: UsageError, json: boolean, io: CliIo): number {
  if (json) io.stdout(JSON.stringify({ ok: false, error: { kind: 'usage', message: error.message } }, null, 2));
  io.stderr(usageOf(error));
  return 2;
}

/**
 * How the command line reads a config: paths from the directory it runs in, and no file read
 * from outside that directory (or, for a config named outside it, outside the config's own folder).
 */
function configFrom(given: string, cwd: string): LoadOptions {
  return { fileHint: FILE_HINT, root: ownFolder(given, cwd) };
}

/** A path as messages name it: relative to where the user is, when it is below it; else absolute. */
function shown(cwd: string, name: string): string {
  return pathInside(cwd, name) ?? path.resolve(cwd, name);
}

/**
 * Delivers an outcome: the plan or result on standard output (or as JSON), problems and failures
 * on standard error in the command line's words, and the exit status the engine's failures give.
 */
function report(outcome: RunOutcome, line: CommandLine, io: CliIo): number {
  const failures = failuresOf(outcome);
  const messages = failures.map((failure) => describeFailure(failure, CLI_WORDS));
  const warnings = warningsOf(outcome).map((warning) => ({ kind: warning.kind, message: describeWarning(warning) }));
  const problems =
    outcome.kind === 'invalid-config' || outcome.kind === 'unknown-teams' || outcome.kind === 'github-teams'
      ? outcome.problems
      : outcome.kind === 'validated'
        ? outcome.warnings
        : [];
  if (line.json) {
    io.stdout(JSON.stringify(jsonOf(outcome, { failures, messages, warnings }, problems), null, 2));
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
  for (const warning of warnings) io.stderr(`warning: ${warning.message}`);
  for (const message of messages) io.stderr(`error: ${message}`);
  return failures.length > 0 ? 1 : 0;
}

/** A problem as a script reads it: every field always there (null when not known). */
function problemJson(problem: ConfigProblem) {
  return {
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    severity: problem.severity,
    message: problem.message,
  };
}

function configJson(config: Config) {
  return {
    file: config.file,
    files: config.files,
    organization: config.organization ?? null,
    members: config.members.size,
    teamSections: config.teams.size,
    ignored: config.ignore.size,
    unlisted: config.unlisted,
    missing: config.missing,
  };
}

function jsonOf(
  outcome: RunOutcome,
  said: {
    readonly failures: readonly Failure[];
    readonly messages: readonly string[];
    readonly warnings: readonly { kind: string; message: string }[];
  },
  problems: readonly ConfigProblem[],
) {
  const { failures, messages } = said;
  return {
    ok: failures.length === 0,
    ...(failures[0] ? { error: { kind: failures[0].kind, message: messages[0] } } : {}),
    failures: failures.map((failure, index) => ({ kind: failure.kind, message: messages[index] })),
    // What the run warns about without failing (invitations Sentry's daily limit deferred).
    warnings: said.warnings,
    problems: problems.map(problemJson),
    ...(outcome.kind === 'validated' ? { config: configJson(outcome.config) } : {}),
    ...('plan' in outcome ? { plan: planJson(outcome.plan) } : {}),
    ...(outcome.kind === 'applied' ? { result: resultJson(outcome.result) } : {}),
  };
}

/** A client for the organization's Sentry, with the token of SENTRY_AUTH_TOKEN (read once, here). */
function connect(line: CommandLine, io: CliIo): SentryClient {
  const token = line.token();
  if (!token)
    throw new UsageError(
      'SENTRY_AUTH_TOKEN is not set: export a Sentry user auth token in it (member:read for plan, check and export; member:admin for apply)',
      line.command,
    );
  let requests = 0;
  let shownAt = 0;
  return createSentryClient({
    baseUrl: line.settings.sentryUrl,
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

/** Whether a team section of the config follows a GitHub team. */
function followsGitHub(config: Config): boolean {
  return [...config.teams.values()].some((section) => section.github !== undefined);
}

/**
 * The GitHub teams client, with GITHUB_TOKEN (at GITHUB_API_URL), when the run needs one and it
 * is set. GitHub's client is loaded only then: most runs of the command line never read GitHub.
 */
async function githubOf(line: CommandLine, env: NodeJS.ProcessEnv, needed: boolean): Promise<{ github?: GitHubTeamReads }> {
  const token = needed ? line.githubToken() : undefined;
  if (!token) return {};
  const { createGitHubTeamReads } = await import('../github/reads.ts');
  return { github: createGitHubTeamReads({ token, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) }) };
}

async function sentryCommand(command: SentryMode, line: CommandLine, io: CliIo, cwd: string): Promise<number> {
  const { settings } = line;
  const validated = await validateConfig(settings.config, cwd, configFrom(settings.config, cwd));
  if (validated.kind !== 'validated') return report(validated, line, io);
  const { config, warnings } = validated;
  const organization = organizationOf(config, settings.organization);
  const client = connect(line, io);
  try {
    const outcome = await runSentry(client, {
      mode: command,
      config,
      warnings,
      organization,
      guards: settings,
      options: planOptions(settings, Date.now()),
      ...(await githubOf(line, io.env, followsGitHub(config))),
    });
    io.progress?.('');
    return report(outcome, line, io);
  } finally {
    await client.close();
  }
}

/** Which teams of the export follow their GitHub team of the same slug, said on standard error. */
async function followGitHub(github: GitHubTeamReads, org: string, state: OrgState, io: CliIo): Promise<Following> {
  const read = await readSameSlugTeams(github, org, [...state.teams.keys()]);
  const following = followableTeams(state, { org, teams: read.teams, emails: read.emails }, listedEmails(state));
  const none = state.teams.size - read.teams.size;
  io.stderr(
    `GitHub teams of "${org}": ${plural(following.sections.size, 'team follows its', 'teams follow their')} GitHub team of the same slug${none > 0 ? `; ${plural(none, 'team has', 'teams have')} no GitHub team of that slug` : ''}${read.saml.kind === 'none' ? `; no emails from SAML identities (${read.saml.detail})` : ''}`,
  );
  for (const { team, why } of following.differ) io.stderr(`  ${team} does not follow ${org}/${team}: ${why}`);
  return following;
}

async function exportCommand(line: CommandLine, io: CliIo, cwd: string): Promise<number> {
  const { organization, out, layout, githubTeams, force } = line.settings;
  if (!organization) throw new UsageError('export needs --org <slug>', 'export');
  const { github } = await githubOf(line, io.env, githubTeams !== undefined);
  if (githubTeams !== undefined && !github)
    throw new UsageError(
      `--github-teams needs ${GITHUB_TOKEN}: export a GitHub token that may read the teams of "${githubTeams}" (organization members read access)`,
      'export',
    );
  const client = connect(line, io);
  try {
    const { state } = await observe(client, organization, EVERYONE);
    io.progress?.('');
    const following = github && githubTeams ? await followGitHub(github, githubTeams, state, io) : undefined;
    const now = new Date().toISOString().slice(0, 10);
    const members = plural(state.members.length, 'member');
    const done = (written: readonly string[], removed: readonly string[], text?: string) => {
      if (line.json)
        io.stdout(
          JSON.stringify(
            {
              ok: true,
              organization,
              members: state.members.length,
              written,
              removed,
              ...(text === undefined ? {} : { config: text }),
            },
            null,
            2,
          ),
        );
      else if (text !== undefined) io.stdout(text.trimEnd());
      return 0;
    };
    const target = out ? path.resolve(cwd, out) : undefined;
    if (
      target &&
      out &&
      layout === 'teams' &&
      (out.endsWith('/') || (await stat(target).catch(() => undefined))?.isDirectory())
    ) {
      // A directory: org.yml and a file per team, ready for CODEOWNERS.
      const files = exportFiles(state, { now, ...(following ? { following } : {}) });
      const { written, removed } = await writeExportDirectory(target, files, force);
      io.stderr(
        `wrote ${shown(cwd, out)}: org.yml (${members} of "${organization}") and ${plural(files.size - 1, 'team file')} under teams/${removed.length > 0 ? `; removed ${plural(removed.length, 'stale config file')}: ${removed.join(', ')}` : ''}`,
      );
      return done(
        written.map((name) => shown(cwd, path.join(out, name))),
        removed.map((name) => shown(cwd, path.join(out, name))),
      );
    }
    const text = exportConfig(state, { now, layout, ...(following ? { following } : {}) });
    if (!target || !out) return done([], [], text);
    await writeExportFile(target, text, force);
    io.stderr(`wrote ${shown(cwd, out)}: ${members} of "${organization}"`);
    return done([shown(cwd, out)], []);
  } catch (error) {
    io.progress?.('');
    throw error;
  } finally {
    await client.close();
  }
}
