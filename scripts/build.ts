/**
 * `npm run build`: compiles the schema's validator, then bundles the action (dist/index.js) and the
 * command line (dist/cli/index.js) into a fresh dist/, with the chunks they share in dist/chunks/,
 * and writes dist/licenses.txt. CI runs it and fails when the committed dist/ differs.
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { bundle } from './bundle.ts';

const root = path.resolve(import.meta.dirname, '..');
const script = (name: string) => execFileSync(process.execPath, [path.join(root, 'scripts', name)], { stdio: 'inherit' });

script('build-schema-validator.ts');
await rm(path.join(root, 'dist'), { recursive: true, force: true });
await bundle({
  entries: { index: path.join(root, 'src/index.ts'), 'cli/index': path.join(root, 'src/cli.ts') },
  outdir: path.join(root, 'dist'),
});
script('collect-licenses.ts');
