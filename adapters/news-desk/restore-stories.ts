// At start, the stories of the last days come back from the store into the story book, under
// the ids they had, and their articles' keys into the dedupe index, so that a restart neither
// renames stories nor fetches known articles again. Their analyses come from the analysis cache.

import { type DedupeIndex, contentHashKey, keysOfItem } from '../feeds/dedupe.ts';
import type { CachedAnalyser } from '../ingest/cached-analyser.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';
import type { Article } from '../../src/article.ts';
import type { ArticleAndStoryStore } from './story-ingest.ts';

const MAX_STORIES = 10_000;
/** Articles analysed (mostly: read from the cache) at once, so a big restore is not held whole. */
const BATCH = 64;

export async function restoreStories(
  store: ArticleAndStoryStore,
  book: StoryBook,
  dedupe: DedupeIndex,
  since: Date,
  analyser: CachedAnalyser,
): Promise<{ stories: number; articles: number }> {
  const stories = await store.listStories({ limit: MAX_STORIES, updatedSince: since });
  const entries: { article: Article; storyId: string }[] = [];
  for (const story of stories) {
    for (const article of await store.storyArticles(story.id)) entries.push({ article, storyId: story.id });
  }
  entries.sort((a, b) => (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? '') || a.article.id.localeCompare(b.article.id));
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    const analyses = await analyser.analyse(batch.map((e) => e.article));
    for (const [j, { article, storyId }] of batch.entries()) {
      // Received "now": a restored story counts as fresh for pruning until the window has passed.
      book.add(article, { storyId, analysis: analyses[j]! });
      const stored = await store.getArticle(article.id);
      const keys = keysOfItem({ ...(article.url ? { url: article.url } : {}), ...(stored?.feedGuid ? { guid: stored.feedGuid } : {}) }, stored?.feedId ?? '');
      dedupe.remember({ ...keys, contentHash: contentHashKey(article.text) }, article.id);
    }
  }
  return { stories: stories.length, articles: entries.length };
}
