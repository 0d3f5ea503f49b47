// Independent reports, not outlets: two outlets printing the same agency copy are one report, and
// counting them twice overstates corroboration. Articles share a text lineage when long runs of
// their sentences are the same text (near-verbatim, not merely the same point): at least three
// shared sentences in a row, or at least three and half the shorter article. Lineage is
// transitive (A and B print the wire story, B and C too: one lineage).

import type { Analysis } from '../../analyse/types.ts';
import type { LineageGroup } from '../../briefing.ts';
import type { NearDuplicateIndex } from '../near-duplicates.ts';

/** Weighted overlap at which two sentences are the same copy (edits of a word or two aside). */
const SAME_COPY = 0.8;
/** Shared sentences in a row that make wire copy: a shared quote or two is not. */
const RUN = 3;
/** Or this share of the shorter article's sentences, with at least RUN of them. */
const SHARE = 0.5;

export function findLineage(analysis: Analysis, index: NearDuplicateIndex): LineageGroup[] {
  const n = analysis.articles.length;
  // Per pair of articles, the sentence positions of each that the other prints too.
  const shared = new Map<string, { a: Set<number>; b: Set<number> }>();
  index.refs.forEach((ref, i) => {
    for (const j of index.duplicates[i]!) {
      const other = index.refs[j]!;
      if (other.article <= ref.article || index.similarity(i, j) < SAME_COPY) continue;
      const key = `${ref.article}:${other.article}`;
      const entry = shared.get(key) ?? { a: new Set(), b: new Set() };
      entry.a.add(ref.sentence.index);
      entry.b.add(other.sentence.index);
      shared.set(key, entry);
    }
  });
  const sentences = analysis.articles.map((a) => a.sentences.length);
  const parent = Array.from({ length: n }, (_, k) => k);
  const root = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    return r;
  };
  const counts = new Map<string, number>();
  for (const [key, { a, b }] of shared) {
    const [x, y] = key.split(':').map(Number) as [number, number];
    const count = Math.min(a.size, b.size);
    const wire = longestRun(a) >= RUN || longestRun(b) >= RUN || (count >= RUN && count >= SHARE * Math.min(sentences[x]!, sentences[y]!));
    if (!wire) continue;
    counts.set(key, count);
    parent[root(y)] = root(x);
  }
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) groups.set(root(k), [...(groups.get(root(k)) ?? []), k]);
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      let most = 0;
      for (const [key, count] of counts) if (g.includes(Number(key.split(':')[0]))) most = Math.max(most, count);
      return { articleIds: g.map((k) => analysis.articles[k]!.article.id), sharedSentences: most };
    });
}

/** How many independent reports the given articles are: each lineage counts once. */
export function independentReports(articleIds: readonly string[], lineage: readonly LineageGroup[] = []): number {
  const keys = new Set(articleIds.map((id) => lineage.findIndex((g) => g.articleIds.includes(id))).map((g, k) => (g >= 0 ? `g${g}` : `a${articleIds[k]}`)));
  return keys.size;
}

function longestRun(positions: Set<number>): number {
  let best = 0;
  for (const p of positions) {
    if (positions.has(p - 1)) continue;
    let len = 1;
    while (positions.has(p + len)) len++;
    best = Math.max(best, len);
  }
  return best;
}
