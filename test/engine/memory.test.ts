import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const memory = path.resolve(import.meta.dirname, '../../src/engine/memory.ts');

/**
 * A process that asks (or not) for small memory, then parses 300 HTTP answers with undici, as a
 * run does: which WebAssembly functions V8 compiled with its optimizing compiler (TurboFan).
 */
async function optimizedWasm(small: boolean): Promise<string[]> {
  const script = `
    const { preferSmallMemory } = await import(${JSON.stringify(memory)});
    if (${small}) preferSmallMemory();
    const http = await import('node:http');
    const { Agent, request } = await import('undici');
    const server = http.createServer((_, response) => response.end('[{"id":"1","email":"a@b.io"}]'));
    await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
    const dispatcher = new Agent();
    for (let index = 0; index < 300; index++)
      await (await request('http://127.0.0.1:' + server.address().port + '/', { dispatcher })).body.text();
    server.close();
    await dispatcher.close();
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--trace-wasm-compilation-times', '--input-type=module', '-e', script],
    { cwd: path.resolve(import.meta.dirname, '../..') },
  );
  return stdout.split('\n').filter((line) => line.includes('using TurboFan'));
}

describe('preferSmallMemory', () => {
  it("keeps undici's HTTP parser out of V8's optimizing compiler (about 23 MB at once, at the start of reading)", async () => {
    // Without it, the parser's hot function is compiled again by TurboFan: the test can tell.
    expect(await optimizedWasm(false)).not.toEqual([]);
    expect(await optimizedWasm(true)).toEqual([]);
  });
});
