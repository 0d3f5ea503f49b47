// Key points: 3–6 sentences taken verbatim, scored on features fitted to real multi-outlet news
// (features.ts: centrality, how far the other outlets say the same, the outlets' headline words, how
// the sentence reads alone), picked with MMR so no two say the same thing, and ordered as the
// stories tell them. Near-identical sentences from different outlets appear once, crediting each.
// A headline is a candidate only when no body sentence says the same (the body is the report; a
// headline is its label), and web furniture or a transcript greeting never is.

import type { Analysis } from '../../analyse/types.ts';
import type { KeyPoint, Support } from '../../briefing.ts';
import { disputedSentences } from '../differences/disagreements.ts';
import { indexSentences, type NearDuplicateIndex } from '../near-duplicates.ts';
import { type SentenceFeatures, sentenceFeatures } from './features.ts';
import { isFurnitureSentence } from './furniture.ts';

export { centrality } from './centrality.ts';

export interface KeyPointOptions {
  index?: NearDuplicateIndex;
  /** At most this many points (default 4 to 6, by the outlets and the length of their reports). */
  max?: number;
  /** At least this many when the articles have them (default 3). */
  min?: number;
}

/**
 * Weights of the features, fitted by coordinate ascent on ROUGE-1/2 against the editors' roundups
 * of the NeuS training split (stories 200–1,000; the first 200 and the validation split held out).
 * Agreement weighs twice: softly (the closest sentence of each other outlet) and as whole points
 * (paraphrases, near-identical copies); quotations, dangling sentences and fragments cost.
 */
const WEIGHTS = { central: 0.65, agree: 0.35, coverage: 0.1, duplicateCoverage: 0.1, titleVocabulary: 0.2, quotation: -0.3, dangling: -0.4, short: -0.6 };
/** A figure other outlets give differently, in the minority or a tie, is no point to make. */
const DISPUTED = 0.3;
/** What is only reported or believed is an open question rather than an established point. */
const HEDGED_COST = 0.1;
/** An analyst's view is commentary on the news, not the news. */
const COMMENTARY_COST = 0.15;
/** A denial or a decision is the news: a small lift. */
const DECISION_GAIN = 0.1;
/** How much novelty (words not yet covered) weighs against plain relevance in each pick. */
const LAMBDA = 0.8;
/** Past the minimum, stop when the next pick is worth less than this share of the first. */
const STOP_RATIO = 0.48;
/** Weighted overlap at which a candidate repeats a chosen point (one holds nearly all of the other). */
const REPEAT = 0.9;
/** A headline whose content a body sentence holds to this degree is not a candidate. */
const HEADLINE_SAID = 0.5;
/** Candidates need this many words: "Who's out?" is a heading, not a point. */
const MIN_WORDS = 4;

export function selectKeyPoints(analysis: Analysis, options: KeyPointOptions = {}): KeyPoint[] {
  const index = options.index ?? indexSentences(analysis);
  const max = options.max ?? defaultMax(index);
  const min = Math.min(options.min ?? 3, max);
  const scores = keyPointScores(index, analysis);
  const chosen = pickWithMmr(index, scores, min, max);
  return orderForReading(index, chosen).map((i) => ({ text: index.refs[i]!.sentence.text, support: supportOf(index, i) }));
}

/**
 * More outlets, and longer reports, bring more material worth a point: four for a few short
 * reports (a roundup of three ledes needs no more), one more per four sentences of the longest
 * article beyond that, six from five outlets on.
 */
function defaultMax(index: NearDuplicateIndex): number {
  if (index.outletCount >= 5) return 6;
  const sentences = new Map<number, number>();
  for (const ref of index.refs) sentences.set(ref.article, (sentences.get(ref.article) ?? 0) + 1);
  const longest = Math.max(0, ...sentences.values());
  return Math.min(6, Math.max(4, Math.ceil(longest / 4)));
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
    const list = byArticle.get(article);
    if (list) list.push(j);
    else byArticle.set(article, [j]);
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

/**
 * How much each sentence deserves to be a key point, before diversity; null for a sentence that
 * may not be one (furniture, a greeting, a fragment, a headline a body sentence already says).
 */
export function keyPointScores(index: NearDuplicateIndex, analysis: Analysis): (number | null)[] {
  const features = sentenceFeatures(index, analysis);
  const disputed = index.outletCount > 1 ? disputedSentences(index) : new Map<number, { mine: number; rival: number }>();
  return index.refs.map((ref, i) => {
    const f = features[i]!;
    const text = ref.sentence.text;
    if (isFurnitureSentence(text) || (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return null;
    if (f.headline && saidInBody(index, features, i)) return null;
    let score = linear(f);
    const dispute = disputed.get(i);
    if (dispute && dispute.mine <= dispute.rival) score -= DISPUTED;
    if (HEDGED.test(text)) score -= HEDGED_COST;
    if (DECISION.test(text) && !f.quotation) score += DECISION_GAIN;
    if (COMMENTARY.test(text)) score -= COMMENTARY_COST;
    return score;
  });
}

function linear(f: SentenceFeatures): number {
  const flag = (b: boolean) => (b ? 1 : 0);
  return (
    WEIGHTS.central * f.central +
    WEIGHTS.agree * f.agree +
    WEIGHTS.coverage * f.coverage +
    WEIGHTS.duplicateCoverage * f.duplicateCoverage +
    WEIGHTS.titleVocabulary * f.titleVocabulary +
    WEIGHTS.quotation * flag(f.quotation) +
    WEIGHTS.dangling * flag(f.dangling) +
    WEIGHTS.short * flag(f.short)
  );
}

/** True when some body sentence, in any article, holds most of what headline i says. */
function saidInBody(index: NearDuplicateIndex, features: SentenceFeatures[], i: number): boolean {
  return index.refs.some((_, j) => j !== i && !features[j]!.headline && index.similarity(i, j) >= HEADLINE_SAID);
}

/** Denials and decisions are the news: what was refused, ordered, suspended, awarded or voted. */
const DECISION =
  /\b(denied|denies|rejected|rejects|suspended|suspends|revoked|ordered|orders|awarded|approved|approves|banned|closed|shut|voted|resigned|dismissed|sacked|fired|charged|arrested|sentenced|convicted|acquitted|ruled|vetoed|tabled|signed|agreed|cancelled|canceled|halted|ended)\b/;
const COMMENTARY = /\b(analyst|expert|professor|researcher|scholar|commentator|fellow|economist|strategist)s?\b/i;
const HEDGED = /\b(reportedly|allegedly|purportedly|apparently|(?:is|are|was|were)\s+(?:believed|thought|rumou?red)\s+to)\b/i;

/**
 * Greedy selection, MMR-style: each pick is worth its relevance times its novelty — the share of
 * its (idf-weighted) words that the points already chosen do not cover. A sentence restating a
 * chosen point, in any outlet, is blocked outright.
 */
function pickWithMmr(index: NearDuplicateIndex, scores: (number | null)[], min: number, max: number): number[] {
  const chosen: number[] = [];
  const blocked = new Set<number>();
  const covered = new Set<string>();
  // Only the best candidates can win; looking further would only cost time on big clusters.
  const pool = scores
    .flatMap((s, i) => (s === null ? [] : [{ s, i }]))
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
