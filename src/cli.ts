#!/usr/bin/env node
// The command line's entry. It checks the Node version before anything else is loaded: the HTTP
// client inside the bundle needs Node 22.19 or newer and fails with a stack trace on older ones.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `sentry-members-sync needs Node.js 22.19 or newer (Node 24 recommended); this is Node ${process.versions.node}. Install a newer Node, or run it from a clone of the repository with "npm run cli -- <command>", which uses the Node 24 that "npm ci" installs.\n`,
  );
  process.exit(1);
}
const { preferSmallMemory } = await import('./engine/memory.ts');
preferSmallMemory();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
