// Actors: the people, places and organisations the articles name, merged across articles (see
// actor-index.ts), with the role the articles give and every alias used. People first, then
// organisations, then places; the most mentioned first within each.

import type { Analysis } from '../../analyse/types.ts';
import type { Actor } from '../../briefing.ts';
import { actorIndex } from './actor-index.ts';

export interface ActorOptions {
  max?: number;
}

export function collectActors(analysis: Analysis, options: ActorOptions = {}): Actor[] {
  const kindOrder = { person: 0, organization: 1, place: 2 } as const;
  return actorIndex(analysis)
    .actors.map(({ gender: _gender, ...actor }) => actor)
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, options.max ?? 30);
}
