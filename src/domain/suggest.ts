/** The closest of `candidates` to `value` (case-insensitively), when it is near enough to be a typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  // Two edits at most, and never more than a third of the word.
  return best && best.distance <= Math.min(2, Math.max(1, Math.floor(value.length / 3))) ? best.candidate : undefined;
}

/** ` Did you mean "x"?`, or '' when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const best = closest(value, candidates);
  return best === undefined ? '' : ` Did you mean "${best}"?`;
}

/** Edits from one word to the other: an inserted, deleted or replaced letter, or two letters swapped ("plna"). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j] ?? 0, (before[j - 2] ?? 0) + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
