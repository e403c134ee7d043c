import { setFlagsFromString } from 'node:v8';

/**
 * Asks V8 to keep the process's memory close to the data alive, without the CPU time that
 * `--optimize-for-size` cost. A run spends its time waiting on Sentry's rate limits, and by
 * default V8 lets both generations grow to several times what is alive: at 50,000 members,
 * about 470 MiB for about 70 MiB of live data. Two flags keep the heap small:
 *
 * - the young generation keeps the size it starts with (`--semi-space-growth-factor=1`): the
 *   run's garbage is mostly the JSON of one response at a time, which dies young anyway;
 * - after each full collection, the old generation may grow by 10% of what is alive before the
 *   next one (`--heap-growing-percent=10`).
 *
 * And one kind of compilation stays out of the peak: undici parses HTTP with a WebAssembly
 * module, which V8 first compiles with its baseline compiler and then, once its functions are
 * hot, again with its optimizing one on a background thread: its parser function alone took
 * about 23 MB of compiler memory at once and 0.2 s (V8's `--trace-wasm-compilation-times`), at
 * the start of reading, while a 50,000-member file's model is alive: the peak of a run
 * (bench/RESULTS.md, "Peak memory at 50,000 members"). The baseline code parses a run's answers
 * as fast as far as the benchmark can tell (the client's CPU did not grow), so the module is
 * compiled by the baseline compiler only. Each flag is set: `--liftoff-only` set after start does
 * not turn off tiering up, which it implies only on the command line (test/engine/memory.test.ts).
 *
 * `--optimize-for-size`, used before, also made every full collection compact the whole heap:
 * at 50,000 members, the garbage collector took about 60% of the client's CPU time (bench/RESULTS.md,
 * "Where the CPU time goes"). V8 reads these flags whenever it sizes the heap or compiles a
 * module, so setting them once the process runs takes effect from then on. Measured in
 * bench/RESULTS.md (client CPU, peak RSS, cold start).
 */
export function preferSmallMemory(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=10');
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
}
