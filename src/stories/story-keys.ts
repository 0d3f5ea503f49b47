// Article features → the weighted keys a story is matched on. Actors weigh more than words:
// two articles naming the same three people are about the same thing more surely than two
// articles using the same three nouns.

import type { ArticleFeatures } from './article-features.ts';
import type { Vector } from './vectors.ts';

export const ACTOR_WEIGHT = 2;

export const actorKey = (name: string) => `a:${name}`;
export const termKey = (stemmed: string) => `t:${stemmed}`;
export const isActorKey = (key: string) => key.startsWith('a:');
export const keyName = (key: string) => key.slice(2);

/** Log-scaled counts, before any rarity weighting. */
export function rawKeyWeights(features: ArticleFeatures): Vector {
  const v: Vector = new Map();
  for (const [name, n] of features.actors) v.set(actorKey(name), ACTOR_WEIGHT * (1 + Math.log(n)));
  for (const [term, n] of features.terms) v.set(termKey(term), 1 + Math.log(n));
  return v;
}
