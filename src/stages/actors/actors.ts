// Actors: the people, places and organisations the articles name, merged across articles (see
// actor-index.ts), with the role the articles give and every alias used. People first, then
// organisations, then places; within each kind the most salient first. Nothing is cut here: the
// JSON keeps every actor and each renderer says how many it leaves out ("and 12 more").

import type { Analysis } from '../../analyse/types.ts';
import type { Actor } from '../../briefing.ts';
import { actorIndex } from './actor-index.ts';

export interface ActorOptions {
  /** Most actors to return; by default all of them. */
  max?: number;
}

const KIND_ORDER = { person: 0, organization: 1, place: 2 } as const;

/**
 * How much an actor matters to the story: mentions, with a bonus for every further outlet that
 * names it (a name in two outlets is worth more than a name said twice in one) and for a role.
 */
export function salience(actor: Actor): number {
  return actor.mentions + 2 * (actor.articleIds.length - 1) + (actor.role ? 1 : 0);
}

export function collectActors(analysis: Analysis, options: ActorOptions = {}): Actor[] {
  const ranked = actorIndex(analysis)
    .actors.map(({ gender: _gender, ...actor }) => actor)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || salience(b) - salience(a) || a.name.localeCompare(b.name));
  return options.max === undefined ? ranked : ranked.slice(0, options.max);
}
