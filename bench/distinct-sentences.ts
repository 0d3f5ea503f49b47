// How repetitive a corpus is: the share of its sentences that occur once across it (real news
// has about 78%; per-text caches flatter a benchmark whose text repeats).

import type { Article } from '../src/article.ts';

export function distinctSentenceShare(articles: Iterable<Article>): number {
  const seen = new Set<string>();
  let total = 0;
  for (const a of articles) {
    for (const s of a.text.split(/(?<=[.!?”])\s+/)) {
      if (s.length < 20) continue;
      total++;
      seen.add(s);
    }
  }
  return total === 0 ? 1 : seen.size / total;
}
