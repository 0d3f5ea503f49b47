// The sentence index every cross-outlet stage shares: near-duplicate sentences across articles and
// a sparse similarity graph for centrality, both found through an inverted index of stemmed content
// words — never by comparing all pairs. Each sentence meets only the sentences that share a
// not-too-common word with it, and keeps at most a fixed number of neighbours, so the cost grows
// with sentences × words × cap instead of with the square of the sentences.

import type { Analysis, Sentence } from '../analyse/types.ts';
import { comparisonTerms } from './briefing-scope.ts';

export interface SentenceRef {
  article: number;
  sentence: Sentence;
  /** Stemmed, spelling-normalised content words (US/U.S., programmes/programs meet here). */
  tokens: Set<string>;
}

export interface Neighbour {
  ref: number;
  /** Cosine similarity of idf-weighted word sets, in (0, 1]. */
  weight: number;
}

export interface NearDuplicateIndex {
  refs: SentenceRef[];
  /** For each ref (same order as `refs`), the refs in other outlets' articles that say the same thing. */
  duplicates: number[][];
  /**
   * For each ref, the refs in other outlets' articles that make the same point in other words
   * (looser than `duplicates`, which it includes): "suspended all ferries" / "grounded its fleet".
   */
  paraphrases: number[][];
  /** For each ref, its most similar sentences in any article (the sparse graph), strongest first. */
  neighbours: Neighbour[][];
  /** Similarity of two refs: idf-weighted overlap of their words (1 when one contains the other). */
  similarity(a: number, b: number): number;
  /** Cosine of the idf-weighted word sets of two refs. */
  cosine(a: number, b: number): number;
  /** Inverse document frequency of a stemmed term over the sentences (rare words weigh more). */
  idf(term: string): number;
  /** Distinct outlets of the articles in the analysis. */
  outletCount: number;
  /** The outlet of an article (by position in the analysis); articles without one count alone. */
  outletOf(article: number): string;
}

export interface IndexOptions {
  /** Weighted overlap at or above which two sentences of different outlets say the same thing. */
  threshold?: number;
  /** Words in more sentences than this are not used to find candidates (they still count in scores). */
  maxPostings?: number;
  /** Candidates examined, and neighbours kept, per sentence. */
  maxNeighbours?: number;
}

const DEFAULTS = { threshold: 0.6, maxPostings: 80, maxNeighbours: 24 };
/** Same point in other words: enough shared rare words, and close as wholes. */
const PARAPHRASE = { weighted: 0.4, cosine: 0.3, shared: 4 };
/** Fewer shared words than this is chance, not the same sentence ("He said." in two outlets). */
const MIN_SHARED = 3;

