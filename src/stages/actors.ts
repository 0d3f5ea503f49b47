// Actors: the people, places and organisations the articles name, merged across articles by
// their canonical name, with the role the articles give and every alias used.

import type { Analysis } from '../analyse/types.ts';
import type { Actor } from '../briefing.ts';
import { normaliseForComparison } from '../text/normalize.ts';

export interface ActorOptions {
  max?: number;
}

export function collectActors(analysis: Analysis, options: ActorOptions = {}): Actor[] {
  const outlets = new Set(analysis.articles.map((a) => normaliseForComparison(a.article.outlet)));
  const byName = new Map<string, Actor>();
  for (const { article, mentions } of analysis.articles) {
    for (const m of mentions) {
      // The outlet's own name is furniture, not an actor.
      if (outlets.has(normaliseForComparison(m.canonical))) continue;
      const key = `${m.kind}:${m.canonical}`;
      let actor = byName.get(key);
      if (!actor) {
        actor = { name: m.canonical, kind: m.kind, aliases: [], mentions: 0, articleIds: [] };
        byName.set(key, actor);
      }
      actor.mentions++;
      if (m.role && !actor.role) actor.role = m.role;
      const surface = m.text.replace(/[’']s$/, '');
      if (!actor.aliases.includes(surface)) actor.aliases.push(surface);
      if (!actor.articleIds.includes(article.id)) actor.articleIds.push(article.id);
    }
  }
  const kindOrder = { person: 0, organization: 1, place: 2 } as const;
  return [...byName.values()]
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, options.max ?? 30);
}
