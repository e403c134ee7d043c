/**
 * Bundles an entry point and everything it imports into ES modules for Node 24, as the action
 * ships them in dist/: the entry file, plus a chunk per part that is imported with `import()`, so
 * that a run loads only what its mode uses. `npm run build` bundles the action and the command
 * line with it; the benchmark bundles its engine runner with it (bench/engine.ts).
 *
 * Two things esbuild does not do by itself:
 * - CommonJS packages inside an ES module call `require` for Node's own modules: each output file
 *   starts with a `require` made by `createRequire`.
 * - `@actions/core` imports its OIDC client (which loads `@actions/http-client` and undici,
 *   1.6 MB) and its platform details (which load `@actions/exec` and `@actions/io`) when it loads,
 *   though this project uses neither. Its package does not say that those files are free of side
 *   effects (they start with TypeScript's `__awaiter` helper, which a bundler cannot prove pure), so
 *   the bundle would load them at every start. They are: they only declare classes and functions.
 *   Declaring them so lets esbuild leave them out when nothing uses them: a validation run starts
 *   about a third faster (bench/RESULTS.md, cold start). Should a later version of @actions/core
 *   give them side effects, the runs that would miss them fail in the end-to-end tests.
 */
import path from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

const UNUSED_CORE_PARTS = /^\.\/(oidc-utils|platform)\.js$/;

/** Marks @actions/core's OIDC and platform modules free of side effects (see above). */
const coreWithoutUnusedParts: Plugin = {
  name: 'actions-core-without-unused-parts',
  setup(bundler) {
    bundler.onResolve({ filter: UNUSED_CORE_PARTS }, ({ path: request, resolveDir, importer }) =>
      importer.includes(`${path.sep}@actions${path.sep}core${path.sep}lib${path.sep}`)
        ? { path: path.join(resolveDir, request), sideEffects: false }
        : undefined,
    );
  },
};

export interface BundleOptions {
  /** Entry points: the output name (without `.js`, relative to `outdir`) and the source file. */
  readonly entries: Readonly<Record<string, string>>;
  readonly outdir: string;
  /** Source maps beside the files (the profiler maps samples back to the sources with them). */
  readonly sourcemap?: boolean;
}

/** Bundles the entries into `outdir`; returns esbuild's record of what went into which file. */
export async function bundle({ entries, outdir, sourcemap = false }: BundleOptions): Promise<Metafile> {
  const result = await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    chunkNames: 'chunks/[name]-[hash]',
    banner: {
      js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);",
    },
    // Licences are collected in dist/licenses.txt (scripts/collect-licenses.ts).
    legalComments: 'none',
    sourcemap,
    metafile: true,
    logLevel: 'warning',
    plugins: [coreWithoutUnusedParts],
  });
  return result.metafile;
}
