// One quote across outlets. Two quotes are the same when their content words (normalised:
// "U.S."/"US", "programmes"/"programs") mostly coincide: the smaller one's words lie at least 80%
// inside the larger, which also catches one outlet splitting a quote in two. Short quotes must lie
// wholly inside the other, quotes two different people are said to have spoken stay apart, and a
// key quote never merges with a fragment.
// The merged quote prints the fullest version, verbatim from its article, and credits all.

import { contentTokens, normaliseForComparison } from '../text/normalize.ts';
import type { RawQuote } from './quote-attribution.ts';

export interface QuoteGroup {
  members: RawQuote[];
  /** The member whose text is printed. */
  display: RawQuote;
}

/** Below this many content words a quote must lie wholly inside the other. */
const SHORT = 5;

function squash(text: string): string {
  return normaliseForComparison(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function groupQuotes(raws: RawQuote[], articleOrder: Map<string, number>): QuoteGroup[] {
  const sets = raws.map((r) => new Set(contentTokens(r.text)));
  const squashed = raws.map((r) => squash(r.text));
  const parent = raws.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  // Candidates share a content word: an inverted index keeps this far from all-pairs on long stories.
  const byToken = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const t of set) byToken.set(t, [...(byToken.get(t) ?? []), i]);
  });
  sets.forEach((a, i) => {
    const seen = new Set<number>();
    for (const t of a) {
      for (const j of byToken.get(t) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (same(raws[i]!, raws[j]!, a, sets[j]!, squashed[i]!, squashed[j]!)) parent[find(j)] = find(i);
      }
    }
  });
  const groups = new Map<number, RawQuote[]>();
  raws.forEach((r, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), r]);
  });
  const position = (r: RawQuote) => (articleOrder.get(r.articleId) ?? 0) * 1e9 + r.start;
  return [...groups.values()].map((members) => {
    members.sort((x, y) => position(x) - position(y));
    const display = [...members].sort((x, y) => contentTokens(y.text).length - contentTokens(x.text).length || position(x) - position(y))[0]!;
    return { members, display };
  });
}

const lastWord = (name: string) => name.split(' ').pop()!.toLowerCase();

function same(a: RawQuote, b: RawQuote, sa: Set<string>, sb: Set<string>, qa: string, qb: string): boolean {
  if (qa === qb) return true;
  // Within one article only a repeated quote is the same quote.
  if (a.articleId === b.articleId) return false;
  // Two named speakers who differ make two quotes, however alike the words.
  if (a.speaker && b.speaker && a.speaker.kind === 'person' && b.speaker.kind === 'person' && lastWord(a.speaker.canonical) !== lastWord(b.speaker.canonical)) return false;
  // A key quote never takes in a fragment: another outlet's borrowed phrase stays a fragment, even
  // when its words lie inside the key quote (“the worst I have seen …”).
  if (a.isKey !== b.isKey) return false;
  const small = Math.min(sa.size, sb.size);
  if (small >= 3) {
    let inter = 0;
    for (const t of sa) if (sb.has(t)) inter++;
    if (inter / small >= (small < SHORT ? 1 : 0.8)) return true;
  }
  // Split differently by two outlets: one is a word-for-word piece of the other ("and we count on
  // Congress"), or they share a run of five words ("We are close. We have never been this close" /
  // "We have never been this close. I believe …").
  const wa = qa.split(' ');
  const wb = qb.split(' ');
  const shorter = Math.min(wa.length, wb.length);
  return shorter >= 3 && sharedRun(wa, wb) >= Math.min(5, shorter);
}

/** The longest run of words two texts share (dynamic programming over two short quotes). */
function sharedRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}
