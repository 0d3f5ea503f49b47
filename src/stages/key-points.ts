// Key points: 3–6 sentences taken verbatim, chosen for centrality on the sparse similarity graph
// (LexRank-style), for how many outlets carry them, and for position (ledes matter); picked with
// MMR so no two say the same thing, and ordered as the stories tell them. Near-identical sentences
// from different outlets appear once, crediting each outlet.

import type { Analysis } from '../analyse/types.ts';
import type { KeyPoint, Support } from '../briefing.ts';
import { indexSentences, type NearDuplicateIndex } from './near-duplicates.ts';

export interface KeyPointOptions {
  index?: NearDuplicateIndex;
  /** At most this many points (default 5, or 6 from four outlets on). */
  max?: number;
  /** At least this many when the articles have them (default 3). */
  min?: number;
}

const WEIGHTS = { centrality: 0.45, coverage: 0.3, position: 0.25 };
/** How much novelty (words not yet covered) weighs against plain relevance in each pick. */
const LAMBDA = 0.8;
/** Past the minimum, stop when the next pick is worth less than this share of the first. */
const STOP_RATIO = 0.45;
/** Weighted overlap at which a candidate repeats a chosen point (one contains most of the other). */
const REPEAT = 0.5;

export function selectKeyPoints(analysis: Analysis, options: KeyPointOptions = {}): KeyPoint[] {
  const index = options.index ?? indexSentences(analysis);
  // More outlets bring more material worth a point; a pair of articles rarely needs six.
  const max = options.max ?? (index.outletCount >= 4 ? 6 : 5);
  const min = Math.min(options.min ?? 3, max);
  const scores = keyPointScores(index);
  const chosen = pickWithMmr(index, scores, min, max);
  return orderForReading(index, chosen).map((i) => ({ text: index.refs[i]!.sentence.text, support: supportOf(index, i) }));
}

/**
 * Every outlet's sentence saying the same thing, the chosen one first: per other article, its
 * near-identical sentences (all of them: one outlet may split what another says in one), else the
 * closest sentence making the same point in other words.
 */
export function supportOf(index: NearDuplicateIndex, i: number): Support[] {
  const toSupport = (j: number): Support => {
    const s = index.refs[j]!.sentence;
    return { articleId: s.articleId, start: s.start, end: s.end };
  };
  const byArticle = new Map<number, number[]>();
  for (const j of index.paraphrases[i]!) {
    const article = index.refs[j]!.article;
    byArticle.set(article, [...(byArticle.get(article) ?? []), j]);
  }
  const others = [...byArticle.keys()]
    .sort((a, b) => a - b)
    .flatMap((article) => {
      const candidates = byArticle.get(article)!;
      const same = candidates.filter((j) => index.duplicates[i]!.includes(j));
      if (same.length > 0) return same;
      return [candidates.reduce((best, j) => (index.cosine(i, j) > index.cosine(i, best) ? j : best))];
    });
  return [i, ...others].map(toSupport);
}

/** How much each sentence deserves to be a key point, before diversity. */
export function keyPointScores(index: NearDuplicateIndex): number[] {
  const central = centrality(index);
  const top = Math.max(...central, 1e-9);
  const multiOutlet = index.outletCount > 1;
  return index.refs.map((ref, i) => {
    const group = [i, ...index.paraphrases[i]!];
    const outlets = new Set(group.map((j) => index.outletOf(index.refs[j]!.article))).size;
    const coverage = multiOutlet ? (outlets - 1) / (index.outletCount - 1) : 0;
    // The best position any outlet gives the point: one outlet's lede is another's third paragraph.
    const position = Math.max(...group.map((j) => Math.exp(-index.refs[j]!.sentence.index / 2)));
    const relevance =
      WEIGHTS.centrality * (central[i]! / top) + (multiOutlet ? WEIGHTS.coverage * coverage : 0) + WEIGHTS.position * position;
    return relevance * readability(ref.sentence.text, ref.tokens.size);
  });
}

/**
 * Sentences that read badly on their own count for less: quotations (the quotes section has
 * them), sentences leaning on a previous one ("He said…", "But…"), fragments and run-ons.
 */
