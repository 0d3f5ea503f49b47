// Where outlets disagree on a checkable detail of the same point: counts, durations, dates, sums.
// Only sentences that make the same point (near-duplicates or paraphrases across outlets) are
// compared, so "four vessels" against "five ships" is caught and two unrelated numbers are not;
// "two-and-a-half years" against "2 ½ years" is agreement.

import type { Analysis } from '../../analyse/types.ts';
import type { Disagreement, Evidence } from '../../briefing.ts';
import { agree, comparable, type Detail, detailsIn, resolveSince } from './details.ts';
import { stanceDisagreements } from './stances.ts';
import { indexSentences, type NearDuplicateIndex } from '../near-duplicates.ts';

export interface DisagreementOptions {
  index?: NearDuplicateIndex;
}

/** Where outlets give different values for a checkable detail of the same point. */
export function findDisagreements(analysis: Analysis, options: DisagreementOptions = {}): Disagreement[] {
  if (analysis.articles.length < 2) return [];
  const index = options.index ?? indexSentences(analysis);
  const details = new Map<number, Detail[]>();
  const detailsOf = (i: number) => {
    let d = details.get(i);
    if (!d) {
      d = resolveSince(detailsIn(index.refs[i]!.sentence.text), analysis.articles[index.refs[i]!.article]!.article.publishedAt);
      details.set(i, d);
    }
    return d;
  };
  const found = new Map<string, { about: string; versions: Map<string, Evidence> }>();
  const record = (key: string, i: number, j: number, x: Detail, y: Detail) => {
    const entry = found.get(key) ?? { about: aboutOf(x, y), versions: new Map<string, Evidence>() };
    for (const k of [i, j]) {
      const s = index.refs[k]!.sentence;
      if (!entry.versions.has(s.articleId)) entry.versions.set(s.articleId, { articleId: s.articleId, text: s.text, start: s.start, end: s.end });
    }
    found.set(key, entry);
  };
  const flagged = new Set<string>();
  index.refs.forEach((_, i) => {
    const paraphrases = index.paraphrases[i]!;
    if (paraphrases.length === 0 || detailsOf(i).length === 0) return;
    // The point's first sentence names it (paraphrases are sorted, so the first is the least).
    const first = Math.min(i, paraphrases[0]!);
    for (const j of paraphrases) {
      if (j < i) continue;
      for (const x of detailsOf(i)) {
        const rivals = detailsOf(j).filter((y) => comparable(x, y));
        if (rivals.length === 0 || rivals.some((y) => agree(x, y))) continue;
        const y = rivals[0]!;
        record(`${first}:${x.kind}`, i, j, x, y);
        flagged.add(`${i}:${x.start}`).add(`${j}:${y.start}`);
      }
    }
  });
  // The same thing counted in sentences that otherwise say different things ("about 12,000
  // residents are drinking well water" / "Tollin's 9,400 residents were queuing"): details of one
  // unit, across outlets, anchored on a shared word that is not everywhere.
  for (const { i, x, j, y } of sameThingPairs(index, detailsOf)) {
    if (flagged.has(`${i}:${x.start}`) || flagged.has(`${j}:${y.start}`)) continue;
    record(`${x.kind}:${x.unit}:${Math.min(i, j)}`, i, j, x, y);
    flagged.add(`${i}:${x.start}`).add(`${j}:${y.start}`);
  }
  const details_ = [...found.values()].map((e) => ({ about: e.about, versions: [...e.versions.values()] }));
  return [...details_, ...stanceDisagreements(analysis, index)];
}

/** Details in one bucket (kind and unit) compared pairwise only while the bucket stays this small. */
const MAX_BUCKET = 40;
/** A shared anchor word must be in fewer than this share of the story's sentences to count. */
const RARE_ENOUGH = 0.25;

interface DetailPair {
  i: number;
  x: Detail;
  j: number;
  y: Detail;
}

/**
 * Pairs of details from different outlets about the same thing: counts of the same noun, or
 * shares, whose surrounding words share a rare word (two for shares, which have no noun), and
 * whose values cannot both be true. Details are bucketed by kind and unit, so only details that
 * could be the same are ever compared.
 */
