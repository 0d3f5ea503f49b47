// How many actors of one kind a chat or text briefing lists before it says "and N more": the
// briefing's JSON keeps every actor, ranked by salience, and the reader sees the first ones.

import type { Actor, ActorKind } from '../briefing.ts';

/** Actors of one kind a line lists by name; the rest are counted. */
export const ACTORS_SHOWN_PER_KIND = 12;

/** The first actors of a kind, in the briefing's order, and how many more there are. */
export function actorsOfKind(actors: readonly Actor[], kind: ActorKind, max = ACTORS_SHOWN_PER_KIND): { shown: Actor[]; more: number } {
  const all = actors.filter((a) => a.kind === kind);
  return { shown: all.slice(0, max), more: Math.max(0, all.length - max) };
}

/** " and 3 more" after a list, or nothing. */
export function andMore(more: number): string {
  return more > 0 ? ` and ${more} more` : '';
}