function readability(text: string, words: number): number {
  let factor = 1;
  const quotation = /^[“"‘']/.test(text);
  if (quotation) factor *= 0.4;
  // What the principals said or did is the news; an analyst's view is commentary, and narrative
  // background without a source is context.
  else if (COMMENTARY.test(text)) factor *= 0.8;
  else if (STATEMENT.test(text)) factor *= 1.15;
  // What is only reported or believed is an open question, not a point the story establishes.
  if (HEDGED.test(text)) factor *= 0.8;
  if (/^(he|she|they|it|this|that|these|those|but|and|still|however|also|so|then)\b/i.test(text)) factor *= 0.6;
  if (/\?$/.test(text.trim())) factor *= 0.5;
  if (words < 5) factor *= 0.3;
  else if (words < 8) factor *= 0.75;
  if (words > 45) factor *= 0.7;
  return factor;
}

const STATEMENT = /\b(said|says|told|announced|announces|denied|denies|deny|warned|urged|stated|confirmed|rejected|pledged|agreed|condemned|ordered)\b/;
const HEDGED = /\b(reportedly|allegedly|purportedly|apparently|(?:is|are|was|were)\s+(?:believed|thought|rumou?red)\s+to)\b/i;
const COMMENTARY = /\b(analyst|expert|professor|researcher|scholar|commentator|fellow|economist|strategist)s?\b/i;

const centralityCache = new WeakMap<NearDuplicateIndex, number[]>();

/** LexRank: PageRank over the sparse, weighted similarity graph (cost grows with its edges). */
export function centrality(index: NearDuplicateIndex, damping = 0.85, iterations = 40): number[] {
  const cached = centralityCache.get(index);
  if (cached) return cached;
  const n = index.refs.length;
  if (n === 0) return [];
  // The graph in flat arrays (row offsets, targets, transition weights): the loop runs hot.
  const offsets = new Int32Array(n + 1);
  index.neighbours.forEach((list, i) => {
    offsets[i + 1] = offsets[i]! + list.length;
  });
  const targets = new Int32Array(offsets[n]!);
  const share = new Float64Array(offsets[n]!);
  index.neighbours.forEach((list, i) => {
    const total = list.reduce((s, e) => s + e.weight, 0);
    list.forEach((e, k) => {
      targets[offsets[i]! + k] = e.ref;
      share[offsets[i]! + k] = total > 0 ? e.weight / total : 0;
    });
  });
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    next.fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      if (from === to) {
        dangling += rank[i]!;
        continue;
      }
      const r = damping * rank[i]!;
      for (let k = from; k < to; k++) next[targets[k]!]! += r * share[k]!;
    }
    const spread = (damping * dangling) / n;
    for (let i = 0; i < n; i++) next[i]! += spread;
    [rank, next] = [next, rank];
  }
  const result = Array.from(rank);
  centralityCache.set(index, result);
  return result;
}

/**
 * Greedy selection, MMR-style: each pick is worth its relevance times its novelty — the share of
 * its (idf-weighted) words that the points already chosen do not cover. A sentence restating a
 * chosen point, in any outlet, is blocked outright.
 */
function pickWithMmr(index: NearDuplicateIndex, scores: number[], min: number, max: number): number[] {
  const chosen: number[] = [];
  const blocked = new Set<number>();
  const covered = new Set<string>();
  // Only the best candidates can win; looking further would only cost time on big clusters.
  const pool = scores
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, Math.max(60, max * 10))
    .map(({ i }) => i);
  const novelty = (i: number) => {
    let all = 0;
    let fresh = 0;
    for (const t of index.refs[i]!.tokens) {
      const w = index.idf(t);
      all += w;
      if (!covered.has(t)) fresh += w;
    }
    return all > 0 ? fresh / all : 0;
  };
  let first = 0;
  while (chosen.length < max) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of pool) {
      if (blocked.has(i)) continue;
      const value = scores[i]! * (1 - LAMBDA + LAMBDA * novelty(i));
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    if (chosen.length === 0) first = bestValue;
    else if (chosen.length >= min && bestValue < STOP_RATIO * first) break;
    chosen.push(best);
    for (const j of [best, ...index.paraphrases[best]!]) for (const t of index.refs[j]!.tokens) covered.add(t);
    // The same point in other words, or in another outlet, must not come back.
    for (const i of pool) if (i === best || index.paraphrases[best]!.includes(i) || index.similarity(i, best) >= REPEAT) blocked.add(i);
  }
  return chosen;
}

/** Story order: by where the point sits, on average, in the articles that carry it. */
function orderForReading(index: NearDuplicateIndex, chosen: number[]): number[] {
  const lengths = new Map<number, number>();
  for (const ref of index.refs) lengths.set(ref.article, Math.max(lengths.get(ref.article) ?? 0, ref.sentence.index + 1));
  const place = (i: number) => {
    const group = [i, ...index.paraphrases[i]!];
    return group.reduce((s, j) => s + index.refs[j]!.sentence.index / lengths.get(index.refs[j]!.article)!, 0) / group.length;
  };
  return [...chosen].sort((a, b) => place(a) - place(b) || a - b);
}
