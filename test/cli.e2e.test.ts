/**
 * The bundled command line (dist/cli/index.js), run as a script runs it: the Node it needs, its
 * version, a validation and a usage error. Everything else it does is tested in memory
 * (cli.test.ts).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/run-action.ts';

const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
const BUNDLE = path.join(ROOT, 'dist/cli/index.js');

function run(args: readonly string[], node: readonly string[] = []) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [...node, BUNDLE, ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    ),
  );
}

describe('the bundled command line', () => {
  it('says in one line which Node it needs, on a Node too old for it', async () => {
    const old = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})';
    const result = await run(['--help'], ['--import', old]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^sentry-members-sync needs Node\.js 22\.19 or newer \(Node 24 recommended\); this is Node 20\.20\.2\./,
      ),
    ]);
  });

  it('prints its version, and validates a file as a script asks for it', async () => {
    expect(await run(['-V'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const valid = await run(['validate', 'members.example.yml', '--json']);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ ok: true, problems: [], config: { members: 8 } });
  });

  it('says bad usage in one line, exit 2', async () => {
    const result = await run(['plan', '--max-changes', 'lots']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --max-changes is "lots": expected a whole number (0 for no limit); see "sentry-members-sync plan --help"\n',
    });
  });
});
