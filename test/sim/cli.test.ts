import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
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
