// Open-question columns: whether each expected open question appears (its must_mention words
// found in one question's topic, question and evidence), whether its evidence comes from the
// articles expected.json names, and whether a one-outlet matter is marked single-source.

import type { Briefing, OpenQuestion } from '../briefing.ts';
import type { Evaluator } from './evaluator.ts';
import { type Metric, ratio } from './metric.ts';
import { refersTo, squash } from './text-match.ts';

export interface ExpectedQuestion {
  topic: string;
  must_mention_all?: string[];
  must_mention_any?: string[];
  in?: string[];
}

export function expectedQuestions(expected: Record<string, unknown>): ExpectedQuestion[] {
  const list = expected.open_questions;
  if (!Array.isArray(list)) return [];
  return list.filter((q): q is ExpectedQuestion => typeof q === 'object' && q !== null && typeof (q as ExpectedQuestion).topic === 'string');
}

function textOf(q: OpenQuestion): string {
  return squash([q.topic, q.question, ...q.evidence.map((e) => e.text)].join(' | '));
}

export function mentions(q: OpenQuestion, e: ExpectedQuestion): boolean {
  const text = ` ${textOf(q)} `;
  const has = (w: string) => text.includes(` ${squash(w)} `) || text.includes(squash(w));
  const all = (e.must_mention_all ?? []).every(has);
  const any = (e.must_mention_any ?? []).length === 0 || (e.must_mention_any ?? []).some(has);
  return all && any;
}

/**
 * Each expected question paired with a different found question that mentions what it must,
 * preferring the one naming the most of its words.
 */
export function matchQuestions(briefing: Briefing, wanted: ExpectedQuestion[]): (OpenQuestion | undefined)[] {
  const taken = new Set<OpenQuestion>();
  const words = (e: ExpectedQuestion) => [...(e.must_mention_all ?? []), ...(e.must_mention_any ?? [])].map(squash);
  return wanted.map((e) => {
    const candidates = briefing.openQuestions
      .filter((q) => !taken.has(q) && mentions(q, e))
      .map((q) => ({ q, score: words(e).filter((w) => textOf(q).includes(w)).length }))
      .sort((a, b) => b.score - a.score);
    const best = candidates[0]?.q;
    if (best) taken.add(best);
    return best;
  });
}

export const openQuestionEvaluator: Evaluator = {
  columns: [
    { key: 'oqFound', header: 'oq found' },
    { key: 'oqEvidence', header: 'oq evid' },
    { key: 'oqSingle', header: 'oq 1-src' },
  ],
  evaluate({ expected, briefing }) {
    const wanted = expectedQuestions(expected as Record<string, unknown>);
    if (wanted.length === 0) return {};
    const found = matchQuestions(briefing, wanted);
    const pairs = wanted.map((e, i) => ({ e, q: found[i] })).filter((p): p is { e: ExpectedQuestion; q: OpenQuestion } => Boolean(p.q));
    const fromRightArticles = pairs.filter(({ e, q }) => (e.in ?? []).every((ref) => q.evidence.some((ev) => refersTo(ref, ev.articleId))));
    const rightMark = pairs.filter(({ e, q }) => ((e.in ?? []).length === 1) === Boolean(q.singleSource));
    const out: Record<string, Metric> = {
      oqFound: ratio(pairs.length, wanted.length),
      oqEvidence: ratio(fromRightArticles.length, pairs.length),
      oqSingle: ratio(rightMark.length, pairs.length),
    };
    return out;
  },
};
