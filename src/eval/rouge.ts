// ROUGE-N (Lin, 2004): n-gram overlap of a candidate summary with a reference, with clipped
// counts. Words are lower-cased, spelling-normalised (US/U.S., programme/program) and lightly
// stemmed, as ROUGE is usually run with stemming; stopwords are kept, as in the standard setting.

import { normaliseForComparison, stem } from '../text/normalize.ts';

export interface RougeScore {
  /** Overlapping n-grams (clipped), and n-gram totals of candidate and reference. */
  overlap: number;
  candidate: number;
  reference: number;
  precision: number;
  recall: number;
  f1: number;
}

export function rougeTokens(text: string): string[] {
  return (normaliseForComparison(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * ROUGE-N of a candidate (one string, or sentences joined) against a reference. Sentence lists
 * are scored sentence by sentence for n-grams, so no n-gram spans two sentences.
 */
export function rougeN(candidate: string | string[], reference: string | string[], n: number): RougeScore {
  const count = (texts: string | string[]) => {
    const total = new Map<string, number>();
    for (const text of Array.isArray(texts) ? texts : [texts]) {
      for (const [k, v] of ngrams(rougeTokens(text), n)) total.set(k, (total.get(k) ?? 0) + v);
    }
    return total;
  };
  const cand = count(candidate);
  const ref = count(reference);
  let overlap = 0;
  for (const [k, v] of cand) overlap += Math.min(v, ref.get(k) ?? 0);
  const candidateTotal = [...cand.values()].reduce((s, v) => s + v, 0);
  const referenceTotal = [...ref.values()].reduce((s, v) => s + v, 0);
  const precision = candidateTotal > 0 ? overlap / candidateTotal : 0;
  const recall = referenceTotal > 0 ? overlap / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { overlap, candidate: candidateTotal, reference: referenceTotal, precision, recall, f1 };
}
