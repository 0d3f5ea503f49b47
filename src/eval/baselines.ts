// The two baselines the key points are measured against in the same run: Lead-3 (the first three
// sentences of the first article) and plain TextRank (the most central sentences of the same
// sparse similarity graph, without outlet counts, position or diversity), in story order.

import type { Analysis } from '../analyse/types.ts';
import { centrality } from '../stages/key-points/key-points.ts';
import { indexSentences, type NearDuplicateIndex } from '../stages/near-duplicates.ts';

export function lead3(analysis: Analysis): string[] {
  return (analysis.articles[0]?.sentences ?? []).slice(0, 3).map((s) => s.text);
}

/** The `count` most central sentences, in the order the articles give them. */
export function textRank(analysis: Analysis, count: number, index: NearDuplicateIndex = indexSentences(analysis)): string[] {
  const rank = centrality(index);
  return rank
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map(({ i }) => index.refs[i]!.sentence.text);
}
