import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/sim/cli.ts';
import { ROOT } from '../harness/run-action.ts';

it('npm run sim starts a usable server and prints its URL and token', async () => {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'src/sim/cli.ts'), '--fixture', path.join(ROOT, 'src/sim/fixtures/acme.json')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    let out = '';
    const printed = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ctrl-C')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`sim exited with ${code}: ${out}`)));
    });
    const url = /^url: +(\S+)$/m.exec(printed)?.[1];
    const token = /^token: +(\S+)$/m.exec(printed)?.[1];
    expect(token).toBe('sntryu_demo_alice_owner_token');
    const response = await fetch(`${url}/api/0/organizations/acme/members/me/`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ email: 'alice@acme.com', orgRole: 'owner' });
  } finally {
    child.kill('SIGTERM');
  }
});

describe('npm run sim, given what it cannot serve: one line, exit 2, no stack trace', () => {
  it.each([
    [['--fixture', '/nonexistent/org.json'], /^npm run sim: the fixture \/nonexistent\/org\.json does not exist/],
    [['--fixture', 'BAD_JSON'], /^npm run sim: the fixture .*bad\.json is not JSON: /],
    [
      ['--fixture', 'BAD_SHAPE'],
      /^npm run sim: the fixture .*shape\.json is not a simulated organization: "members" must be a list/,
    ],
    [['--generate', 'abc'], /^npm run sim: --generate is "abc": expected MEMBERS:TEAMS, e\.g\. 10000:300/],
    [['--latency', 'slow'], /^npm run sim: --latency is "slow": expected a whole number/],
    [['--bogus'], /^npm run sim: unknown option "--bogus"/],
    [['--port', 'IN_USE'], /^npm run sim: port \d+ is in use: choose another with --port/],
  ])('%j', async (args, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sms-sim-'));
    await writeFile(path.join(dir, 'bad.json'), '{"organization": ');
    await writeFile(path.join(dir, 'shape.json'), '{"organization": {"slug": "acme"}, "members": {}}');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = String((busy.address() as AddressInfo).port);
    try {
      const given = args.map((arg) =>
        arg === 'BAD_JSON'
          ? path.join(dir, 'bad.json')
          : arg === 'BAD_SHAPE'
            ? path.join(dir, 'shape.json')
            : arg === 'IN_USE'
              ? port
              : arg,
      );
      const out: string[] = [];
      const err: string[] = [];
      const result = await main(given, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
      await result.sim?.close();
      expect(result).toEqual({ status: 2 });
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(message);
      expect(err[0]).toMatch(/\(npm run sim -- --help\)\n$/);
      expect(err[0]?.trimEnd()).not.toContain('\n');
    } finally {
      busy.close();
    }
  });
});

it('npm run sim reads a relative --fixture from the directory it was run in', async () => {
  const out: string[] = [];
  const result = await main(['--fixture', 'fixtures/acme.json'], {
    stdout: (text) => out.push(text),
    stderr: () => {},
    cwd: path.join(ROOT, 'src/sim'),
  });
  try {
    expect(result.status).toBe(0);
    expect(out.join('')).toMatch(/^Simulated Sentry for organization "acme"/);
  } finally {
    await result.sim?.close();
  }
});