export function sameThingPairs(index: NearDuplicateIndex, detailsOf: (i: number) => Detail[]): DetailPair[] {
  const buckets = new Map<string, { i: number; x: Detail }[]>();
  index.refs.forEach((_, i) => {
    for (const x of detailsOf(i)) {
      if (x.kind !== 'count' && x.kind !== 'percent' && x.kind !== 'duration') continue;
      const key = `${x.kind}:${x.unit}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push({ i, x });
      else buckets.set(key, [{ i, x }]);
    }
  });
  const rare = Math.log(1 + 1 / RARE_ENOUGH);
  const out: DetailPair[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let p = 0; p < bucket.length; p++) {
      for (let q = p + 1; q < bucket.length; q++) {
        const { i, x } = bucket[p]!;
        const { i: j, x: y } = bucket[q]!;
        if (index.outletOf(index.refs[i]!.article) === index.outletOf(index.refs[j]!.article)) continue;
        if (x.kind === 'duration' && !comparable(x, y)) continue;
        const shared = x.anchor.filter((w) => y.anchor.includes(w) && w !== x.unit && index.idf(w) >= rare);
        if (shared.length < (x.kind === 'percent' ? 2 : 1) || agree(x, y)) continue;
        out.push({ i, x, j, y });
      }
    }
  }
  return out;
}

const ASK: Record<Detail['kind'], string> = {
  count: 'How many',
  duration: 'How long',
  weekday: 'Which day',
  date: 'Which date',
  year: 'Which year',
  percent: 'What share',
  money: 'How much',
};

function aboutOf(x: Detail, y: Detail): string {
  return `${ASK[x.kind]}: “${x.text}” or “${y.text}”`;
}

/**
 * Sentences whose figure another outlet gives differently, each with how many outlets back its
 * version and how many back the rival one: key points avoid a disputed figure unless their
 * version is the one more outlets carry.
 */
export function disputedSentences(index: NearDuplicateIndex): Map<number, { mine: number; rival: number }> {
  const cache = new Map<number, Detail[]>();
  const detailsOf = (i: number) => {
    let d = cache.get(i);
    if (!d) {
      d = detailsIn(index.refs[i]!.sentence.text).filter((x) => x.since === undefined);
      cache.set(i, d);
    }
    return d;
  };
  const pairs: DetailPair[] = [];
  index.refs.forEach((_, i) => {
    if (detailsOf(i).length === 0) return;
    for (const j of index.paraphrases[i]!) {
      if (j < i) continue;
      for (const x of detailsOf(i)) {
        const y = detailsOf(j).find((d) => comparable(x, d));
        if (y && !detailsOf(j).some((d) => comparable(x, d) && agree(x, d))) pairs.push({ i, x, j, y });
      }
    }
  });
  pairs.push(...sameThingPairs(index, detailsOf));
  // Outlets backing a version: the sentence's own and every paraphrase with an agreeing figure.
  // Memoised per sentence and detail: a point carried by many outlets meets each of them in many pairs.
  const backed = new Map<number, Map<Detail, number>>();
  const backers = (k: number, z: Detail) => {
    let known = backed.get(k);
    if (!known) {
      known = new Map();
      backed.set(k, known);
    }
    let count = known.get(z);
    if (count === undefined) {
      count = countBackers(k, z);
      known.set(z, count);
    }
    return count;
  };
  const countBackers = (k: number, z: Detail) => {
    const outlets = new Set([index.outletOf(index.refs[k]!.article)]);
    for (const p of index.paraphrases[k]!) if (detailsOf(p).some((d) => comparable(z, d) && agree(z, d))) outlets.add(index.outletOf(index.refs[p]!.article));
    return outlets.size;
  };
  const out = new Map<number, { mine: number; rival: number }>();
  const note = (k: number, mine: number, rival: number) => {
    const prev = out.get(k);
    // A sentence with one figure in the minority is disputed, whatever its others.
    if (!prev || mine - rival < prev.mine - prev.rival) out.set(k, { mine, rival });
  };
  for (const { i, x, j, y } of pairs) {
    const a = backers(i, x);
    const b = backers(j, y);
    note(i, a, b);
    note(j, b, a);
  }
  return out;
}
