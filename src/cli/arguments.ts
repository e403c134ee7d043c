import { parseArgs } from 'node:util';
import { closest } from '../domain/suggest.ts';
import { describeError, type Words } from '../render/failures.ts';
import {
  COMMANDS,
  type Command,
  FLAG_KEYS,
  type FlagKey,
  flagOf,
  readSetting,
  readSettings,
  rowOf,
  SETTINGS,
  SettingError,
  type SettingKey,
  type SettingName,
  type SettingValues,
} from '../settings/table.ts';

/**
 * The command line's grammar: commands, flags (from the table of settings), the switches of the
 * command line itself, and the help of each command, generated from the same rows.
 */

const PROGRAM = 'sentry-members-sync';

/** Bad usage: said in one line that points at the help (of the command, when there is one). */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly command: Command | undefined;

  constructor(message: string, command?: Command) {
    super(message);
    this.command = command;
  }
}

/** The line bad usage prints on standard error. */
export function usageOf(error: UsageError): string {
  return `error: ${error.message}; see "${PROGRAM}${error.command ? ` ${error.command}` : ''} --help"`;
}

const COMMAND_TEXT: Readonly<Record<Command, { readonly argument: string; readonly does: string; readonly fails: string }>> = {
  validate: {
    argument: '[config]',
    does: 'Check the config alone; sends nothing to Sentry. A config is a file, a directory (every *.yml below it) or a glob ("sentry/**/*.yml").',
    fails: 'invalid config',
  },
  plan: {
    argument: '[config]',
    does: 'Read the organization and print what would change. Never writes.',
    fails: 'invalid config, failed read or blocked change',
  },
  check: {
    argument: '[config]',
    does: 'Like plan; exits 1 when anything would change (drift).',
    fails: 'invalid config, failed read, blocked change or drift',
  },
  apply: {
    argument: '[config]',
    does: 'Plan from the live state, then make the changes.',
    fails: 'invalid config, failed read, blocked change, guard exceeded or failed write',
  },
  export: {
    argument: '[out]',
    does: 'Write the live organization as a config file (to start from), to standard output or to the file named.',
    fails: 'failed read or write',
  },
};

/** The setting a command's argument gives (`plan file.yml` is `plan --config file.yml`). */
const ARGUMENT: Readonly<Record<Command, 'config' | 'out'>> = {
  validate: 'config',
  plan: 'config',
  check: 'config',
  apply: 'config',
  export: 'out',
};

/** Where the command line finds the token that reads GitHub teams (the action's github-teams-token). */
export const GITHUB_TOKEN = 'GITHUB_TOKEN';

/** Commands that read Sentry, and so the token. */
const TALKS_TO_SENTRY: readonly Command[] = ['plan', 'check', 'apply', 'export'];

/** The command line's own switches: not settings of a run. */
const SWITCHES = [
  {
    flag: '--json',
    help: 'Print the outcome as one JSON object on standard output: ok, the plan or result, problems ({file, line, column, severity, message}) and failures; {"ok": false, "error": ...} on every failure.',
  },
  { flag: '-V, --version', help: 'Print the version.' },
  { flag: '-h, --help', help: 'Show this help.' },
] as const;

/** How the command line names a setting: its flag, or its environment variable. */
function nameOf(name: SettingName): string {
  const key = (Object.keys(SETTINGS) as SettingKey[]).find((candidate) => rowOf(candidate).name === name);
  if (key === undefined) return name;
  return flagOf(key) ?? rowOf(key).env ?? `"${name}"`;
}

/** How the command line speaks in its failures: its flags, its environment variable. */
export const CLI_WORDS: Words = {
  setting: nameOf,
  listed: 'listed above',
  again: 'run again',
  newToken: `export it in ${SETTINGS.sentryToken.env}`,
};

/** A command to run, with its settings read and checked. */
export interface CommandLine {
  readonly command: Command;
  readonly json: boolean;
  readonly settings: SettingValues<FlagKey>;
  /** SENTRY_AUTH_TOKEN, read (and registered as a secret) when first asked for; undefined when not set. */
  readonly token: () => string | undefined;
  /**
   * GITHUB_TOKEN (the command line's github-teams-token), read (and registered as a secret) when
   * first asked for; undefined when not set. It reads the GitHub teams the config follows.
   */
  readonly githubToken: () => string | undefined;
}

