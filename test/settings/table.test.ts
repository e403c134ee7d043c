/**
 * The table of settings is the one place a default is written: action.yml, the README's input
 * table, the action's settings and the command line's flags and help all agree with it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSettings } from '../../src/action/inputs.ts';
import { helpText } from '../../src/cli/arguments.ts';
import { REDACTED, redactSecrets } from '../../src/domain/secrets.ts';
import {
  defaultSettings,
  FLAG_KEYS,
  flagOf,
  INPUT_KEYS,
  readSetting,
  rowOf,
  SETTINGS,
  SettingError,
  type SettingKey,
} from '../../src/settings/table.ts';
import { ROOT } from '../harness/run-action.ts';

const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>;
};
const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  it('has exactly the inputs of the table, in its order', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_KEYS.map((key) => SETTINGS[key].name));
  });

  it("gives each input the table's default (or the runner's expression the table names)", () => {
    for (const key of INPUT_KEYS) {
      const row = rowOf(key);
      const input = action.inputs[row.name];
      expect(input?.default ?? '', row.name).toBe(row.input?.default ?? row.default);
      expect(input?.required, row.name).toBe(false);
    }
  });
});

describe("the README's input table", () => {
  it('lists the inputs of the table with their defaults', () => {
    const section = readme.split('\n## Inputs\n')[1]?.split('\n## ')[0] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')));
    expect(rows.map(([, name]) => name)).toEqual(INPUT_KEYS.map((key) => SETTINGS[key].name));
    for (const [, name, shown] of rows) {
      const key = INPUT_KEYS.find((candidate) => SETTINGS[candidate].name === name) as SettingKey;
      const row = rowOf(key);
      expect(shown, name).toBe(row.input?.default ?? (row.default || '(empty)'));
    }
  });
});

describe('the defaults', () => {
  it('parse: every default is a value its own parser takes', () => {
    const values = defaultSettings();
    expect(values).toMatchObject({ maxChanges: 50, maxRemovals: 5, minOwners: 1, expiryWarningDays: 7, mode: 'auto' });
    expect(values.sentryUrl.href).toBe('https://sentry.io/');
  });

  it('are what the action reads when no input is given, and every input is in its settings', () => {
    const settings = readSettings(() => '', { GITHUB_WORKSPACE: '/ws' });
    const defaults = defaultSettings();
    for (const key of INPUT_KEYS) {
      expect(key in settings, key).toBe(true);
      if (!rowOf(key).secret) expect(settings[key], key).toEqual(defaults[key as keyof typeof defaults]);
    }
  });

  it('are in the command line help of every flag', () => {
    const help = helpText().replace(/\n {28}/g, ' ');
    for (const key of FLAG_KEYS) {
      const row = rowOf(key);
      if (row.flag?.switch) {
        expect(help, key).toMatch(new RegExp(`${flagOf(key)} +${row.help.slice(0, 20)}`));
        continue;
      }
      expect(help, key).toContain(`${flagOf(key)} ${row.flag?.value}`);
      if (row.default) expect(help, key).toContain(`(default: ${row.default})`);
    }
  });
});

describe('reading a setting', () => {
  it('quotes a refused value with the setting it belongs to', () => {
    expect(() => readSetting('maxChanges', { text: () => 'lots' })).toThrow(
      new SettingError('max-changes', 'lots', 'expected a whole number (0 for no limit)'),
    );
  });

  it('registers a secret once it is read, even one that is refused, and shows it nowhere', () => {
    const masked: string[] = [];
    const token = 'sntrys_refused_but_secret_9876';
    expect(() => readSetting('sentryToken', { text: () => ` ${token} `, mask: (secret) => masked.push(secret) })).toThrow(
      SettingError,
    );
    expect(masked).toEqual([token]);
    expect(redactSecrets(`echo ${token}`)).toBe(`echo ${REDACTED}`);
    const plain = 'not-shaped-like-a-token-4242';
    readSetting('githubToken', { text: () => plain });
    expect(redactSecrets(`got ${plain}`)).toBe(`got ${REDACTED}`);
  });

  it('takes the API path off a Sentry URL copied from the API documentation', () => {
    for (const url of ['https://sentry.io/api/0/', 'https://sentry.io/api/0', 'https://sentry.io/']) {
      expect(readSetting('sentryUrl', { text: () => url }).href).toBe('https://sentry.io/');
    }
    expect(readSetting('sentryUrl', { text: () => 'https://example.com/sentry/api/0/' }).href).toBe('https://example.com/sentry');
  });
});
