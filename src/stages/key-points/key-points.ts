// Key points: 3–6 sentences taken verbatim, chosen for centrality on the sparse similarity graph
// (LexRank-style), for how many outlets carry them, and for position (ledes matter); picked with
// MMR so no two say the same thing, and ordered as the stories tell them. Near-identical sentences
// from different outlets appear once, crediting each outlet.

import type { Analysis } from '../../analyse/types.ts';
import type { KeyPoint, Support } from '../../briefing.ts';
import { disputedSentences } from '../differences/disagreements.ts';
import { indexSentences, type NearDuplicateIndex } from '../near-duplicates.ts';

export interface KeyPointOptions {
  index?: NearDuplicateIndex;
  /** At most this many points (default 5, or 6 from four outlets on). */
  max?: number;
  /** At least this many when the articles have them (default 3). */
  min?: number;
}

const WEIGHTS = { centrality: 0.35, coverage: 0.2, position: 0.2, topical: 0.15, actors: 0.05 };
/** A figure other outlets give differently, in the minority or a tie, is no point to make. */
const DISPUTED = 0.7;
/** How much novelty (words not yet covered) weighs against plain relevance in each pick. */
const LAMBDA = 0.8;
/** Past the minimum, stop when the next pick is worth less than this share of the first. */
const STOP_RATIO = 0.45;
/** Weighted overlap at which a candidate repeats a chosen point (one contains most of the other). */
const REPEAT = 0.5;