export type Parsed =
  | { readonly kind: 'run'; readonly line: CommandLine }
  | { readonly kind: 'help'; readonly text: string; readonly json: boolean }
  | { readonly kind: 'version'; readonly json: boolean };

/** Reads the arguments; bad usage throws a UsageError. */
export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  const end = argv.indexOf('--');
  // -V is --version too (as -v is): many tools spell it so.
  const args = argv.map((arg, index) => (arg === '-V' && (end < 0 || index < end) ? '--version' : arg));
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          FLAG_KEYS.map((key) => [
            flagOf(key)?.slice(2) ?? key,
            { type: rowOf(key).flag?.switch ? ('boolean' as const) : ('string' as const) },
          ]),
        ),
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError(parseProblem(error, commandIn(argv)), commandIn(argv));
  }
  const json = values.json === true;
  const [first, second, third] = positionals;
  if (values.version) return { kind: 'version', json };
  if (first === 'help') {
    if (second !== undefined && !isCommand(second)) throw unknownCommand(second);
    if (third !== undefined) throw new UsageError(`unexpected argument "${third}"`);
    return { kind: 'help', text: helpText(second), json };
  }
  if (first !== undefined && !isCommand(first)) throw unknownCommand(first);
  if (values.help) return { kind: 'help', text: helpText(first), json };
  if (first === undefined) throw new UsageError(`a command is needed: ${COMMANDS.join(', ')}`);
  const command = first;
  if (third !== undefined) throw new UsageError(`unexpected argument "${third}"`, command);
  const flagText = (key: FlagKey) => {
    const value = values[flagOf(key)?.slice(2) ?? key];
    return value === true ? 'true' : (value as string | undefined);
  };
  for (const key of FLAG_KEYS) {
    const commands = SETTINGS[key].flag.commands as readonly Command[];
    if (flagText(key) !== undefined && !commands.includes(command))
      throw new UsageError(`${flagOf(key)} is not an option of ${command} (it is for ${commands.join(', ')})`, command);
  }
  const argument = ARGUMENT[command];
  if (second !== undefined && flagText(argument) !== undefined)
    throw new UsageError(
      `the ${argument === 'config' ? 'config' : 'output'} is given twice ("${second}" and ${flagOf(argument)} ${flagText(argument)}): give it once`,
      command,
    );
  let settings: SettingValues<FlagKey>;
  try {
    settings = readSettings(FLAG_KEYS, {
      text: (key) => (key === argument ? (flagText(argument) ?? second) : flagText(key as FlagKey)),
    });
  } catch (error) {
    if (error instanceof SettingError) throw new UsageError(describeError(error, CLI_WORDS), command);
    throw error;
  }
  let token: { value: string | undefined } | undefined;
  let githubToken: { value: string | undefined } | undefined;
  return {
    kind: 'run',
    line: {
      command,
      json,
      settings,
      token: () => {
        token ??= { value: readSetting('sentryToken', { text: (_key, row) => (row.env ? env[row.env] : undefined) }) };
        return token.value;
      },
      githubToken: () => {
        githubToken ??= { value: readSetting('githubTeamsToken', { text: () => env[GITHUB_TOKEN] }) };
        return githubToken.value;
      },
    },
  };
}

function isCommand(word: string): word is Command {
  return (COMMANDS as readonly string[]).includes(word);
}

function commandIn(argv: readonly string[]): Command | undefined {
  return argv.find(isCommand);
}

function unknownCommand(word: string): UsageError {
  const near = closest(word, [...COMMANDS, 'help']);
  return new UsageError(
    `unknown command "${word}"${near ? ` (did you mean "${near}"?)` : ''}: the commands are ${COMMANDS.join(', ')}`,
  );
}

