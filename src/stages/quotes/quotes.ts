// Key quotes with their speakers, merged across outlets; or, with `fragments`, the short quoted
// phrases, kept with their speaker where their sentence names one. See quote-attribution.ts for
// the attribution rules and quote-merge.ts for merging.

import type { Analysis, Mention } from '../../analyse/types.ts';
import type { Quote, Speaker } from '../../briefing.ts';
import { type ActorIndex, actorIndex } from '../actors/actor-index.ts';
import { attributeArticle, type RawQuote } from './attribution.ts';
import { type CreditedQuote, creditGroup } from './credit.ts';
import { groupQuotes } from './merge.ts';

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

export function attributeQuotes(analysis: Analysis, options: QuoteOptions = {}): Quote[] {
  const { groups, actors } = grouped(analysis);
  const wantKey = !options.fragments;
  return groups
    .filter((g) => (wantKey ? g.members.some((m) => m.isKey) && g.display.isKey : !g.members.some((m) => m.isKey)))
    .map((g) => {
      const { speaker, unnamed } = groupSpeaker(actors, g);
      return {
        text: g.display.text,
        speaker,
        ...(unnamed ? { unnamedSpeaker: unnamed } : {}),
        support: g.support,
      };
    });
}
