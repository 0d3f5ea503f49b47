// Key quotes with their speakers, merged across outlets; or, with `fragments`, the short quoted
// phrases, kept with their speaker where their sentence names one. See attribution.ts for the
// attribution rules and merge.ts for merging.
//
// A quoted phrase of four words or more inside paraphrase ("the NRA “became a foreign asset”")
// whose speaker the text gives (named or described) is someone's words a reader may want: it is
// reported among the quotes, marked `partial`. Shorter phrases (“two-way street”) and phrases no
// one is credited with (scare quotes, titles) stay fragments, and so does a phrase another
// outlet prints inside a fuller key quote (the key quote already reports those words).

import type { Analysis, Mention } from '../../analyse/types.ts';
import type { Quote, Speaker } from '../../briefing.ts';
import { type ActorIndex, actorIndex } from '../actors/actor-index.ts';
import { attributeArticle, type RawQuote } from './attribution.ts';
import { type CreditedQuote, creditGroup } from './credit.ts';
import { wordCount } from './kind.ts';
import { groupQuotes } from './merge.ts';
import { findWording, squashWords } from './wording.ts';

export type { RawQuote } from './attribution.ts';

export interface QuoteOptions {
  /** Return the quoted fragments (short phrases) instead of the key quotes. */
  fragments?: boolean;
}

const cache = new WeakMap<Analysis, { groups: CreditedQuote[]; actors: ActorIndex }>();

/** Every quote of every article, attributed, before merging (for evaluation and debugging). */
export function rawQuotes(analysis: Analysis): RawQuote[] {
  const actors = actorIndex(analysis);
  return analysis.articles.flatMap((a) =>
    attributeArticle(a, {
      genderOf: (articleId, m) => m.gender ?? actors.actorOf(articleId, m)?.gender,
      roleOf: (articleId, m) => m.role ?? actors.actorOf(articleId, m)?.role,
    }),
  );
}

function grouped(analysis: Analysis): { groups: CreditedQuote[]; actors: ActorIndex } {
  let entry = cache.get(analysis);
  if (!entry) {
    const order = new Map(analysis.articles.map((a, i) => [a.article.id, i]));
    entry = { groups: groupQuotes(rawQuotes(analysis), order).flatMap(creditGroup), actors: actorIndex(analysis) };
    cache.set(analysis, entry);
  }
  return entry;
}

function speakerOf(actors: ActorIndex, articleId: string, mention: Mention): Speaker {
  const actor = actors.actorOf(articleId, mention);
  if (!actor) return { name: mention.canonical, ...(mention.role ? { role: mention.role } : {}) };
  return { name: actor.name, ...(actor.role ? { role: actor.role } : {}) };
}

/** The speaker most members agree on; a named one beats an unnamed one, which beats none. */
function groupSpeaker(actors: ActorIndex, group: CreditedQuote): { speaker: Speaker | null; unnamed?: string } {
  const votes = new Map<string, { speaker: Speaker; count: number; display: boolean }>();
  for (const m of group.members) {
    if (!m.speaker) continue;
    const speaker = speakerOf(actors, m.articleId, m.speaker);
    const v = votes.get(speaker.name) ?? { speaker, count: 0, display: false };
    v.count++;
    v.display ||= m === group.display;
    votes.set(speaker.name, v);
  }
  const best = [...votes.values()].sort((a, b) => b.count - a.count || Number(b.display) - Number(a.display))[0];
  if (best) return { speaker: best.speaker };
  const unnamed = group.display.unnamed ?? group.members.find((m) => m.unnamed)?.unnamed;
  return unnamed ? { speaker: null, unnamed } : { speaker: null };
}

/** Words a quoted phrase needs to be reported as a (partial) quote rather than a fragment. */
export const PARTIAL_QUOTE_WORDS = 4;

const MINOR_WORDS = /^(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|by|with|from|as|into|vs)$/i;

/**
 * "Red Neck Country Club", "Sharknado 3: Oh Hell No!": a phrase whose every word but the minor
 * ones is capitalised names a title, a show or a slogan; it is no one's words.
 */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:[’'.-]+[\p{L}\p{N}]+)*/gu) ?? [];
  const major = words.filter((w) => !MINOR_WORDS.test(w));
  return major.length >= 2 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function attributeQuotes(analysis: Analysis, options: QuoteOptions = {}): Quote[] {
  const { groups, actors } = grouped(analysis);
  const wantKey = !options.fragments;
  const isKey = (g: CreditedQuote) => g.members.some((m) => m.isKey) && g.display.isKey;
  const keyWordings = groups.filter(isKey).map((g) => squashWords(g.display.text));
  const out: Quote[] = [];
  for (const g of groups) {
    const key = isKey(g);
    const fragment = !g.members.some((m) => m.isKey);
    if (!key && !fragment) continue;
    const { speaker, unnamed } = groupSpeaker(actors, g);
    const partial =
      fragment &&
      (speaker !== null || unnamed !== undefined) &&
      wordCount(g.display.text) >= PARTIAL_QUOTE_WORDS &&
      !isTitleCase(g.display.text) &&
      !keyWordings.some((k) => findWording(k, squashWords(g.display.text)) >= 0);
    if (wantKey !== (key || partial)) continue;
    out.push({
      text: g.display.text,
      speaker,
      ...(unnamed ? { unnamedSpeaker: unnamed } : {}),
      ...(partial ? { partial: true } : {}),
      support: g.support,
    });
  }
  return out;
}
