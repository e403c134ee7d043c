/**
 * How fast this machine is right now, so that a reader can tell a slow machine from a slow
 * client: the wall time of a bare `node -e 0` (Node starting and exiting: about 40 ms on an
 * idle current server core) and the load average.
 */
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';

/** Wall times in ms of `runs` runs of `node <args>`, in the order run. */
export async function nodeTimes(
  args: readonly string[],
  runs: number,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [...args], options, (error) => (error ? reject(error) : resolve())),
    );
    times.push(performance.now() - started);
  }
  return times;
}

/** Wall times in ms of a bare `node -e 0`. */
export function bareNodeTimes(runs: number): Promise<number[]> {
  return nodeTimes(['-e', '0'], runs);
}

/** The load average over 1, 5 and 15 minutes, as `uptime` shows it. */
export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}
