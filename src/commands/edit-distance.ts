// Optimal string alignment distance: Levenshtein plus swapping two neighbouring letters, the
// typo people make most ("Seuol").
//
// Bounded: the callers only care whether two words are within a few edits, so the distance is
// computed inside a band of `max` cells around the diagonal and given up (max + 1) as soon as
// every cell of a row is past `max`. That makes one comparison O(max · length) instead of
// O(length²), and words longer than MAX_COMPARED_LENGTH are not compared at all: a user's
// 10,000-character "timezone" costs nothing.

/** Longer words are never close to a real name; comparing them would only cost time. */
export const MAX_COMPARED_LENGTH = 64;

/** The distance if it is at most `max`, else `max + 1` (also for words past MAX_COMPARED_LENGTH). */
export function editDistanceWithin(a: string, b: string, max: number): number {
  const over = max + 1;
  if (a.length > MAX_COMPARED_LENGTH || b.length > MAX_COMPARED_LENGTH) return over;
  if (Math.abs(a.length - b.length) > max) return over;
  if (a === b) return 0;
  const cols = b.length + 1;
  // Three rows: the one before the previous is needed for the swap.
  let before = new Array<number>(cols).fill(over);
  let previous = Array.from({ length: cols }, (_, j) => (j <= max ? j : over));
  let current = new Array<number>(cols).fill(over);
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    current[0] = i <= max ? i : over;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    let rowBest = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = Math.min(best, over);
      if (current[j]! < rowBest) rowBest = current[j]!;
    }
    if (rowBest > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, over);
}

/** The exact distance, for short words (both are capped at MAX_COMPARED_LENGTH characters). */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}