/** node:util's parse errors, in this command line's words. */
function parseProblem(error: unknown, command: Command | undefined): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
  const known = [...FLAG_KEYS.map((key) => flagOf(key) ?? ''), '--json', '--help', '--version'];
  const offered = command ? known.filter((flag) => takes(command, flag)) : known;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = option.startsWith('--') ? closest(option, offered) : undefined;
      return `unknown option "${option}"${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message ?? '') ? `${option} takes no value` : `${option} needs a value`;
    default:
      return message ?? String(error);
  }
}

/** A flag the command takes (the switches are everyone's). */
function takes(command: Command, flag: string): boolean {
  const key = FLAG_KEYS.find((candidate) => flagOf(candidate) === flag);
  return key === undefined || (SETTINGS[key].flag.commands as readonly Command[]).includes(command);
}

/** The help of the command line, or of one command: usage, what it does, its options, from the table. */
export function helpText(command?: Command): string {
  // A command's own argument first.
  const keys = command
    ? FLAG_KEYS.filter((key) => takes(command, flagOf(key) ?? '')).sort(
        (a, b) => Number(b === ARGUMENT[command]) - Number(a === ARGUMENT[command]),
      )
    : FLAG_KEYS;
  const options: [string, string][] = [
    ...keys.map((key): [string, string] => {
      const row = rowOf(key);
      const help = row.help.replace(/\.$/, '');
      const value = row.flag?.switch ? '' : ` ${row.flag?.value ?? ''}`;
      return [`${flagOf(key)}${value}`, `${help}${row.default && !row.flag?.switch ? ` (default: ${row.default})` : ''}.`];
    }),
    ...SWITCHES.filter(({ flag }) => !command || flag !== '-V, --version').map(({ flag, help }): [string, string] => [
      flag,
      help,
    ]),
  ];
  const token = SETTINGS.sentryToken;
  const lines = command
    ? [`Usage: ${PROGRAM} ${command} ${COMMAND_TEXT[command].argument} [options]`, '', ...wrap(COMMAND_TEXT[command].does, 0)]
    : [
        `Usage: ${PROGRAM} <command> [config] [options]`,
        '',
        "Keeps a Sentry organization's membership equal to a reviewed YAML file.",
        '',
        'Commands:',
        ...columns([
          ...COMMANDS.map((name): [string, string] => [`${name} ${COMMAND_TEXT[name].argument}`, COMMAND_TEXT[name].does]),
          ['help [command]', `Show the help of a command (as "${PROGRAM} <command> --help").`],
        ]),
      ];
  lines.push('', 'Options:', ...columns(options), '');
  const sentry = !command || TALKS_TO_SENTRY.includes(command);
  if (sentry) lines.push(...wrap(`The Sentry token is read from ${token.env}: ${lowerFirst(token.help)}`, 0));
  if (sentry)
    lines.push(
      ...wrap(
        `Team sections that follow a GitHub team (github-team), and export --github-teams, read GitHub with the token in ${GITHUB_TOKEN} (organization members read access: a GitHub App token with Members: read, or a personal access token with read:org), at GITHUB_API_URL (default https://api.github.com).`,
        0,
      ),
    );
  const fails = command
    ? COMMAND_TEXT[command].fails
    : 'invalid config, failed read, blocked change, guard exceeded, failed write or (check) drift';
  lines.push(
    ...wrap(`Paths are relative to the directory you run the command in (also through "npm run cli").`, 0),
    '',
    ...wrap(
      `Exit status: 0 done; 1 ${fails}; 2 bad usage (an unknown command or option, a refused option value${sentry ? `, ${token.env} missing or refused` : ''}).`,
      0,
    ),
  );
  return lines.join('\n');
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

const WIDTH = 100;
const LEFT = 28;

/** Two columns: the left padded, the right wrapped below the width (on its own lines when the left is long). */
function columns(rows: readonly [string, string][]): string[] {
  const lines: string[] = [];
  for (const [left, right] of rows) {
    const head = `  ${left}`;
    const body = wrap(right, LEFT);
    if (head.length + 2 > LEFT) lines.push(head, ...body);
    else lines.push(`${head.padEnd(LEFT)}${(body[0] ?? '').trimStart()}`, ...body.slice(1));
  }
  return lines;
}

/** Words wrapped to the width, each line indented. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(`${' '.repeat(indent)}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${' '.repeat(indent)}${line}`);
  return lines;
}
