// LexRank centrality of the shared sentence index: the stages rank sentences by it.

import type { NearDuplicateIndex } from '../near-duplicates.ts';

const centralityCache = new WeakMap<NearDuplicateIndex, number[]>();

/** LexRank: PageRank over the sparse, weighted similarity graph (cost grows with its edges). */
export function centrality(index: NearDuplicateIndex, damping = 0.85, iterations = 40): number[] {
  const cached = centralityCache.get(index);
  if (cached) return cached;
  const n = index.refs.length;
  if (n === 0) return [];
  // The graph in flat arrays (row offsets, targets, transition weights): the loop runs hot.
  const offsets = new Int32Array(n + 1);
  index.neighbours.forEach((list, i) => {
    offsets[i + 1] = offsets[i]! + list.length;
  });
  const targets = new Int32Array(offsets[n]!);
  const share = new Float64Array(offsets[n]!);
  index.neighbours.forEach((list, i) => {
    const total = list.reduce((s, e) => s + e.weight, 0);
    list.forEach((e, k) => {
      targets[offsets[i]! + k] = e.ref;
      share[offsets[i]! + k] = total > 0 ? e.weight / total : 0;
    });
  });
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    next.fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      if (from === to) {
        dangling += rank[i]!;
        continue;
      }
      const r = damping * rank[i]!;
      for (let k = from; k < to; k++) next[targets[k]!]! += r * share[k]!;
    }
    const spread = (damping * dangling) / n;
    for (let i = 0; i < n; i++) next[i]! += spread;
    [rank, next] = [next, rank];
  }
  const result = Array.from(rank);
  centralityCache.set(index, result);
  return result;
}
