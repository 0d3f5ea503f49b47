// Key-point and "only in" columns: whether each expected key point is covered by a key point,
// whether any point repeats another, and whether what expected.json lists as only in one article
// (`only_in_000`) is reported as only in it.

import type { Briefing, KeyPoint } from '../briefing.ts';
import { comparisonTerms } from '../text/normalize.ts';
import type { Evaluator } from './evaluator.ts';
import { type Metric, count, ratio } from './metric.ts';
import { refersTo, squash } from './text-match.ts';

/** Share of the expected point's content words a key point must carry to cover it. */
export const COVERS = 0.5;
/** Overlap of content words at which two key points say the same thing. */
export const REPEATS = 0.6;

function terms(text: string): Set<string> {
  return new Set(comparisonTerms(text));
}

/** How much of `expected` (its content words) `found` carries, 0–1. */
export function coverage(expected: string, found: string): number {
  const e = terms(expected);
  if (e.size === 0) return 0;
  const f = terms(found);
  let hit = 0;
  for (const t of e) if (f.has(t)) hit++;
  return hit / e.size;
}

/** For each expected point, the best key point and how much of the expected point it covers. */
export function matchKeyPoints(expected: string[], found: KeyPoint[]): { expected: string; best?: KeyPoint; coverage: number }[] {
  return expected.map((e) => {
    let best: KeyPoint | undefined;
    let score = 0;
    for (const k of found) {
      const c = coverage(e, k.text);
      if (c > score) {
        score = c;
        best = k;
      }
    }
    return { expected: e, ...(best ? { best } : {}), coverage: score };
  });
}

/** Pairs of key points that say the same thing (one carries most of the other's words). */
export function repeatedPairs(found: KeyPoint[]): [number, number][] {
  const sets = found.map((k) => terms(k.text));
  const pairs: [number, number][] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let shared = 0;
      for (const t of a) if (b.has(t)) shared++;
      if (shared / Math.max(1, Math.min(a.size, b.size)) >= REPEATS) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** expected.json's `only_in_<ref>` lists: article reference → terms only that article reports. */
export function onlyInLists(expected: Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(expected)) {
    const m = /^only_in_(.+)$/.exec(key);
    if (m && Array.isArray(value)) out.set(m[1]!, value.filter((v): v is string => typeof v === 'string'));
  }
  return out;
}

/** The terms of an `only_in` list that the briefing does report as only in that article. */
export function reportedOnlyIn(briefing: Briefing, ref: string, wanted: string[]): string[] {
  const text = briefing.differences
    .filter((d) => refersTo(ref, d.articleId))
    .flatMap((d) => [...d.onlyHere.map((o) => o.text), ...(d.labels ?? [])])
    .map(squash)
    .join(' | ');
  return wanted.filter((w) => text.includes(squash(w)));
}

export const keyPointEvaluator: Evaluator = {
  columns: [
    { key: 'kpCover', header: 'kp cover' },
    { key: 'kpRepeat', header: 'kp repeat' },
    { key: 'onlyIn', header: 'only-in' },
  ],
  evaluate({ expected, briefing }) {
    const raw = expected as Record<string, unknown>;
    const wanted = Array.isArray(raw.key_points_expected) ? raw.key_points_expected.filter((p): p is string => typeof p === 'string') : [];
    const out: Record<string, Metric> = {};
    if (wanted.length > 0) {
      const covered = matchKeyPoints(wanted, briefing.keyPoints).filter((m) => m.coverage >= COVERS);
      out.kpCover = ratio(covered.length, wanted.length);
    }
    out.kpRepeat = count(repeatedPairs(briefing.keyPoints).length);
    const lists = onlyInLists(raw);
    if (lists.size > 0) {
      let hit = 0;
      let of = 0;
      for (const [ref, terms] of lists) {
        hit += reportedOnlyIn(briefing, ref, terms).length;
        of += terms.length;
      }
      out.onlyIn = ratio(hit, of);
    }
    return out;
  },
};
