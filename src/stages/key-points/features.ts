// What makes a sentence a key point, as numbers: how central it is in the story, how far the other
// outlets say the same (in near-identical words, in other words, or only in part), how much of the
// outlets' own headline vocabulary it carries, and how it reads alone. The weights that combine them
// (in key-points.ts) were fitted on the training split of a multi-outlet roundup set (NeuS/AllSides:
// real stories of 2–3 outlets with an editor's neutral summary), and checked on its validation split.

import type { Analysis } from '../../analyse/types.ts';
import { comparisonTerms } from '../briefing-scope.ts';
import type { NearDuplicateIndex } from '../near-duplicates.ts';
import { centrality } from './centrality.ts';

export interface SentenceFeatures {
  /** LexRank centrality, scaled so the story's most central sentence is 1. */
  central: number;
  /** Mean over the other outlets of the closest sentence's cosine: soft agreement, 0–1. */
  agree: number;
  /** Share of the other outlets making the same point in other words. */
  coverage: number;
  /** Share of the other outlets printing a near-identical sentence. */
  duplicateCoverage: number;
  /** Idf-weighted share of its words that the outlets' headlines use (other outlets', for a headline). */
  titleVocabulary: number;
  /** Opens with a quotation mark: the quotes section carries quotations. */
  quotation: boolean;
  /** Leans on the sentence before ("He said…", "But…", "Their…"). */
  dangling: boolean;
  /** Fewer than eight words: a fragment, a label, a question heading. */
  short: boolean;
  /** The article's own headline, printed as its first line. */
  headline: boolean;
  /** Place in its article's body, from 0 (the lede); a headline counts as -1. */
  bodyIndex: number;
}

const DANGLING = /^(he|she|they|it|this|that|these|those|his|her|their|its|but|and|still|however|also|so|then)\b/i;

export function sentenceFeatures(index: NearDuplicateIndex, analysis: Analysis): SentenceFeatures[] {
  const central = centrality(index);
  const top = Math.max(...central, 1e-9);
  const outlets = [...new Set(index.refs.map((r) => index.outletOf(r.article)))];
  const others = Math.max(outlets.length - 1, 1);
  const headline = headlineFlags(index, analysis);
  const titleOutlets = titleVocabularyOf(index, analysis);
  const bodyIndex = bodyIndexes(index, headline);
  return index.refs.map((ref, i) => {
    const own = index.outletOf(ref.article);
    const outletsOf = (list: number[]) => new Set(list.map((j) => index.outletOf(index.refs[j]!.article)).filter((o) => o !== own)).size;
    // The closest sentence of each other outlet, from the sparse graph: a sentence sharing no rarer
    // word with this one is not close anyway.
    const closest = new Map<string, number>();
    for (const { ref: j, weight } of index.neighbours[i]!) {
      const outlet = index.outletOf(index.refs[j]!.article);
      if (outlet !== own && weight > (closest.get(outlet) ?? 0)) closest.set(outlet, weight);
    }
    let all = 0;
    let titled = 0;
    for (const t of ref.tokens) {
      const w = index.idf(t);
      all += w;
      const using = titleOutlets.get(t);
      if (!using) continue;
      const count = headline[i] ? using.size - (using.has(own) ? 1 : 0) : using.size;
      titled += (w * count) / (headline[i] ? others : Math.max(outlets.length, 1));
    }
    const words = ref.sentence.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return {
      central: central[i]! / top,
      agree: outlets.length > 1 ? [...closest.values()].reduce((s, v) => s + v, 0) / others : 0,
      coverage: outlets.length > 1 ? outletsOf(index.paraphrases[i]!) / others : 0,
      duplicateCoverage: outlets.length > 1 ? outletsOf(index.duplicates[i]!) / others : 0,
      titleVocabulary: all > 0 ? titled / all : 0,
      quotation: /^[“"‘']/u.test(ref.sentence.text),
      dangling: DANGLING.test(ref.sentence.text),
      short: words < 8,
      headline: headline[i]!,
      bodyIndex: bodyIndex[i]!,
    };
  });
}

/** Each sentence's place among its article's body sentences (headlines left out, counted -1). */
function bodyIndexes(index: NearDuplicateIndex, headline: boolean[]): number[] {
  const seen = new Map<number, number>();
  return index.refs.map((ref, i) => {
    if (headline[i]) return -1;
    const n = seen.get(ref.article) ?? 0;
    seen.set(ref.article, n + 1);
    return n;
  });
}

/**
 * Which sentences are their article's headline (the cleaned text often starts with it): the
 * headline itself, or a piece of it when the splitter cut it in two ("Fully vaccinated? Agency says
 * travel is safe.") or the cleaner dropped a label ("Agency: travel is safe").
 */
export function headlineFlags(index: NearDuplicateIndex, analysis: Analysis): boolean[] {
  const titles = analysis.articles.map((a) => plain(a.article.title ?? ''));
  return index.refs.map((ref) => {
    const title = titles[ref.article]!;
    const text = plain(ref.sentence.text);
    if (title.length === 0 || text.length === 0) return false;
    return text === title || (ref.sentence.paragraph === 0 && ` ${title} `.includes(` ${text} `));
  });
}

/** Letters and digits only, lower-cased: a headline printed with or without its full stop. */
const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** For each stemmed word, the outlets whose headline uses it. */
function titleVocabularyOf(index: NearDuplicateIndex, analysis: Analysis): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  analysis.articles.forEach((a, article) => {
    const outlet = index.outletOf(article);
    for (const t of comparisonTerms(a.article.title ?? '')) out.set(t, (out.get(t) ?? new Set()).add(outlet));
  });
  return out;
}
