import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLE = path.join(ROOT, 'dist', 'index.js');

/** A workflow command the action printed (`::error file=a,line=3::message`). */
export interface Annotation {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface ActionRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly annotations: readonly Annotation[];
  /** The content of the file named by the `plan` output (read before the run's temp dir is removed). */
  readonly planJson: string | undefined;
  /** Annotations of one kind: error, warning or notice. */
  readonly of: (command: string) => Annotation[];
}

export interface RunOptions {
  /** Files to create in the workspace, by path relative to it. */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** Inputs by their action.yml name; unlisted inputs get action.yml's default, as on the runner. */
  readonly inputs?: Readonly<Record<string, string>>;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly ref?: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * The repository's visibility, written into the event unless the event says it already
   * (`repository.private` or `visibility`): private by default, so tests about other things see
   * everything; `omitted` leaves the event without it (the action then takes the repository as public).
   */
  readonly visibility?: 'private' | 'public' | 'omitted';
}

/** The event with the repository's visibility the test asked for. */
function withVisibility(event: unknown, visibility: RunOptions['visibility'] = 'private'): unknown {
  if (visibility === 'omitted' || typeof event !== 'object' || event === null) return event;
  const payload = event as { repository?: Record<string, unknown> };
  if (payload.repository && ('private' in payload.repository || 'visibility' in payload.repository)) return event;
  return { ...payload, repository: { ...payload.repository, private: visibility === 'private', visibility } };
}

const actionYml = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

/**
 * Runs the bundled action in a child process exactly as the GitHub runner does: every input as
 * INPUT_<NAME> (upper-cased, hyphens kept) with action.yml's defaults, the event in a file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Returns what the runner would see.
 */
export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sms-run-'));
  try {
    const workspace = path.join(dir, 'workspace');
    await mkdir(workspace);
    for (const [name, content] of Object.entries(options.files ?? {})) {
      await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
      await writeFile(path.join(workspace, name), content);
    }
    const files = {
      event: path.join(dir, 'event.json'),
      output: path.join(dir, 'output.txt'),
      summary: path.join(dir, 'summary.md'),
    };
    await writeFile(files.event, JSON.stringify(withVisibility(options.event ?? {}, options.visibility)));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      RUNNER_TEMP: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REF: options.ref ?? 'refs/pull/1/merge',
      GITHUB_REPOSITORY: 'acme/sentry-config',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      // Nothing reaches api.github.com: tests that need the GitHub API pass a simulated one.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...options.env,
    };
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      const fallback = input.default?.includes('${{') ? 'ghs_fake_github_token' : (input.default ?? '');
      env[`INPUT_${name.toUpperCase()}`] = options.inputs?.[name] ?? fallback;
    }
    for (const name of Object.keys(options.inputs ?? {})) {
      if (!(name in actionYml.inputs)) throw new Error(`action.yml has no input "${name}"`);
    }
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [BUNDLE],
        { cwd: workspace, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out, stderr: err }),
      );
    });
    const annotations = parseCommands(stdout);
    const outputs = parseOutputs(await readFile(files.output, 'utf8'));
    const summary = await readFile(files.summary, 'utf8');
    const planJson = outputs.plan ? await readFile(outputs.plan, 'utf8').catch(() => undefined) : undefined;
    // The shared secrets check of every end-to-end run.
    const secrets = [
      env['INPUT_SENTRY-TOKEN'],
      env['INPUT_GITHUB-TOKEN'],
      env['INPUT_GITHUB-TEAMS-TOKEN'],
      env.SENTRY_AUTH_TOKEN,
    ].filter((secret): secret is string => !!secret);
    assertNoSecrets(secrets, { stdout, stderr, summary, outputs: JSON.stringify(outputs), plan: planJson ?? '' });
    return {
      exitCode: code,
      stdout,
      stderr,
      outputs,
      planJson,
      summary,
      annotations,
      of: (command) => annotations.filter((annotation) => annotation.command === command),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Counts every check, for the figures in the README's Safety section. */
/** The demo organization's owner token (src/sim/fixtures/acme.json). */
export const DEMO_TOKEN = 'sntryu_demo_alice_owner_token';
const EXAMPLE = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');

/**
 * A run on a pull request (`event`) of members.example.yml against a simulated Sentry and GitHub,
 * as the demo organization's owner; `options` overrides any of it (inputs and env are merged).
 */
export function runOnPullRequest(
  servers: { readonly sentry: string; readonly github: string },
  event: Record<string, unknown>,
  options: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    files: { 'sentry-members.yml': EXAMPLE },
    eventName: 'pull_request',
    event,
    ref: 'refs/pull/7/merge',
    ...options,
    env: { GITHUB_API_URL: servers.github, ...options.env },
    inputs: { 'sentry-url': servers.sentry, 'sentry-token': DEMO_TOKEN, ...options.inputs },
  });
}

export const secretChecks = { runs: 0, leaks: 0 };

/**
 * Fails when a secret appears anywhere a user could see it: a log line (other than the runner's
 * own ::add-mask:: command), standard error, the job summary, an output, plan.json, or (through
 * `extra`) a comment or issue. It looks at the text as a reader sees it: markdown backslash
 * escapes, HTML entities and comments, the runner's %-escapes and zero-width characters undone,
 * so `sntryu\_...` or `sntryu&#95;...` count as the token they are.
 */
export function assertNoSecrets(secrets: readonly string[], places: Readonly<Record<string, string>>): void {
  secretChecks.runs++;
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places)) {
      const raw =
        place === 'stdout'
          ? text
              .split('\n')
              .filter((line) => !line.startsWith('::add-mask::'))
              .join('\n')
          : text;
      const visible = asRead(raw);
      if (raw.includes(secret) || visible.includes(secret)) {
        secretChecks.leaks++;
        throw new Error(`a secret (${secret.slice(0, 6)}...) appears in the ${place}`);
      }
    }
  }
}

/** Text as a reader sees it once markdown, HTML and the runner's escapes are applied. */
export function asRead(text: string): string {
  return unescapeData(text)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_m, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>&@])/g, '$1')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}

/** Workflow commands from a log: `::name key=value,key=value::message`. */
export function parseCommands(log: string): Annotation[] {
  const commands: Annotation[] = [];
  for (const line of log.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimEnd());
    if (!match) continue;
    const [, command = '', props = '', message = ''] = match;
    const properties: Record<string, string> = {};
    for (const pair of props ? props.split(',') : []) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return commands;
}

function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replaceAll('%3A', ':').replaceAll('%2C', ','));
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}
