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
import { leadInLength } from './lead-in.ts';
import { wordCount } from './word-count.ts';

export { centrality } from './centrality.ts';

export interface KeyPointOptions {
  index?: NearDuplicateIndex;
  /** At most this many points (default 4 to 6, by the outlets and the length of their reports). */
  max?: number;
  /** At least this many when the articles have them (default 3). */
  min?: number;
  /** Other numbers than KEY_POINT_TUNING's (for fitting them). */
  tuning?: Partial<KeyPointTuning>;
}

/**
 * The numbers that shape the pick. Weights of the features were fitted by coordinate ascent on
 * ROUGE-1/2 against the editors' roundups of the NeuS training split (stories 200–1,000; the first
 * 200 and the validation split held out). Agreement weighs twice: softly (the closest sentence of
 * each other outlet) and as whole points (paraphrases, near-identical copies); quotations,
 * dangling sentences and fragments cost. `lambda` and `reportShare` were set later on training
 * stories 1,000–2,452 (not used for the weights), with the validation split and the first 200
 * training stories looked at too: each moved all three the same way, by a few tenths of a point.
 */
export interface KeyPointTuning {
  weights: { central: number; agree: number; coverage: number; duplicateCoverage: number; titleVocabulary: number; quotation: number; dangling: number; short: number };
  /** A figure other outlets give differently, in the minority or a tie, is no point to make. */
  disputed: number;
  /** What is only reported or believed is an open question rather than an established point. */
  hedgedCost: number;
  /** An analyst's view is commentary on the news, not the news. */
  commentaryCost: number;
  /** A denial or a decision is the news: a small lift. */
  decisionGain: number;
  /** How much novelty (words not yet covered) weighs against plain relevance in each pick. */
  lambda: number;
  /** Past the minimum, stop when the next pick is worth less than this share of the first. */
  stopRatio: number;
  /** Weighted overlap at which a candidate repeats a chosen point (one holds nearly all of the other). */
  repeat: number;
  /** A headline whose content a body sentence holds to this degree is not a candidate. */
  headlineSaid: number;
  /** Candidates need this many words: "Who's out?" is a heading, not a point. */
  minWords: number;
  /**
   * Past the minimum, stop once the points hold this share of the words of an average report: a
   * briefing of a few short reports should not run longer than one of them (an editor's roundup of
   * three ledes runs to about one lede); on long reports it never binds.
   */
  reportShare: number;
}

export const KEY_POINT_TUNING: KeyPointTuning = {
  weights: { central: 0.65, agree: 0.35, coverage: 0.1, duplicateCoverage: 0.1, titleVocabulary: 0.2, quotation: -0.3, dangling: -0.4, short: -0.6 },
  disputed: 0.3,
  hedgedCost: 0.1,
  commentaryCost: 0.15,
  decisionGain: 0.1,
  lambda: 0.7,
  stopRatio: 0.48,
  repeat: 0.9,
  headlineSaid: 0.5,
  minWords: 4,
  reportShare: 0.9,
};

export function selectKeyPoints(analysis: Analysis, options: KeyPointOptions = {}): KeyPoint[] {
  const index = options.index ?? indexSentences(analysis);
  const max = options.max ?? defaultMax(index);
  const min = Math.min(options.min ?? 3, max);
  const tuning = { ...KEY_POINT_TUNING, ...options.tuning };
  const features = sentenceFeatures(index, analysis);
  const scores = keyPointScores(index, analysis, tuning, features);
  const chosen = pickWithMmr(index, scores, min, max, tuning);
  return orderForReading(index, chosen).map((i) => withoutLeadIn(index, i, features[i]!));
}

