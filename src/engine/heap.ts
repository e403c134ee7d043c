import { setFlagsFromString } from 'node:v8';

/**
 * Asks V8 to favour a small heap over allocation speed. A run spends its time waiting on
 * Sentry's rate limits, not computing; by default V8 lets the heap grow to a few times what is
 * alive, which at 50,000 members meant about 470 MiB for about 70 MiB of live data. V8 reads
 * the flag when it sizes the heap, so setting it once the process runs takes effect from then
 * on. Measured in bench/RESULTS.md (peak RSS) and by the cold start there.
 */
export function preferSmallHeap(): void {
  setFlagsFromString('--optimize-for-size');
}
