// Quote columns: key-quote precision and recall against expected.json, speaker accuracy on the
// quotes found, cross-outlet merging, and fragments wrongly promoted to key quotes.

import type { Briefing, Quote } from '../briefing.ts';
import type { Evaluator } from './evaluator.ts';
import { type Metric, count, ratio } from './metric.ts';
import { refersTo, sameName, startsLike } from './text-match.ts';

function quoteMatches(q: Quote, starts: string, texts: Map<string, string>): boolean {
  if (startsLike(q.text, starts)) return true;
  return q.support.some((s) => startsLike(texts.get(s.articleId)?.slice(s.start, s.end) ?? '', starts));
}

function speakerMatches(q: Quote, expected: string): boolean {
  if (/unnamed/i.test(expected)) return q.speaker === null && Boolean(q.unnamedSpeaker);
  return q.speaker !== null && sameName(q.speaker.name, expected);
}

export const quoteEvaluator: Evaluator = {
  columns: [
    { key: 'quoteP', header: 'quote P' },
    { key: 'quoteR', header: 'quote R' },
    { key: 'speaker', header: 'speaker' },
    { key: 'merged', header: 'merged' },
    { key: 'fragLeak', header: 'frag→key' },
  ],
  evaluate({ expected, briefing, articles }) {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    const found = briefing.quotes;
    const matchOf = expected.quotes.map((e) => found.find((q) => quoteMatches(q, e.starts, texts)));
    const hitQuotes = found.filter((q) => expected.quotes.some((e) => quoteMatches(q, e.starts, texts)));
    const matched = expected.quotes.filter((_, i) => matchOf[i]);
    const rightSpeaker = expected.quotes.filter((e, i) => matchOf[i] && speakerMatches(matchOf[i]!, e.speaker));
    const multi = expected.quotes.map((e, i) => ({ e, q: matchOf[i] })).filter(({ e }) => e.in.length > 1);
    const mergedOk = multi.filter(({ e, q }) => q && e.in.every((ref) => q.support.some((s) => refersTo(ref, s.articleId))));
    const leaks = expected.quoted_fragments.filter((f) => found.some((q) => startsLike(q.text, f.text) && q.text.length <= f.text.length + 3));
    const out: Record<string, Metric> = {
      quoteP: ratio(hitQuotes.length, found.length),
      quoteR: ratio(matched.length, expected.quotes.length),
      speaker: ratio(rightSpeaker.length, matched.length),
      merged: ratio(mergedOk.length, multi.length),
      fragLeak: count(leaks.length),
    };
    return out;
  },
};

/** Quotes of a briefing paired with expected ones, for a test's failure message. */
export function describeQuoteMisses(briefing: Briefing, expectedQuotes: { starts: string; speaker: string }[]): string[] {
  return expectedQuotes
    .map((e) => {
      const q = briefing.quotes.find((x) => startsLike(x.text, e.starts));
      if (!q) return `missing: ${e.starts}`;
      if (!speakerMatches(q, e.speaker)) return `wrong speaker for "${e.starts}": ${q.speaker?.name ?? q.unnamedSpeaker ?? 'none'}`;
      return '';
    })
    .filter(Boolean);
}
