import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../src/action/event.ts';
import { InputError, parseSentryUrl, readSettings } from '../../src/action/inputs.ts';

describe('readSettings', () => {
  const read = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    readSettings((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: '/ws', ...env });

  it('applies the defaults of action.yml', () => {
    expect(read({})).toEqual({
      sentryToken: undefined,
      sentryUrl: new URL('https://sentry.io'),
      organization: undefined,
      configPath: '/ws/sentry-members.yml',
      configDisplayPath: 'sentry-members.yml',
      mode: 'auto',
      githubToken: undefined,
      comment: true,
      driftIssue: false,
      maxChanges: 50,
      maxRemovals: 5,
      redact: 'auto',
    });
  });

  it('reads redact as auto, true or false, and quotes anything else', () => {
    expect(read({ redact: 'true' }).redact).toBe(true);
    expect(read({ redact: 'false' }).redact).toBe(false);
    expect(read({ redact: 'AUTO' }).redact).toBe('auto');
    expect(() => read({ redact: 'maybe' })).toThrow('input "redact" is "maybe"; expected true or false (or auto)');
  });

  it('takes the token from SENTRY_AUTH_TOKEN when the input is empty', () => {
    expect(read({}, { SENTRY_AUTH_TOKEN: 'sntryu_abc' }).sentryToken).toBe('sntryu_abc');
    expect(read({ 'sentry-token': 'sntryu_input' }, { SENTRY_AUTH_TOKEN: 'sntryu_env' }).sentryToken).toBe('sntryu_input');
  });

  it('names the config relative to the workspace', () => {
    expect(read({ config: './sentry/../org/members.yml' }).configDisplayPath).toBe('org/members.yml');
  });

  it.each([
    [{ mode: 'deploy' }, 'input "mode" is "deploy"; expected one of: auto, plan, apply, check, validate'],
    [{ comment: 'maybe' }, 'input "comment" is "maybe"; expected true or false'],
    [{ 'max-changes': '-1' }, 'input "max-changes" is "-1"; expected a whole number (0 for no limit)'],
    [{ 'max-removals': 'ten' }, 'input "max-removals" is "ten"; expected a whole number (0 for no limit)'],
  ])('refuses %o', (inputs, message) => {
    expect(() => read(inputs)).toThrow(new InputError(message));
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
    expect(() => parseSentryUrl(url)).toThrow(InputError);
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
