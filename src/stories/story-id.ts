// Story ids come from the article that started the story, so they never change as the story
// grows, and the same articles ingested again after a restart get the same ids.

import { contentHash } from '../ingest/article-id.ts';

export function storyIdFor(firstArticleId: string, taken: (id: string) => boolean): string {
  const base = `story-${contentHash(firstArticleId).slice(0, 10)}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
