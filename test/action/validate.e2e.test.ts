import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedSentry, startSimulatedSentry } from '../../src/sim/server.ts';
import { invalidConfigs } from '../fixtures/configs/corpus.ts';
import { ROOT, runAction } from '../harness/run-action.ts';
import { testOrg } from '../sim/org.ts';

const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
const REPRESENTATIVE = [
  'unclosed-quote.yml',
  'unknown-org-role.yml',
  'case-duplicate.yml',
  'latin1.yml',
  'alias-bomb.yml',
  'proto-key.yml',
];

// A Sentry that must never be asked anything while the file is invalid.
let sentry: SimulatedSentry;
beforeAll(async () => {
  sentry = await startSimulatedSentry(testOrg());
});
afterAll(async () => {
  await sentry.close();
});

describe('the bundled action in validate mode', () => {
  it('has a representative of each kind of problem', () => {
    expect(invalidConfigs().filter(({ name }) => REPRESENTATIVE.includes(name))).toHaveLength(REPRESENTATIVE.length);
  });

  it('accepts members.example.yml with a notice and a summary', async () => {
    const run = await runAction({ files: { 'sentry-members.yml': example }, inputs: { mode: 'validate' } });
    expect(run.exitCode).toBe(0);
    expect(run.of('error')).toEqual([]);
    expect(run.of('notice')).toEqual([
      {
        command: 'notice',
        properties: { title: 'sentry-members-sync: config valid', file: 'sentry-members.yml' },
        message:
          'sentry-members.yml is valid for organization acme: 8 members (6 with managed teams), 1 team section, 1 ignored email; unlisted: report, missing: report.',
      },
    ]);
    expect(run.summary).toContain('## sentry-members-sync: config check');
    expect(run.summary).toContain(':white_check_mark:');
  });

  // The whole corpus is refused in memory (test/config/load.test.ts; through the command line, with
  // no request to Sentry, in test/cli.test.ts); through the bundle, one file of each kind of
  // problem: YAML syntax, the schema, a rule across entries, bytes that are not UTF-8, an alias
  // bomb and a prototype key.
  it.each(invalidConfigs().filter(({ name }) => REPRESENTATIVE.includes(name)))(
    'rejects $name with an annotation on line $line, before any request to Sentry',
    async ({ bytes, line, column, message }) => {
      const run = await runAction({
        files: { 'config/members.yml': bytes },
        inputs: { mode: 'plan', config: 'config/members.yml', 'sentry-token': 'sntryu_corpus_token', 'sentry-url': sentry.url },
      });
      expect(run.exitCode).toBe(1);
      const errors = run.of('error');
      expect(errors).toContainEqual({
        command: 'error',
        properties: {
          title: 'sentry-members-sync: invalid config',
          file: 'config/members.yml',
          line: String(line),
          col: String(column),
        },
        message: expect.stringContaining(message),
      });
      // The last error is the step's failure, which says what to do.
      expect(errors.at(-1)?.message).toMatch(
        /^config\/members\.yml has \d+ errors? \(listed above and in the job summary\): fix them and push again$/,
      );
      expect(run.summary).toContain(`config/members.yml:${line}:${column}`);
      expect(sentry.requests).toEqual([]);
    },
  );

  it('annotates every problem of a file, not only the first ten', async () => {
    const lines = ['members:', ...Array.from({ length: 15 }, (_, i) => `  user${i}@acme.com: boss`)];
    const run = await runAction({ files: { 'sentry-members.yml': `${lines.join('\n')}\n` }, inputs: { mode: 'validate' } });
    expect(run.exitCode).toBe(1);
    expect(run.of('error').filter((error) => error.properties.file === 'sentry-members.yml')).toHaveLength(15);
    expect(run.summary.match(/"boss" is not a valid org role/g)).toHaveLength(15);
  });

  it('fails clearly when the config file does not exist', async () => {
    const run = await runAction({ inputs: { mode: 'validate' } });
    expect(run.exitCode).toBe(1);
    expect(run.of('error')[0]?.message).toMatch(
      /^sentry-members\.yml: config file not found at .*sentry-members\.yml: commit it, or point the "config" input at it/,
    );
  });

  it('only validates, with a notice saying why, when no Sentry token is given', async () => {
    const run = await runAction({ files: { 'sentry-members.yml': example }, inputs: { mode: 'auto' } });
    expect(run.exitCode).toBe(0);
    expect(run.of('notice').map((notice) => notice.properties.title)).toEqual([
      'sentry-members-sync: config valid',
      'sentry-members-sync: validated only',
    ]);
    expect(run.of('notice')[1]?.message).toMatch(/^No Sentry token, so the config was only validated and no plan was made\./);
  });

  it('quotes a bad input and fails before reading anything', async () => {
    const run = await runAction({ files: { 'sentry-members.yml': example }, inputs: { mode: 'deploy' } });
    expect(run.exitCode).toBe(1);
    expect(run.of('error').map((error) => error.message)).toEqual([
      'input "mode" is "deploy": expected one of auto, plan, apply, check, validate',
    ]);
  });

  it('refuses plain http to a non-loopback host, and an org auth token, without printing the token', async () => {
    const http = await runAction({
      files: { 'sentry-members.yml': example },
      inputs: { mode: 'validate', 'sentry-url': 'http://sentry.example.com' },
    });
    expect(http.exitCode).toBe(1);
    expect(http.of('error')[0]?.message).toMatch(/^input "sentry-url" is "http:\/\/sentry\.example\.com": only https is allowed/);

    const token = 'sntrys_eyJpYXQiOjE3MDAwMDAwMDB9_secretpart';
    const org = await runAction({
      files: { 'sentry-members.yml': example },
      inputs: { mode: 'validate', 'sentry-token': token },
    });
    expect(org.exitCode).toBe(1);
    expect(org.of('error')[0]?.message).toMatch(
      /organization auth token \(sntrys_\.\.\.\), which Sentry does not let manage members/,
    );
    expect(org.of('add-mask').map((command) => command.message)).toContain(token);
    const visible = org.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(visible.join('\n') + org.stderr + org.summary).not.toContain('secretpart');
  });
});
