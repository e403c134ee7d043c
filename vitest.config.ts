import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (everything in memory and against the simulators on loopback: `npm test`,
 * no build) and `e2e` (the bundle in dist/, run as the runner and a script run it:
 * `npm run test:e2e`, which builds first). A file is end to end when it is named *.e2e.test.ts.
 */
export default defineConfig({
  test: {
    // Worker threads start much faster than a process per file: about 40% off `npm test` on two
    // busy cores. No test changes the working directory or the process's exit code.
    pool: 'threads',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**'],
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.e2e.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.e2e.test.ts'] } },
    ],
  },
});
