import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../src/config/load.ts';
import { ROOT } from './harness/run-action.ts';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** Rows of the README table that follows a `## heading`: first cell (unquoted) -> second cell. */
function tableAfter(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows
      .map((row) => row.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
      .map(([, name, second]) => [name ?? '', second ?? '']),
  );
}

describe('the README', () => {
  it('documents exactly the inputs of action.yml, with the same defaults', () => {
    const documented = tableAfter('Inputs');
    expect([...documented.keys()]).toEqual(Object.keys(action.inputs));
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(documented.get(name), name).toBe(input.default ? input.default : '(empty)');
    }
  });

  it('documents exactly the outputs of action.yml', () => {
    expect([...tableAfter('Outputs').keys()]).toEqual(Object.keys(action.outputs));
  });

  it('shows a config example that validates', () => {
    const example = /## The config file\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(parseConfig(example ?? '', 'README.md')).toMatchObject({ ok: true });
  });

  it('runs on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