/** The point as printed: the sentence without its dateline or label, its first span moved to match. */
function withoutLeadIn(index: NearDuplicateIndex, i: number, features: SentenceFeatures): KeyPoint {
  const sentence = index.refs[i]!.sentence;
  const [own, ...others] = supportOf(index, i);
  const cut = leadInLength(sentence.text, features);
  if (cut === 0) return { text: sentence.text, support: [own!, ...others] };
  return { text: sentence.text.slice(cut), support: [{ ...own!, start: own!.start + cut }, ...others] };
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
export function keyPointScores(
  index: NearDuplicateIndex,
  analysis: Analysis,
  tuning: KeyPointTuning = KEY_POINT_TUNING,
  features: SentenceFeatures[] = sentenceFeatures(index, analysis),
): (number | null)[] {
  const disputed = index.outletCount > 1 ? disputedSentences(index) : new Map<number, { mine: number; rival: number }>();
  return index.refs.map((ref, i) => {
    const f = features[i]!;
    const text = ref.sentence.text;
    if (isFurnitureSentence(text) || wordCount(text) < tuning.minWords) return null;
    if (f.headline && saidInBody(index, features, i, tuning.headlineSaid)) return null;
    let score = linear(f, tuning.weights);
    const dispute = disputed.get(i);
    if (dispute && dispute.mine <= dispute.rival) score -= tuning.disputed;
    if (HEDGED.test(text)) score -= tuning.hedgedCost;
    if (DECISION.test(text) && !f.quotation) score += tuning.decisionGain;
    if (COMMENTARY.test(text)) score -= tuning.commentaryCost;
    return score;
  });
}

function linear(f: SentenceFeatures, w: KeyPointTuning['weights']): number {
  const flag = (b: boolean) => (b ? 1 : 0);
  return (
    w.central * f.central +
    w.agree * f.agree +
    w.coverage * f.coverage +
    w.duplicateCoverage * f.duplicateCoverage +
    w.titleVocabulary * f.titleVocabulary +
    w.quotation * flag(f.quotation) +
    w.dangling * flag(f.dangling) +
    w.short * flag(f.short)
  );
}

/** True when some body sentence, in any article, holds most of what headline i says. */
function saidInBody(index: NearDuplicateIndex, features: SentenceFeatures[], i: number, threshold: number): boolean {
  return index.refs.some((_, j) => j !== i && !features[j]!.headline && index.similarity(i, j) >= threshold);
}

/** Denials and decisions are the news: what was refused, ordered, suspended, awarded or voted. */
const DECISION =
  /\b(denied|denies|rejected|rejects|suspended|suspends|revoked|ordered|orders|awarded|approved|approves|banned|closed|shut|voted|resigned|dismissed|sacked|fired|charged|arrested|sentenced|convicted|acquitted|ruled|vetoed|tabled|signed|agreed|cancelled|canceled|halted|ended)\b/;
const COMMENTARY = /\b(analyst|expert|professor|researcher|scholar|commentator|fellow|economist|strategist)s?\b/i;
const HEDGED = /\b(reportedly|allegedly|purportedly|apparently|(?:is|are|was|were)\s+(?:believed|thought|rumou?red)\s+to)\b/i;

/**
 * Greedy selection, MMR-style: each pick is worth its relevance times its novelty — the share of
 * its (idf-weighted) words that the points already printed do not hold (other outlets' wordings of
 * a chosen point are not printed, so their words are still news to the reader). A sentence
 * restating a chosen point, in any outlet, is blocked outright. Past the minimum, the pick stops
 * when the next point is worth much less than the first, or the points hold their share of words.
 */
function pickWithMmr(index: NearDuplicateIndex, scores: (number | null)[], min: number, max: number, tuning: KeyPointTuning): number[] {
  const { lambda, stopRatio, repeat } = tuning;
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
  const articles = new Set(index.refs.map((r) => r.article)).size;
  const wordBudget = (tuning.reportShare * index.refs.reduce((s, r) => s + wordCount(r.sentence.text), 0)) / Math.max(articles, 1);
  let first = 0;
  let words = 0;
  while (chosen.length < max) {
    if (chosen.length >= min && words >= wordBudget) break;
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of pool) {
      if (blocked.has(i)) continue;
      const value = scores[i]! * (1 - lambda + lambda * novelty(i));
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    if (chosen.length === 0) first = bestValue;
    else if (chosen.length >= min && bestValue < stopRatio * first) break;
    chosen.push(best);
    words += wordCount(index.refs[best]!.sentence.text);
    for (const t of index.refs[best]!.tokens) covered.add(t);
    // The same point in other words, or in another outlet, must not come back.
    for (const i of pool) if (i === best || index.paraphrases[best]!.includes(i) || index.similarity(i, best) >= repeat) blocked.add(i);
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
