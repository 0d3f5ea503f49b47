// Which outlets a merged quote credits, and where. A group of alike quotes (merge.ts) prints one
// wording; an outlet is credited only where its own text holds that wording (see wording.ts): a
// member with the same words, or a longer member narrowed to the words printed, or the pieces one
// outlet split the quote into, in order. A member that holds other words (a shorter version, a
// different ending) is not credited for the printed words: it is printed as a quote of its own,
// with the outlets whose text it is. Pieces of the printed wording from an outlet already
// credited add nothing and are dropped.

import type { Support } from '../../briefing.ts';
import type { RawQuote } from './attribution.ts';
import type { QuoteGroup } from './merge.ts';
import { findWording, sameWording, type Word, wordsWithOffsets } from './wording.ts';

export interface CreditedQuote {
  /** The members credited (they vote on the speaker). */
  members: RawQuote[];
  display: RawQuote;
  support: Support[];
}

export function creditGroup(group: QuoteGroup): CreditedQuote[] {
  if (group.members.length === 1) {
    const m = group.members[0]!;
    return [{ members: [m], display: m, support: [{ articleId: m.articleId, start: m.start, end: m.end }] }];
  }
  const words = new Map(group.members.map((m) => [m, wordsWithOffsets(m.text, m.start)]));
  const out: CreditedQuote[] = [];
  let rest = group.members;
  // The group's own choice of wording first (the fullest); then what is left, fullest first.
  let display: RawQuote | undefined = group.display;
  while (rest.length > 0) {
    const chosen = display && rest.includes(display) ? display : fullest(rest, words);
    display = undefined;
    const { credited, support, absorbed } = cover(chosen, rest, words);
    out.push({ members: credited, display: chosen, support });
    rest = rest.filter((m) => !credited.includes(m) && !absorbed.has(m));
  }
  return out;
}

function fullest(members: RawQuote[], words: Map<RawQuote, Word[]>): RawQuote {
  return [...members].sort((a, b) => Number(b.isKey) - Number(a.isKey) || words.get(b)!.length - words.get(a)!.length)[0]!;
}

function cover(display: RawQuote, members: RawQuote[], words: Map<RawQuote, Word[]>) {
  const target = words.get(display)!.map((w) => w.word);
  const credited: RawQuote[] = [];
  const support: Support[] = [];
  const absorbed = new Set<RawQuote>();
  const byArticle = new Map<string, RawQuote[]>();
  for (const m of members) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  for (const [articleId, list] of byArticle) {
    let matched = false;
    for (const m of list) {
      const own = words.get(m)!;
      const ownWords = own.map((w) => w.word);
      if (m === display || sameWording(ownWords, target)) {
        credited.push(m);
        support.push({ articleId, start: m.start, end: m.end });
        matched = true;
        continue;
      }
      // A longer version holds the printed words: credit it for those words only.
      const at = findWording(ownWords, target);
      if (at >= 0) {
        credited.push(m);
        support.push({ articleId, start: own[at]!.start, end: own[at + target.length - 1]!.end });
        matched = true;
      }
    }
    const pieces = list.filter((m) => !credited.includes(m) && findWording(target, words.get(m)!.map((w) => w.word)) >= 0);
    if (matched) {
      for (const p of pieces) absorbed.add(p);
      continue;
    }
    // One outlet split the quote around its attribution: its pieces, in order, are the words printed.
    if (pieces.length > 1 && sameWording(pieces.flatMap((p) => words.get(p)!.map((w) => w.word)), target)) {
      for (const p of pieces) {
        credited.push(p);
        support.push({ articleId, start: p.start, end: p.end });
      }
    }
  }
  return { credited, support, absorbed };
}
