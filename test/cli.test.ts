import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { ROOT } from './harness/run-action.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sentry-members-sync validate', () => {
  it('accepts the example file', async () => {
    const result = await cli('validate', path.join(ROOT, 'members.example.yml'));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/members\.example\.yml is valid for organization acme: 8 members/);
  });

  it('exits 1 with located errors on an invalid file', async () => {
    const file = path.join(ROOT, 'test/fixtures/configs/invalid/unknown-org-role.yml');
    const result = await cli('validate', '--config', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`error: ${file}:5:11: "managr" is not a valid org role`);
  });

  it('exits 2 on bad usage', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('validate', '--nope')).code).toBe(2);
    expect((await cli('--help')).code).toBe(0);
  });
});
