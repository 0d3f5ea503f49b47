// How the outlets differ: per article, the sentences no other outlet carries, most salient first.

import type { Analysis } from '../analyse/types.ts';
import type { Difference } from '../briefing.ts';
import { indexSentences, type NearDuplicateIndex } from './near-duplicates.ts';

export interface DifferenceOptions {
  index?: NearDuplicateIndex;
  perArticle?: number;
}

export function findDifferences(analysis: Analysis, options: DifferenceOptions = {}): Difference[] {
  if (analysis.articles.length < 2) return [];
  const index = options.index ?? indexSentences(analysis);
  const perArticle = options.perArticle ?? 5;
  return analysis.articles.map((a, article) => {
    const mentionsIn = (start: number, end: number) => a.mentions.filter((m) => m.start >= start && m.end <= end).length;
    const only = index.refs
      .map((ref, i) => ({ ref, i }))
      .filter(({ ref, i }) => ref.article === article && index.duplicates[i]!.length === 0 && ref.tokens.size >= 5)
      .map(({ ref }) => ({ ref, salience: mentionsIn(ref.sentence.start, ref.sentence.end) + ref.tokens.size / 10 }))
      .sort((x, y) => y.salience - x.salience)
      .slice(0, perArticle)
      .sort((x, y) => x.ref.sentence.start - y.ref.sentence.start);
    return {
      articleId: a.article.id,
      onlyHere: only.map(({ ref }) => ({ text: ref.sentence.text, start: ref.sentence.start, end: ref.sentence.end })),
    };
  });
}
