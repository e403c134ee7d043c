/**
 * One run of the real engine (the code the action runs) in its own process, so its wall time,
 * CPU time and peak memory are its own: `node bench/engine-run.ts plan|apply <sentry-url> <config> [plan.json to write]`.
 * The config is read from its own folder, as the action reads it from the workspace. With
 * GITHUB_TOKEN (and GITHUB_API_URL) set, the GitHub teams the config follows are read with it, as
 * the action reads them with github-teams-token. With BENCH_GITHUB_URL and BENCH_BASE_SHA, a plan
 * is a pull request's: the config at that commit is read from the (simulated) GitHub API as the
 * action reads it, and the plan is split into the pull request's changes and drift. Prints one
 * JSON line.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPlan } from '../src/apply/apply.ts';
import { loadConfigAt } from '../src/config/base.ts';
import { loadConfig } from '../src/config/load.ts';
import { preferSmallMemory } from '../src/engine/memory.ts';
import { planOrganization } from '../src/engine/plan-organization.ts';
import { createGitHubReads, createGitHubTeamReads } from '../src/github/reads.ts';
import { changeDigest } from '../src/plan/digest.ts';
import { planOptions } from '../src/plan/plan.ts';
import { createSentryClient } from '../src/sentry/client.ts';
import { defaultSettings } from '../src/settings/table.ts';

preferSmallMemory(); // as the action and the command line do
const [mode, url, configPath, planOut] = process.argv.slice(2);
const token = process.env.SENTRY_AUTH_TOKEN ?? '';
const started = performance.now();
// A file or a directory of files (the team-files case), as the action reads its `config` input.
const folder = path.dirname(path.resolve(configPath ?? ''));
const given = path.basename(configPath ?? '');
const loaded = await loadConfig(given, folder);
if (!loaded.ok) throw new Error(`invalid config: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
const loadedAt = performance.now();
// A pull request's base: the same config at the base commit, through the GitHub API.
const githubUrl = process.env.BENCH_GITHUB_URL;
const baseSha = process.env.BENCH_BASE_SHA;
let base: Awaited<ReturnType<typeof loadConfigAt>> | undefined;
if (githubUrl && baseSha) {
  const reads = createGitHubReads({ repo: { owner: 'bench', repo: 'sentry-config' }, token: 'ghs_bench', baseUrl: githubUrl });
  base = await loadConfigAt(reads, baseSha, given, loaded.parts);
  if (base.kind !== 'read' || !base.result.ok) throw new Error(`the base is not readable: ${JSON.stringify(base)}`.slice(0, 500));
}
const baseAt = performance.now();
/** Epoch ms when the first request can go: where in sentry.io's one-second windows the run starts. */
const networkStartedAt = Date.now();
const loadRssMiB = process.resourceUsage().maxRSS / 1024;
const networkCpu = process.cpuUsage();
const client = createSentryClient({ baseUrl: new URL(url ?? ''), token });
// The action's defaults (min-owners, expiry-warning-days), as a run with no inputs has them.
const options = planOptions(defaultSettings(), Date.now());
const githubToken = process.env.GITHUB_TOKEN;
const github = githubToken
  ? createGitHubTeamReads({ token: githubToken, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) })
  : undefined;
const baseConfig = base?.kind === 'read' && base.result.ok ? base.result.config : undefined;
const outcome = await planOrganization(client, {
  config: loaded.config,
  organization: loaded.config.organization ?? '',
  options,
  base: baseConfig,
  github,
});
if (outcome.kind !== 'plan') throw new Error(JSON.stringify(outcome.problems));
const plannedAt = performance.now();
if (planOut) await writeFile(planOut, JSON.stringify(outcome.plan));
let applied = 0;
let failed = 0;
let deferred = 0;
if (mode === 'apply') {
  // The config the plan was made from: the file's, with the GitHub teams' members.
  const result = await applyPlan(client, outcome.plan, { config: outcome.config, state: outcome.state, options });
  applied = result.applied.length;
  failed = result.failed.length;
  deferred = result.deferred.length;
}
const doneAt = performance.now();
const cpu = process.cpuUsage(networkCpu);
await client.close();
const processCpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    loadMs: loadedAt - started,
    // Reading the base (GitHub's answers and the changed files parsed), when the plan is a pull request's.
    baseMs: baseAt - loadedAt,
    planMs: plannedAt - baseAt,
    applyMs: doneAt - plannedAt,
    networkMs: doneAt - baseAt,
    // Of every thread of the process (the garbage collector's helpers included), in ms.
    cpuMs: (cpu.user + cpu.system) / 1000,
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    processCpuMs: (processCpu.user + processCpu.system) / 1000,
    changes: outcome.plan.changes.length,
    drift: outcome.drift ? outcome.plan.changes.filter((change) => outcome.drift?.has(changeDigest(change))).length : undefined,
    blocked: outcome.plan.blocked.length,
    strategy: outcome.strategy,
    applied,
    failed,
    deferred,
    loadRssMiB,
    networkStartedAt,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
