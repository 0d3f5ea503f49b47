// Where outlets disagree on a checkable detail of the same point: counts, durations, dates, sums.
// Only sentences that make the same point (near-duplicates or paraphrases across outlets) are
// compared, so "four vessels" against "five ships" is caught and two unrelated numbers are not;
// "two-and-a-half years" against "2 ½ years" is agreement.

import type { Analysis } from '../analyse/types.ts';
import type { Disagreement, Evidence } from '../briefing.ts';
import { agree, comparable, type Detail, detailsIn } from './difference-details.ts';
import { indexSentences, type NearDuplicateIndex } from './near-duplicates.ts';

export interface DisagreementOptions {
  index?: NearDuplicateIndex;
}

/** Where outlets give different values for a checkable detail of the same point. */
export function findDisagreements(analysis: Analysis, options: DisagreementOptions = {}): Disagreement[] {
  if (analysis.articles.length < 2) return [];
  const index = options.index ?? indexSentences(analysis);
  const details = new Map<number, Detail[]>();
  const detailsOf = (i: number) => {
    let d = details.get(i);
    if (!d) {
      d = detailsIn(index.refs[i]!.sentence.text);
      details.set(i, d);
    }
    return d;
  };
  const found = new Map<string, { about: string; versions: Map<string, Evidence> }>();
  index.refs.forEach((_, i) => {
    for (const j of index.paraphrases[i]!) {
      if (j < i) continue;
      for (const x of detailsOf(i)) {
        const rivals = detailsOf(j).filter((y) => comparable(x, y));
        if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
        const y = rivals[0]!;
        const key = `${Math.min(i, ...index.paraphrases[i]!)}:${x.kind}`;
        const entry = found.get(key) ?? { about: aboutOf(x, y), versions: new Map<string, Evidence>() };
        for (const k of [i, j]) {
          const s = index.refs[k]!.sentence;
          if (!entry.versions.has(s.articleId)) entry.versions.set(s.articleId, { articleId: s.articleId, text: s.text, start: s.start, end: s.end });
        }
        found.set(key, entry);
      }
    }
  });
  return [...found.values()].map((e) => ({ about: e.about, versions: [...e.versions.values()] }));
}

const ASK: Record<Detail['kind'], string> = {
  count: 'How many',
  duration: 'How long',
  weekday: 'Which day',
  date: 'Which date',
  year: 'Which year',
  percent: 'What share',
  money: 'How much',
};

function aboutOf(x: Detail, y: Detail): string {
  return `${ASK[x.kind]}: “${x.text}” or “${y.text}”`;
}