/** Plain overlap coefficient of two sets (kept for callers comparing their own token sets). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

export function indexSentences(analysis: Analysis, thresholdOrOptions: number | IndexOptions = {}): NearDuplicateIndex {
  const options = typeof thresholdOrOptions === 'number' ? { threshold: thresholdOrOptions } : thresholdOrOptions;
  const { threshold, maxPostings, maxNeighbours } = { ...DEFAULTS, ...options };
  const outlets = analysis.articles.map((a) => a.article.outlet || a.article.id);
  const refs: SentenceRef[] = [];
  analysis.articles.forEach((a, article) => {
    for (const sentence of a.sentences) refs.push({ article, sentence, tokens: new Set(comparisonTerms(sentence.text)) });
  });

  // Terms become integers and each sentence a sorted id array, so the pair checks below are merges
  // of small arrays instead of hash lookups.
  const termId = new Map<string, number>();
  const ids = refs.map((ref) => {
    const out = new Int32Array(ref.tokens.size);
    let k = 0;
    for (const t of ref.tokens) {
      let id = termId.get(t);
      if (id === undefined) {
        id = termId.size;
        termId.set(t, id);
      }
      out[k++] = id;
    }
    return out.sort();
  });
  const df = new Int32Array(termId.size);
  for (const list of ids) for (const id of list) df[id]!++;
  const postings: Int32Array[] = Array.from(df, (count) => new Int32Array(count));
  const fill = new Int32Array(termId.size);
  ids.forEach((list, i) => {
    for (const id of list) postings[id]![fill[id]!++] = i;
  });
  const n = Math.max(refs.length, 1);
  const idfOf = Float64Array.from(df, (count) => Math.log(1 + n / Math.max(count, 1)));
  const idf = (t: string) => {
    const id = termId.get(t);
    return id === undefined ? Math.log(1 + n) : idfOf[id]!;
  };
  const mass = ids.map((list) => list.reduce((s, id) => s + idfOf[id]!, 0));
  const norm = ids.map((list) => Math.sqrt(list.reduce((s, id) => s + idfOf[id]! ** 2, 0)));

  const shared = { s: 0, sq: 0, count: 0 };
  const measure = (a: number, b: number) => {
    const x = ids[a]!;
    const y = ids[b]!;
    shared.s = 0;
    shared.sq = 0;
    shared.count = 0;
    for (let p = 0, q = 0; p < x.length && q < y.length; ) {
      if (x[p]! < y[q]!) p++;
      else if (x[p]! > y[q]!) q++;
      else {
        const w = idfOf[x[p]!]!;
        shared.s += w;
        shared.sq += w * w;
        shared.count++;
        p++;
        q++;
      }
    }
    return shared;
  };
  const similarity = (a: number, b: number) => {
    const m = Math.min(mass[a]!, mass[b]!);
    return m > 0 ? measure(a, b).s / m : 0;
  };
  const cosine = (a: number, b: number) => {
    const d = norm[a]! * norm[b]!;
    return d > 0 ? measure(a, b).sq / d : 0;
  };

  const neighbours: Neighbour[][] = refs.map(() => []);
  const duplicates: number[][] = refs.map(() => []);
  const paraphrases: number[][] = refs.map(() => []);
  const seen = new Set<number>();
  const score = new Float64Array(n);
  for (let i = 0; i < refs.length; i++) {
    for (const j of candidatesOf(i, ids[i]!, postings, idfOf, score, maxPostings, maxNeighbours)) {
      // Each pair once, whichever end found it; both ends are filled below.
      const key = Math.min(i, j) * n + Math.max(i, j);
      if (seen.has(key)) continue;
      seen.add(key);
      const { s: sharedIdf, sq, count } = measure(i, j);
      if (count === 0) continue;
      const weight = sq / (norm[i]! * norm[j]! || 1);
      neighbours[i]!.push({ ref: j, weight });
      neighbours[j]!.push({ ref: i, weight });
      if (outlets[refs[i]!.article] === outlets[refs[j]!.article]) continue;
      const weighted = sharedIdf / (Math.min(mass[i]!, mass[j]!) || 1);
      const duplicate = count >= MIN_SHARED && weighted >= threshold;
      if (duplicate) {
        duplicates[i]!.push(j);
        duplicates[j]!.push(i);
      }
      if (duplicate || (count >= PARAPHRASE.shared && weighted >= PARAPHRASE.weighted && weight >= PARAPHRASE.cosine)) {
        paraphrases[i]!.push(j);
        paraphrases[j]!.push(i);
      }
    }
  }
  for (const list of neighbours) {
    list.sort((a, b) => b.weight - a.weight || a.ref - b.ref);
    // A sentence may be chosen by more than the cap as someone's candidate; keep the strongest.
    if (list.length > maxNeighbours * 2) list.length = maxNeighbours * 2;
  }
  for (const list of [...duplicates, ...paraphrases]) list.sort((a, b) => a - b);

  return {
    refs,
    duplicates,
    paraphrases,
    neighbours,
    similarity,
    cosine,
    idf,
    outletCount: new Set(outlets).size,
    outletOf: (article) => outlets[article] ?? String(article),
  };
}

/**
 * The sentences worth comparing with sentence i: those sharing its rarer words, ranked by the idf
 * mass they share, at most `cap` of them. Words in more than `maxPostings` sentences are skipped
 * (they say little about sameness and would make this quadratic) unless nothing rarer is left;
 * then only the first `maxPostings` sentences carrying them are looked at.
 */
function candidatesOf(
  i: number,
  terms: Int32Array,
  postings: Int32Array[],
  idf: Float64Array,
  score: Float64Array,
  maxPostings: number,
  cap: number,
): number[] {
  let rare = 0;
  for (let k = 0; k < terms.length; k++) if (postings[terms[k]!]!.length <= maxPostings) rare++;
  // The rarer words in the sentence's order, or (fewer than two of them) its two rarest words.
  const chosen = rare >= 2 ? terms : Array.from(terms).sort((a, b) => postings[a]!.length - postings[b]!.length || a - b).slice(0, 2);
  const touched: number[] = [];
  for (const id of chosen) {
    const list = postings[id]!;
    if (rare >= 2 && list.length > maxPostings) continue;
    const w = idf[id]!;
    const limit = Math.min(list.length, maxPostings);
    for (let k = 0; k < limit; k++) {
      const j = list[k]!;
      if (j === i) continue;
      if (score[j] === 0) touched.push(j);
      score[j]! += w;
    }
  }
  const ranked = strongest(touched, score, cap);
  for (const j of touched) score[j] = 0;
  return ranked;
}

/**
 * The `cap` sentences of highest score (ties: the lower index first), in that order: what sorting
 * them all and keeping the first `cap` gives, without sorting the hundreds a common word touches.
 */
export function strongest(touched: number[], score: Float64Array, cap: number): number[] {
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  if (touched.length <= cap) return touched.sort((a, b) => score[b]! - score[a]! || a - b);
  const best: number[] = [];
  for (const j of touched) {
    if (best.length === cap && !before(j, best[cap - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(j, best[at - 1]!)) at--;
    best.splice(at, 0, j);
    if (best.length > cap) best.pop();
  }
  return best;
}
