// Near-duplicate sentences across articles, found through an inverted index of content words
// (never all pairs): each sentence is compared only with sentences sharing a rare word with it.

import type { Analysis, Sentence } from '../analyse/types.ts';
import { contentTokens } from '../text/normalize.ts';

export interface SentenceRef {
  article: number;
  sentence: Sentence;
  tokens: Set<string>;
}

export interface NearDuplicateIndex {
  refs: SentenceRef[];
  /** For each ref (same order as `refs`), the refs in other articles that say the same thing. */
  duplicates: number[][];
  /** Similarity between two refs (overlap coefficient of content words). */
  similarity(a: number, b: number): number;
}

const MAX_POSTINGS = 50;

export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

export function indexSentences(analysis: Analysis, threshold = 0.6): NearDuplicateIndex {
  const refs: SentenceRef[] = [];
  analysis.articles.forEach((a, article) => {
    for (const sentence of a.sentences) refs.push({ article, sentence, tokens: new Set(contentTokens(sentence.text)) });
  });
  const postings = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    for (const t of ref.tokens) {
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const duplicates: number[][] = refs.map(() => []);
  refs.forEach((ref, i) => {
    const counts = new Map<number, number>();
    for (const t of ref.tokens) {
      const list = postings.get(t)!;
      // Very common words say little about sameness and would make this quadratic.
      if (list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j > i && refs[j]!.article !== ref.article) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const [j, shared] of counts) {
      if (shared < 3) continue;
      if (overlap(ref.tokens, refs[j]!.tokens) >= threshold) {
        duplicates[i]!.push(j);
        duplicates[j]!.push(i);
      }
    }
  });
  return { refs, duplicates, similarity: (a, b) => overlap(refs[a]!.tokens, refs[b]!.tokens) };
}
