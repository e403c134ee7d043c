import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../src/action/event.ts';
import { ACTION_WORDS, readSettings } from '../../src/action/inputs.ts';
import { describeError } from '../../src/render/failures.ts';
import { parseSentryUrl, RefusedValue } from '../../src/settings/policy.ts';
import { SettingError } from '../../src/settings/table.ts';

describe('readSettings', () => {
  const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: '/ws', ...env });

  it('applies the defaults of action.yml', () => {
    expect(read({})).toEqual({
      sentryToken: undefined,
      sentryUrl: new URL('https://sentry.io'),
      organization: undefined,
      config: 'sentry-members.yml',
      workspace: '/ws',
      configDisplayPath: 'sentry-members.yml',
      configInWorkspace: true,
      mode: 'auto',
      githubToken: undefined,
      comment: true,
      driftIssue: false,
      maxChanges: 50,
      maxRemovals: 5,
      minOwners: 1,
      expiryWarningDays: 7,
      inactiveDays: 0,
      redact: 'auto',
      reviewedPlan: 'warn',
    });
  });

  it('reads redact as auto, true or false, and quotes anything else', () => {
    expect(read({ redact: 'true' }).redact).toBe(true);
    expect(read({ redact: 'false' }).redact).toBe(false);
    expect(read({ redact: 'AUTO' }).redact).toBe('auto');
    expect(() => read({ redact: 'maybe' })).toThrow(new SettingError('redact', 'maybe', 'expected auto, true or false'));
  });

  it('reads max-removals as a number or a percentage', () => {
    expect(read({ 'max-removals': '10%' }).maxRemovals).toEqual({ percent: 10 });
    expect(read({ 'max-removals': '0' }).maxRemovals).toBe(0);
  });

  it('takes the token from SENTRY_AUTH_TOKEN when the input is empty', () => {
    expect(read({}, { SENTRY_AUTH_TOKEN: 'sntryu_abc' }).sentryToken).toBe('sntryu_abc');
    expect(read({ 'sentry-token': 'sntryu_input' }, { SENTRY_AUTH_TOKEN: 'sntryu_env' }).sentryToken).toBe('sntryu_input');
  });

  it('names the config relative to the workspace', () => {
    expect(read({ config: './sentry/../org/members.yml' }).configDisplayPath).toBe('org/members.yml');
  });

  it.each([
    ['sentry-members.yml', 'sentry-members.yml', true],
    ['..notes.yml', '..notes.yml', true],
    ['/ws/sentry/org.yml', 'sentry/org.yml', true],
    ['sentry/**/*.yml', 'sentry/**/*.yml', true],
    ['../other/members.yml', '../other/members.yml', false],
    ['/etc/members.yml', '/etc/members.yml', false],
  ])('%s is shown as %s; inside the workspace: %s', (config, shown, inside) => {
    expect(read({ config })).toMatchObject({ configDisplayPath: shown, configInWorkspace: inside });
  });

  it('reads each token once and masks it as it is read', () => {
    const masked: string[] = [];
    const read = (name: string) =>
      (
        ({
          'sentry-token': 'sntryu_input_token',
          'github-token': 'ghs_github_token_value',
          'github-teams-token': 'ghs_teams_token_value',
        }) as Record<string, string>
      )[name] ?? '';
    let reads = 0;
    readSettings(
      (name) => {
        if (name.endsWith('-token')) reads++;
        return read(name);
      },
      { SENTRY_AUTH_TOKEN: 'sntryu_env_token' },
      (secret) => masked.push(secret),
    );
    expect(reads).toBe(3);
    expect(masked).toEqual(['sntryu_input_token', 'ghs_github_token_value', 'ghs_teams_token_value']);
  });

  it.each([
    [{ mode: 'deploy' }, 'input "mode" is "deploy": expected one of auto, plan, apply, check, validate'],
    [{ comment: 'maybe' }, 'input "comment" is "maybe": expected true or false'],
    [{ 'max-changes': '-1' }, 'input "max-changes" is "-1": expected a whole number (0 for no limit)'],
    [
      { 'max-removals': 'ten' },
      'input "max-removals" is "ten": expected a whole number (0 for no limit) or a percentage up to 100% (10%)',
    ],
    [
      { 'max-removals': '150%' },
      'input "max-removals" is "150%": expected a whole number (0 for no limit) or a percentage up to 100% (10%)',
    ],
    [{ 'min-owners': '-2' }, 'input "min-owners" is "-2": expected a whole number'],
  ])('refuses %o, naming the input, the value and what is expected', (inputs, message) => {
    let thrown: unknown;
    try {
      read(inputs);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingError);
    expect(describeError(thrown, ACTION_WORDS)).toBe(message);
  });
});

describe('parseSentryUrl', () => {
  it.each([
    'https://sentry.io',
    'https://de.sentry.io/',
    'http://127.0.0.1:8000',
    'http://localhost:9000',
    'http://[::1]:9000',
    'https://example.com/sentry/',
  ])('accepts %s', (url) => {
    expect(parseSentryUrl(url).href.endsWith('/')).toBe(new URL(url).pathname === '/');
  });

  it.each([
    'http://sentry.example.com',
    'http://10.0.0.1',
    'ftp://sentry.io',
    'sentry.io',
    'https://user:pw@sentry.io',
    'https://sentry.io/?x=1',
  ])('refuses %s', (url) => {
    expect(() => parseSentryUrl(url)).toThrow(RefusedValue);
  });
});

describe('resolveMode (docs/behaviour.md, section 2)', () => {
  const event = (name: string, ref = 'refs/heads/main') => ({ name, ref, defaultBranch: 'main' });
  it.each([
    ['pull_request', 'refs/pull/7/merge', 'plan'],
    ['pull_request_target', 'refs/heads/main', 'plan'],
    ['push', 'refs/heads/main', 'apply'],
    ['push', 'refs/heads/feature', 'plan'],
    ['schedule', 'refs/heads/main', 'apply'],
    ['workflow_dispatch', 'refs/heads/main', 'plan'],
  ])('%s on %s -> %s', (name, ref, mode) => {
    expect(resolveMode('auto', event(name, ref))).toBe(mode);
  });

  it('keeps an explicit mode', () => {
    expect(resolveMode('check', event('schedule'))).toBe('check');
  });
});
