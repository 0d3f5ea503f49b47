// One quote across outlets. Two quotes are the same when their content words (normalised:
// "U.S."/"US", "programmes"/"programs") mostly coincide: the smaller one's words lie at least 80%
// inside the larger, which also catches one outlet splitting a quote in two. Short quotes must lie
// wholly inside the other, quotes two different people are said to have spoken stay apart, and a
// key quote never merges with a fragment.
// The merged quote prints the fullest version, verbatim from its article, and credits all.

import { contentTokens, normaliseForComparison } from '../briefing-scope.ts';
import type { RawQuote } from './attribution.ts';

export interface QuoteGroup {
  members: RawQuote[];
  /** The member whose text is printed. */
  display: RawQuote;
}

/** Candidate bounds for the merge graph: the rarest words always, more while under the cap. */
const RAREST_WORDS = 4;
const MAX_CANDIDATES = 400;

/** Below this many content words a quote must lie wholly inside the other. */
const SHORT = 5;

function squash(text: string): string {
  return normaliseForComparison(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function groupQuotes(raws: RawQuote[], articleOrder: Map<string, number>): QuoteGroup[] {
  const parent = raws.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    // Path compression: a long story's big groups stay shallow.
    while (parent[i] !== root) {
      const next = parent[i]!;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (i: number, j: number) => {
    parent[find(j)] = find(i);
  };
  // Groups are the connected parts of the graph whose edges join quotes that share a content word
  // and are the same by `same`. A long story repeats each quote in many outlets, so the graph is
  // built over distinct texts (with the same words), and within a text over its kinds of member
  // (key or not, the person said to speak): `same` asks nothing else of a member but its article.
  const texts = distinctTexts(raws);
  for (const text of texts) for (const i of text.members) union(text.members[0]!, i);
  const postings = new Map<string, number[]>();
  texts.forEach((text, x) => {
    for (const t of text.words) {
      const list = postings.get(t);
      if (list) list.push(x);
      else postings.set(t, [x]);
    }
  });
  texts.forEach((a, x) => {
    const seen = new Set<number>();
    // Bounded candidates (issue 16): the rarest words' postings first; past MAX_CANDIDATES texts,
    // only the RAREST_WORDS rarest words are followed. A quote that is the same as this one shares
    // most of its words, so it shares a rare one; a long story's common words ("said", "people")
    // would otherwise pair every quote with every other.
    const ordered = [...a.words].sort((p, q) => postings.get(p)!.length - postings.get(q)!.length);
    let visited = 0;
    for (const [rank, t] of ordered.entries()) {
      if (rank >= RAREST_WORDS && visited >= MAX_CANDIDATES) break;
      for (const y of postings.get(t)!) {
        visited++;
        if (y <= x || seen.has(y)) continue;
        seen.add(y);
        const b = texts[y]!;
        if (find(a.members[0]!) === find(b.members[0]!)) continue;
        if (a.squashed === b.squashed) {
          union(a.members[0]!, b.members[0]!);
          continue;
        }
        let alike: boolean | undefined;
        for (const p of a.kinds.values()) {
          for (const q of b.kinds.values()) {
            // Within one article only a repeated quote is the same quote.
            if (p.articles.size === 1 && q.articles.size === 1 && [...p.articles][0] === [...q.articles][0]) continue;
            if (!speakersMayMatch(p.sample, q.sample)) continue;
            alike ??= sameWords(a.words, b.words, a.squashed, b.squashed);
            if (!alike) break;
            union(p.sample, q.sample);
          }
          if (alike === false) break;
        }
      }
    }
  });
  const groups = new Map<number, RawQuote[]>();
  raws.forEach((r, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(r);
    else groups.set(root, [r]);
  });
  const position = (r: RawQuote) => (articleOrder.get(r.articleId) ?? 0) * 1e9 + r.start;
  const words = new Map(raws.map((r) => [r, contentTokens(r.text).length]));
  return [...groups.values()].map((members) => {
    members.sort((x, y) => position(x) - position(y));
    const display = [...members].sort((x, y) => words.get(y)! - words.get(x)! || position(x) - position(y))[0]!;
    return { members, display };
  });

  function speakersMayMatch(i: number, j: number): boolean {
    const a = raws[i]!;
    const b = raws[j]!;
    // A key quote never takes in a fragment (see `same`), and two named people make two quotes.
    return a.isKey === b.isKey && !(personOf(a) && personOf(b) && personOf(a) !== personOf(b));
  }
}

interface DistinctText {
  words: Set<string>;
  squashed: string;
  /** Raw quotes with this text (indices), in order. */
  members: number[];
  /** Members by what `same` asks of them besides their words: key or not, the person speaking. */
  kinds: Map<string, { sample: number; articles: Set<string> }>;
}

/** A person speaker's last name (what `same` compares), else undefined. */
function personOf(q: RawQuote): string | undefined {
  return q.speaker?.kind === 'person' ? lastWord(q.speaker.canonical) : undefined;
}

/**
 * The quotes grouped by text: the same squashed text and the same content words. A quote without
 * content words shares a word with nothing, so it stays alone (as it would pair by pair).
 */
function distinctTexts(raws: RawQuote[]): DistinctText[] {
  const byKey = new Map<string, DistinctText>();
  const out: DistinctText[] = [];
  raws.forEach((r, i) => {
    const tokens = contentTokens(r.text);
    const squashed = squash(r.text);
    const words = new Set(tokens);
    const key = words.size === 0 ? `#${i}` : `${squashed}\u0000${[...words].sort().join(' ')}`;
    let text = byKey.get(key);
    if (!text) {
      text = { words, squashed, members: [], kinds: new Map() };
      byKey.set(key, text);
      out.push(text);
    }
    text.members.push(i);
    const kindKey = `${r.isKey}\u0000${personOf(r) ?? ''}`;
    const kind = text.kinds.get(kindKey);
    if (kind) kind.articles.add(r.articleId);
    else text.kinds.set(kindKey, { sample: i, articles: new Set([r.articleId]) });
  });
  return out;
}

const lastWord = (name: string) => name.split(' ').pop()!.toLowerCase();

/** The word test of two different texts: most words of the smaller inside the larger, or a shared run. */
function sameWords(sa: Set<string>, sb: Set<string>, qa: string, qb: string): boolean {
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
