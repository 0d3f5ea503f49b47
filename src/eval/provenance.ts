// The provenance property: every line of a Briefing credits an article only where that article's
// cleaned text says it. Used by the tests (on every briefing they build from a corpus) and by
// `npm run eval` (on every corpus and, with ../shared, every dev-set document).
//
// What is checked, span by span:
// - every span lies inside its article's text, and its article is one of the briefing's;
// - a quote or fragment: its text is verbatim at one of its spans; each other outlet's spans, in
//   order, hold the same words (the allowed normalisation: case, punctuation, US/U.S.-style
//   spelling variants, one slipped word in long quotes; see stages/quotes/wording.ts), never
//   fewer or more;
// - an open question's evidence and a disagreement's version: the evidence text is at its span;
// - a difference's only-here sentence: its text is at its span in its article;
// - a key point: its text is at one of its spans (a shortened key point: its words open that span).

import type { Article } from '../article.ts';
import type { Briefing, Quote, Support } from '../briefing.ts';
import { sameWording, squashWords } from '../stages/quotes/wording.ts';
import type { Evaluator } from './evaluator.ts';
import { count } from './metric.ts';

export interface ProvenanceViolation {
  /** Where in the briefing: "quotes[3]", "keyPoints[0]", "openQuestions[1].evidence[0]". */
  where: string;
  articleId: string;
  start: number;
  end: number;
  /** What the briefing claims the span holds. */
  claimed: string;
  /** What the article's text holds there (shortened), or why there is nothing to read. */
  found: string;
}

export function checkProvenance(briefing: Briefing, articles: readonly Article[]): ProvenanceViolation[] {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const out: ProvenanceViolation[] = [];
  const at = (s: Support): string | undefined => {
    const text = texts.get(s.articleId);
    if (text === undefined || s.start < 0 || s.end > text.length || s.start > s.end) return undefined;
    return text.slice(s.start, s.end);
  };
  const report = (where: string, s: Support, claimed: string, found: string | undefined): void => {
    out.push({ where, articleId: s.articleId, start: s.start, end: s.end, claimed, found: found === undefined ? '(no such span)' : shorten(found) });
  };

  const quote = (where: string, q: Quote) => {
    const byArticle = new Map<string, Support[]>();
    for (const s of q.support) {
      if (at(s) === undefined) report(where, s, q.text, undefined);
      else byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s]);
    }
    const verbatim = q.support.some((s) => at(s) === q.text);
    if (!verbatim && q.support[0]) report(`${where} (printed text verbatim nowhere)`, q.support[0], q.text, at(q.support[0]));
    const words = squashWords(q.text);
    for (const spans of byArticle.values()) {
      const ordered = [...spans].sort((a, b) => a.start - b.start);
      if (ordered.some((s) => at(s) === q.text)) continue;
      // One span per printing of the quote, or the pieces of one printing, in order.
      const each = ordered.every((s) => sameWording(squashWords(at(s)!), words));
      const together = sameWording(ordered.flatMap((s) => squashWords(at(s)!)), words);
      if (!each && !together) report(where, ordered[0]!, q.text, ordered.map((s) => at(s)!).join(' | '));
    }
  };
  briefing.quotes.forEach((q, i) => {
    quote(`quotes[${i}]`, q);
  });
  (briefing.fragments ?? []).forEach((q, i) => {
    quote(`fragments[${i}]`, q);
  });

  briefing.keyPoints.forEach((k, i) => {
    for (const s of k.support) if (at(s) === undefined) report(`keyPoints[${i}]`, s, k.text, undefined);
    const own = k.support.some((s) => holdsKeyPoint(at(s), k.text));
    if (!own && k.support[0]) report(`keyPoints[${i}] (its text is at none of its spans)`, k.support[0], k.text, at(k.support[0]));
  });
  briefing.openQuestions.forEach((q, i) => {
    q.evidence.forEach((e, j) => {
      const found = at(e);
      if (found === undefined || !sameText(found, e.text)) report(`openQuestions[${i}].evidence[${j}]`, e, e.text, found);
    });
  });
  briefing.differences.forEach((d, i) => {
    d.onlyHere.forEach((o, j) => {
      const s = { articleId: d.articleId, start: o.start, end: o.end };
      const found = at(s);
      if (found === undefined || !sameText(found, o.text)) report(`differences[${i}].onlyHere[${j}]`, s, o.text, found);
    });
  });
  (briefing.disagreements ?? []).forEach((d, i) => {
    d.versions.forEach((v, j) => {
      const found = at(v);
      if (found === undefined || !sameText(found, v.text)) report(`disagreements[${i}].versions[${j}]`, v, v.text, found);
    });
  });
  return out;
}

/** Verbatim, or the same words (a renderer may tidy spaces or quote marks). */
function sameText(found: string, claimed: string): boolean {
  if (found === claimed) return true;
  const a = squashWords(found);
  const b = squashWords(claimed);
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** A key point is its sentence, or the sentence shortened: its words open the span's words. */
function holdsKeyPoint(found: string | undefined, text: string): boolean {
  if (found === undefined) return false;
  if (found === text || sameText(found, text)) return true;
  const a = squashWords(found);
  // A shortened key point ends with "…": the words before it must be the sentence's, in order.
  const b = squashWords(text.replace(/\s*…\s*$/, ''));
  if (b.length === 0 || b.length > a.length) return false;
  return a.join(' ').includes(b.join(' '));
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** `npm run eval`'s column: provenance violations in the corpus's briefing (0 is the only pass). */
export const provenanceEvaluator: Evaluator = {
  columns: [{ key: 'provenance', header: 'prov. ✗' }],
  evaluate: ({ briefing, articles }) => ({ provenance: count(checkProvenance(briefing, articles).length) }),
};
