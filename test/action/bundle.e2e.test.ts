/**
 * What the bundle loads when it starts: a validation run (the action's first step in many
 * workflows, and its cold start in bench/RESULTS.md) loads no HTTP client. dist/index.js imports
 * some chunks at once (static `import`s, followed here) and the rest with `import()` when a mode
 * needs them. esbuild marks where each part of a chunk came from with a `// path` comment.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.ts';

/** The files dist/<entry> loads before its first line runs: itself and its static imports, transitively. */
async function loadedAtStart(entry: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const visit = async (file: string) => {
    if (files.has(file)) return;
    const text = await readFile(file, 'utf8');
    files.set(file, text);
    for (const [, target] of text.matchAll(/^(?:import\s*(?:\{[^}]*\}\s*from\s*)?|\}\s*from\s*)"(\.\.?\/[^"]+)";$/gm)) {
      await visit(path.join(path.dirname(file), target ?? ''));
    }
  };
  await visit(path.join(ROOT, 'dist', entry));
  return files;
}

const sources = (text: string) => new Set([...text.matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)].map(([, source]) => source ?? ''));
const fromUndici = (source: string) => source.startsWith('node_modules/undici/');

describe('the bundle at start', () => {
  it('validation loads neither undici nor the Sentry and GitHub clients', async () => {
    const atStart = await loadedAtStart('index.js');
    const loaded = new Set([...atStart.values()].flatMap((text) => [...sources(text)]));
    expect(loaded).toContain('src/action/main.ts');
    expect(loaded).toContain('node_modules/@actions/core/lib/core.js');
    expect([...loaded].filter(fromUndici)).toEqual([]);
    expect(
      [...loaded].filter((source) => /oidc-utils|@actions\/http-client|@actions\/exec|src\/sentry\/http/.test(source)),
    ).toEqual([]);
  });

  it('carries undici in a chunk that the Sentry modes load', async () => {
    const chunks = await readdir(path.join(ROOT, 'dist', 'chunks'));
    const withUndici = [];
    for (const chunk of chunks) {
      if ([...sources(await readFile(path.join(ROOT, 'dist', 'chunks', chunk), 'utf8'))].some(fromUndici)) withUndici.push(chunk);
    }
    expect(withUndici).toHaveLength(1);
  });
});
