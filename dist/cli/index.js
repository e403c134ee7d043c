#!/usr/bin/env node
import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);

// src/cli.ts
var [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || major === 22 && minor < 19) {
  process.stderr.write(
    `sentry-members-sync needs Node.js 22.19 or newer (Node 24 recommended); this is Node ${process.versions.node}. Install a newer Node, or run it from a clone of the repository with "npm run cli -- <command>", which uses the Node 24 that "npm ci" installs.
`
  );
  process.exit(1);
}
var { preferSmallMemory } = await import("../chunks/memory-77AWWVCU.js");
preferSmallMemory();
var { main } = await import("../chunks/main-YUJS2RVF.js");
process.exitCode = await main(process.argv.slice(2));
