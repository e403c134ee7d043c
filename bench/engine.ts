/**
 * The engine as the benchmark runs it: bundled as the action is (scripts/bundle.ts), one child process per
 * run (`bench/engine-run.ts`), so its wall time, CPU time and memory are its own. The simulated
 * Sentry runs in the benchmark's process, so that process's CPU time during a run is the
 * simulator's.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../scripts/bundle.ts';
import { GENERATED_OWNER_TOKEN } from '../src/sim/generate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** What `bench/engine-run.ts` prints: times in ms, memory in MiB. */
export interface EngineRun {
  loadMs: number;
  /** Reading a pull request's base from GitHub (0 for a plain plan). */
  baseMs: number;
  planMs: number;
  applyMs: number;
  /** Wall time from the first request to the last answer (plan, and apply when applying). */
  networkMs: number;
  /** The engine process's CPU time (user + system) during `networkMs`: its own work, all threads. */
  cpuMs: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** The engine process's CPU time from its start to its end (Node's start and config loading included). */
  processCpuMs: number;
  changes: number;
  /** Of the changes, those the base would make too (a pull request's plan only). */
  drift?: number;
  applied: number;
  failed: number;
  /** Invitations Sentry's daily invitation limit left for the next run. */
  deferred: number;
  strategy: string;
  networkStartedAt: number;
  loadRssMiB: number;
  maxRssMiB: number;
}

/** An engine run, with the CPU time the simulated Sentry (this process) spent meanwhile. */
export interface MeasuredRun extends EngineRun {
  simCpuMs: number;
  /** Everything the engine printed (its JSON line last). */
  stdout: string;
}

/** Bundles bench/engine-run.ts into `out` (with source maps when profiling); returns the bundle's path. */
export async function bundleEngine(out: string, sourcemap = false): Promise<string> {
  await bundle({ entries: { index: path.join(here, 'engine-run.ts') }, outdir: out, sourcemap });
  return path.join(out, 'index.js');
}

/** One plan or apply by the bundled engine; `nodeArgs` go to Node (e.g. `--cpu-prof`). */
export function runEngine(
  bundle: string,
  mode: 'plan' | 'apply',
  url: string,
  config: string,
  options: { planOut?: string; nodeArgs?: readonly string[]; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<MeasuredRun> {
  const simCpu = process.cpuUsage();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), bundle, mode, url, config, ...(options.planOut ? [options.planOut] : [])],
      {
        env: { ...process.env, SENTRY_AUTH_TOKEN: GENERATED_OWNER_TOKEN, ...options.env },
        maxBuffer: 16 * 1024 * 1024,
        ...(options.cwd ? { cwd: options.cwd } : {}),
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        const used = process.cpuUsage(simCpu);
        // The last line: Node's own tracing (e.g. --trace-gc in `nodeArgs`) may come before it.
        const line = stdout.trimEnd().split('\n').at(-1) ?? '';
        resolve({ ...(JSON.parse(line) as EngineRun), simCpuMs: (used.user + used.system) / 1000, stdout });
      },
    );
  });
}