export function selectKeyPoints(analysis: Analysis, options: KeyPointOptions = {}): KeyPoint[] {
  const index = options.index ?? indexSentences(analysis);
  // More outlets bring more material worth a point; a pair of articles rarely needs six.
  const max = options.max ?? (index.outletCount >= 3 ? 6 : 5);
  const min = Math.min(options.min ?? (index.outletCount >= 3 ? 4 : 3), max);
  const scores = keyPointScores(index, analysis);
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
 * How much each sentence deserves to be a key point, before diversity: centrality on the graph,
 * the outlets carrying it, its place (every outlet's lede counts as a lede), how much of the
 * story's core vocabulary it carries (words many outlets and their ledes use: the main actors and
 * event verbs), and the story's main actors named in it; then how it reads alone, and less when
 * its figure is disputed.
 */
export function keyPointScores(index: NearDuplicateIndex, analysis?: Analysis): number[] {
  const central = centrality(index);
  const top = Math.max(...central, 1e-9);
  const multiOutlet = index.outletCount > 1;
  const ledes = ledeIndexes(index);
  const topical = topicality(index, ledes);
  const actors = analysis ? actorWeights(analysis, index) : index.refs.map(() => 0);
  const disputed = multiOutlet ? disputedSentences(index) : new Map<number, { mine: number; rival: number }>();
  const place = (j: number) => {
    const ref = index.refs[j]!;
    const lede = ledes.get(ref.article) ?? 0;
    // Before the lede sit headlines and bylines left in the text: no position at all.
    return ref.sentence.index < lede ? 0 : Math.exp(-(ref.sentence.index - lede) / 2);
  };
  return index.refs.map((ref, i) => {
    const group = [i, ...index.paraphrases[i]!];
    const outlets = new Set(group.map((j) => index.outletOf(index.refs[j]!.article))).size;
    const coverage = multiOutlet ? (outlets - 1) / (index.outletCount - 1) : 0;
    // The best position any outlet gives the point: one outlet's lede is another's third paragraph.
    const position = Math.max(...group.map(place));
    const relevance =
      WEIGHTS.centrality * (central[i]! / top) +
      (multiOutlet ? WEIGHTS.coverage * coverage : 0) +
      WEIGHTS.position * position +
      WEIGHTS.topical * topical[i]! +
      WEIGHTS.actors * actors[i]!;
    const dispute = disputed.get(i);
    const figure = dispute && dispute.mine <= dispute.rival ? DISPUTED : 1;
    const beforeLede = ref.sentence.index < (ledes.get(ref.article) ?? 0) ? 0.3 : 1;
    return relevance * readability(ref.sentence.text, ref.tokens.size) * figure * beforeLede;
  });
}

/**
 * Each article's lede: its first sentence that reads as news — a full sentence of eight words or
 * more ending in a stop, not a quotation — past any headline or byline the cleaner left.
 */
function ledeIndexes(index: NearDuplicateIndex): Map<number, number> {
  const out = new Map<number, number>();
  for (const ref of index.refs) {
    if (out.has(ref.article)) continue;
    const text = ref.sentence.text.trim();
    if (/[.!]["”’']?$/u.test(text) && !/^[“"‘']/u.test(text) && text.split(/\s+/).length >= 8) out.set(ref.article, ref.sentence.index);
  }
  return out;
}

/**
 * The story's core vocabulary, MEAD-style: a word weighs by the share of outlets using it and,
 * half again, of outlets whose lede uses it. A sentence's topicality is the weight of its words
 * over the square root of their number (long sentences gain, but not linearly), scaled to 0–1.
 */
function topicality(index: NearDuplicateIndex, ledes: Map<number, number>): number[] {
  const outletsOf = new Map<string, Set<string>>();
  const ledeOutletsOf = new Map<string, Set<string>>();
  for (const ref of index.refs) {
    const outlet = index.outletOf(ref.article);
    const lede = ledes.get(ref.article) === ref.sentence.index;
    for (const t of ref.tokens) {
      if (/\d/.test(t)) continue;
      outletsOf.set(t, (outletsOf.get(t) ?? new Set()).add(outlet));
      if (lede) ledeOutletsOf.set(t, (ledeOutletsOf.get(t) ?? new Set()).add(outlet));
    }
  }
  const n = Math.max(index.outletCount, 1);
  const weight = (t: string) => ((outletsOf.get(t)?.size ?? 0) + 0.5 * (ledeOutletsOf.get(t)?.size ?? 0)) / n;
  const raw = index.refs.map((ref) => {
    const terms = [...ref.tokens].filter((t) => !/\d/.test(t));
    if (terms.length === 0) return 0;
    return terms.reduce((s, t) => s + (weight(t) > 1 / n ? weight(t) : 0), 0) / Math.sqrt(terms.length);
  });
  const top = Math.max(...raw, 1e-9);
  return raw.map((v) => v / top);
}

/**
 * The story's main actors are those most outlets name; a sentence weighs by the share of that
 * weight it names (capped at 1), so "the minister denied…" counts for more than a bystander's view.
 */
function actorWeights(analysis: Analysis, index: NearDuplicateIndex): number[] {
  const outletsOf = new Map<string, Set<string>>();
  analysis.articles.forEach((a, article) => {
    for (const m of a.mentions) outletsOf.set(m.canonical, (outletsOf.get(m.canonical) ?? new Set()).add(index.outletOf(article)));
  });
  const n = Math.max(index.outletCount, 1);
  return index.refs.map((ref) => {
    const named = new Set(
      analysis.articles[ref.article]!.mentions.filter((m) => m.start >= ref.sentence.start && m.end <= ref.sentence.end).map((m) => m.canonical),
    );
    let sum = 0;
    for (const name of named) sum += (outletsOf.get(name)?.size ?? 0) / n;
    return Math.min(1, sum);
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
  else if (DECISION.test(text)) factor *= 1.25;
  else if (STATEMENT.test(text)) factor *= 1.15;
  // Mostly someone's quoted words: the quotes section carries them.
  if (!quotation && quotedShare(text) > 0.5) factor *= 0.6;
  // What is only reported or believed is an open question, not a point the story establishes.
  if (HEDGED.test(text)) factor *= 0.8;
  if (/^(he|she|they|it|this|that|these|those|but|and|still|however|also|so|then)\b/i.test(text)) factor *= 0.6;
  if (/\?$/.test(text.trim())) factor *= 0.5;
  if (words < 5) factor *= 0.3;
  else if (words < 8) factor *= 0.75;
  if (words > 45) factor *= 0.7;
  return factor;
}

/** Denials and decisions are the news: what was refused, ordered, suspended, awarded or voted. */
const DECISION =
  /\b(denied|denies|rejected|rejects|suspended|suspends|revoked|ordered|orders|awarded|approved|approves|banned|closed|shut|voted|resigned|dismissed|sacked|fired|charged|arrested|sentenced|convicted|acquitted|ruled|vetoed|tabled|signed|agreed|cancelled|canceled|halted|ended)\b/;

function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/[“"‘][^”"’]*[”"’]/gu)) inside += m[0].length;
  return text.length > 0 ? inside / text.length : 0;
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
