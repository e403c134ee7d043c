import { addSecret } from '../domain/secrets.ts';
import {
  optionalText,
  parseAutoBoolean,
  parseBoolean,
  parseCount,
  parseLayout,
  parseLimit,
  parseMode,
  parseRemovalLimit,
  parseReviewedPlan,
  parseSentryToken,
  parseSentryUrl,
  RefusedValue,
  requiredText,
} from './policy.ts';

/** The commands of the command line (`help` aside). */
export const COMMANDS = ['validate', 'plan', 'check', 'apply', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

const SENTRY_COMMANDS = ['plan', 'check', 'apply'] as const satisfies readonly Command[];

/**
 * One setting, in one row: its name (the action's input), its default as a user writes it (''
 * is "not given"), the parser of its text, where each front door takes it, and its help.
 */
export interface Setting<T> {
  readonly name: string;
  readonly default: string;
  readonly parse: (text: string) => T;
  /** An input of action.yml; `default` there when it is not the table's (an expression of the runner's). */
  readonly input?: { readonly default?: string };
  /**
   * A command-line flag (`--<name>` unless named otherwise), with the commands that take it; a
   * `switch` takes no value (given, it reads as `true`).
   */
  readonly flag?: {
    readonly name?: string;
    readonly value: string;
    readonly switch?: true;
    readonly commands: readonly Command[];
  };
  /** An environment variable read when neither the input nor a flag gives it (the only source for a secret on the command line). */
  readonly env?: string;
  /** Registered as a secret as soon as it is read: never shown anywhere. */
  readonly secret?: true;
  /** One sentence for the command line's help (the default is added to it). */
  readonly help: string;
}

/**
 * Every setting of the action and the command line: the one place a default is written. The
 * action's inputs, the command line's flags and its help come from here, and a test holds
 * action.yml and the README's input table to it. A new setting is one row, plus its use.
 */
export const SETTINGS = {
  sentryToken: {
    name: 'sentry-token',
    default: '',
    parse: parseSentryToken,
    input: {},
    env: 'SENTRY_AUTH_TOKEN',
    secret: true,
    help: 'A Sentry user auth token (sntryu_...), with member:read for plan, check and export and member:admin for apply.',
  },
  sentryUrl: {
    name: 'sentry-url',
    default: 'https://sentry.io',
    parse: parseSentryUrl,
    input: {},
    flag: { value: '<url>', commands: [...SENTRY_COMMANDS, 'export'] },
    help: 'Sentry base URL (https://de.sentry.io, self-hosted); plain http only on loopback.',
  },
  organization: {
    name: 'organization',
    default: '',
    parse: optionalText,
    input: {},
    flag: { name: 'org', value: '<slug>', commands: [...SENTRY_COMMANDS, 'export'] },
    help: 'The organization slug: export needs it; for plan, check and apply it overrides "organization" in the config.',
  },
  config: {
    name: 'config',
    default: 'sentry-members.yml',
    parse: requiredText,
    input: {},
    flag: { value: '<path>', commands: ['validate', ...SENTRY_COMMANDS] },
    help: 'The config, as the [config] argument: a file, a directory (every *.yml below it) or a glob.',
  },
  mode: {
    name: 'mode',
    default: 'auto',
    parse: parseMode,
    input: {},
    help: 'auto, plan, apply, check or validate.',
  },
  githubToken: {
    name: 'github-token',
    default: '',
    parse: optionalText,
    // The runner's expression, not a template of ours.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates
    input: { default: '${{ github.token }}' },
    secret: true,
    help: 'Token for the pull-request plan comment and the drift issue.',
  },
  comment: {
    name: 'comment',
    default: 'true',
    parse: parseBoolean,
    input: {},
    help: "Post the plan comment on pull requests and rewrite it on every run, failed runs included; the result of an apply on push goes to the merged pull request's comment.",
  },
  driftIssue: {
    name: 'drift-issue',
    default: 'false',
    parse: parseBoolean,
    input: {},
    help: 'Keep one open issue saying what drift scheduled and hand-started apply (or check) runs find and correct.',
  },
  maxChanges: {
    name: 'max-changes',
    default: '50',
    parse: parseLimit,
    input: {},
    flag: { value: '<n>', commands: SENTRY_COMMANDS },
    help: 'apply writes nothing when the plan writes to more members; 0 is no limit.',
  },
  maxRemovals: {
    name: 'max-removals',
    default: '5',
    parse: parseRemovalLimit,
    input: {},
    flag: { value: '<n|n%>', commands: SENTRY_COMMANDS },
    help: "The same guard for removals: a number, or a percentage of the organization's members and invitations.",
  },
  minOwners: {
    name: 'min-owners',
    default: '1',
    parse: parseCount,
    input: {},
    flag: { value: '<n>', commands: SENTRY_COMMANDS },
    help: 'Block the changes that would leave fewer active owners.',
  },
  expiryWarningDays: {
    name: 'expiry-warning-days',
    default: '7',
    parse: parseCount,
    input: {},
    flag: { value: '<n>', commands: SENTRY_COMMANDS },
    help: 'Warn about grants and entries ending within this many days.',
  },
  reviewedPlan: {
    name: 'reviewed-plan',
    default: 'warn',
    parse: parseReviewedPlan,
    input: {},
    help: 'warn, require or off: how an apply on merge treats a plan that differs from the reviewed one (require also holds scheduled applies to what was applied on merge).',
  },
  redact: {
    name: 'redact',
    default: 'auto',
    parse: parseAutoBoolean,
    input: {},
    help: 'auto, true or false: publish nothing from Sentry the config does not say (auto: on public repositories).',
  },
  githubTeamsToken: {
    name: 'github-teams-token',
    default: '',
    parse: optionalText,
    input: {},
    secret: true,
    help: "Token that reads the GitHub organization: the GitHub teams that team sections follow (github-team), its SAML identities, and the memberships of approvals.privileged's teams; it needs organization members read access (a GitHub App token with Members: read); empty: github-token.",
  },
  inactiveDays: {
    name: 'inactive-days',
    default: '0',
    parse: parseCount,
    input: {},
    flag: { value: '<n>', commands: SENTRY_COMMANDS },
    help: 'List the members not active in Sentry for this many days, with the line that keeps them; 0 lists none.',
  },
  layout: {
    name: 'layout',
    default: 'members',
    parse: parseLayout,
    flag: { value: '<form>', commands: ['export'] },
    help: 'members (an entry per member) or teams (team sections; with --out <directory>/, org.yml and teams/<slug>.yml).',
  },
  out: {
    name: 'out',
    default: '',
    parse: optionalText,
    flag: { value: '<path>', commands: ['export'] },
    help: 'Where to write, as the [out] argument; standard output when not given.',
  },
  githubTeams: {
    name: 'github-teams',
    default: '',
    parse: optionalText,
    flag: { value: '<org>', commands: ['export'] },
    help: 'Make each team whose GitHub team of the same slug in <org> has the same people follow it (github-team), with a people map for them; GitHub is read with GITHUB_TOKEN.',
  },
  force: {
    name: 'force',
    default: 'false',
    parse: parseBoolean,
    flag: { value: '', switch: true, commands: ['export'] },
    help: 'Replace files that are there, and remove stale config files from the --out directory; without it, export refuses to write over anything.',
  },
} as const satisfies Record<string, Setting<unknown>>;

type Table = typeof SETTINGS;
export type SettingKey = keyof Table;
/** A setting's name as the action's input (the command line's flag, where it has one, derives from it). */
export type SettingName = Table[SettingKey]['name'];
type ValueOf<K extends SettingKey> = ReturnType<Table[K]['parse']>;
/** Settings read: each key with its parsed value. */
export type SettingValues<K extends SettingKey> = { readonly [P in K]: ValueOf<P> };

/** The keys of the rows that are action inputs, and those that are flags. */
export type InputKey = { [K in SettingKey]: Table[K] extends { input: object } ? K : never }[SettingKey];
export type FlagKey = { [K in SettingKey]: Table[K] extends { flag: object } ? K : never }[SettingKey];
/** The keys of the rows that are secrets (tokens). */
export type SecretKey = { [K in SettingKey]: Table[K] extends { secret: true } ? K : never }[SettingKey];

export const INPUT_KEYS = (Object.keys(SETTINGS) as SettingKey[]).filter((key) => 'input' in SETTINGS[key]) as InputKey[];
export const FLAG_KEYS = (Object.keys(SETTINGS) as SettingKey[]).filter((key) => 'flag' in SETTINGS[key]) as FlagKey[];

/** A row, whatever its value's type (for the code that lists them). */
export function rowOf(key: SettingKey): Setting<unknown> {
  return SETTINGS[key] as Setting<unknown>;
}

/** The flag of a row (`--org` for organization), or undefined when it has none. */
export function flagOf(key: SettingKey): string | undefined {
  const { flag, name } = rowOf(key);
  return flag ? `--${flag.name ?? name}` : undefined;
}

/** A refused setting: which one, what was given (as it may be shown) and what is expected. */
export class SettingError extends Error {
  override name = 'SettingError';
  readonly setting: SettingName;
  /** What was given, as it may be shown ('' for a secret). */
  readonly value: string;
  /** What is wrong and what is expected, to follow "<setting> is <value>". */
  readonly problem: string;

  constructor(setting: SettingName, value: string, problem: string) {
    super(`${setting}${value ? ` is "${value}"` : ''}: ${problem}`);
    this.setting = setting;
    this.value = value;
    this.problem = problem;
  }
}

/**
 * Where a front door finds a setting's text: the raw text, or undefined (or '') when not given.
 * `mask` is told each secret as soon as it is read (the runner's log masking).
 */
export interface SettingSource {
  readonly text: (key: SettingKey, row: Setting<unknown>) => string | undefined;
  readonly mask?: (secret: string) => void;
}

/** One setting: its text (trimmed; the default when not given), registered when secret, parsed. */
export function readSetting<K extends SettingKey>(key: K, source: SettingSource): ValueOf<K> {
  const row = rowOf(key);
  const given = source.text(key, row)?.trim() ?? '';
  if (row.secret && given) {
    // Before it is parsed: even a refused token is never shown.
    addSecret(given);
    source.mask?.(given);
  }
  try {
    return row.parse(given === '' ? row.default : given) as ValueOf<K>;
  } catch (error) {
    if (error instanceof RefusedValue) throw new SettingError(row.name as SettingName, error.shown, error.problem);
    throw error;
  }
}

/** Several settings, read once each, as one typed object. */
export function readSettings<K extends SettingKey>(keys: readonly K[], source: SettingSource): SettingValues<K> {
  const values: Partial<Record<K, unknown>> = {};
  for (const key of keys) values[key] = readSetting(key, source);
  return values as SettingValues<K>;
}

/** Every setting at its default: what a run is told when nobody says otherwise (tests, the benchmark). */
export function defaultSettings(): SettingValues<Exclude<SettingKey, SecretKey>> {
  const keys = (Object.keys(SETTINGS) as SettingKey[]).filter((key): key is Exclude<SettingKey, SecretKey> => !rowOf(key).secret);
  return readSettings(keys, { text: () => undefined });
}
