// Key points: 3–6 sentences taken verbatim, central to the story and carried by several outlets
// where possible; near-identical sentences from different outlets appear once, crediting each.

import type { Analysis } from '../analyse/types.ts';
import type { KeyPoint } from '../briefing.ts';
import { indexSentences, type NearDuplicateIndex } from './near-duplicates.ts';

export interface KeyPointOptions {
  index?: NearDuplicateIndex;
  max?: number;
}

export function selectKeyPoints(analysis: Analysis, options: KeyPointOptions = {}): KeyPoint[] {
  const index = options.index ?? indexSentences(analysis);
  const max = options.max ?? 5;
  const { refs, duplicates } = index;
  const scored = refs.map((ref, i) => {
    const outlets = new Set([ref.article, ...duplicates[i]!.map((j) => refs[j]!.article)]).size;
    const position = 1 / (1 + ref.sentence.index * 0.35);
    const quoteHeavy = /^[“"]/.test(ref.sentence.text) ? 0.5 : 1;
    const tooShort = ref.tokens.size < 5 ? 0.3 : 1;
    return { i, score: (outlets + position) * quoteHeavy * tooShort };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: number[] = [];
  for (const { i } of scored) {
    if (chosen.length >= max) break;
    const same = (j: number) => j === i || duplicates[j]!.includes(i) || index.similarity(i, j) >= 0.5;
    if (chosen.some(same)) continue;
    chosen.push(i);
  }
  // Read in story order: by position in the article that carries each point first.
  chosen.sort((a, b) => refs[a]!.sentence.index - refs[b]!.sentence.index || refs[a]!.article - refs[b]!.article);
  return chosen.map((i) => {
    const ref = refs[i]!;
    const group = [i, ...duplicates[i]!.filter((j, k, all) => all.findIndex((x) => refs[x]!.article === refs[j]!.article) === k)];
    return {
      text: ref.sentence.text,
      support: group.map((j) => ({ articleId: refs[j]!.sentence.articleId, start: refs[j]!.sentence.start, end: refs[j]!.sentence.end })),
    };
  });
}
