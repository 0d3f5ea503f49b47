// Several instances on one store: a source is polled by one of them at a time, so the others learn
// of new articles from the store. This reads the stories updated since the last look and puts
// their articles that this instance's story book does not hold yet into it, under the story ids
// the polling instance gave them (analyses from the shared cache), and into the dedupe index.

import type { Article } from '../../src/article.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';
import { contentHashKey, type DedupeIndex, keysOfItem } from '../feeds/dedupe.ts';
import type { CachedAnalyser } from '../ingest/cached-analyser.ts';
import type { ArticleAndStoryStore } from './story-ingest.ts';

export interface SharedStoryFollower {
  /** Takes in what other instances stored since the last call. Calls never overlap. */
  catchUp(): Promise<{ articles: number }>;
}

export function followSharedStories(
  store: ArticleAndStoryStore,
  book: StoryBook,
  dedupe: DedupeIndex,
  analyser: CachedAnalyser,
  now: () => Date,
  since: Date,
): SharedStoryFollower {
  let seenUntil = since;
  let running: Promise<{ articles: number }> | undefined;

  async function catchUp(): Promise<{ articles: number }> {
    const started = now();
    // A little overlap: a story saved while we read is seen next time (known articles are skipped).
    const stories = await store.listStories({ limit: 10_000, updatedSince: new Date(seenUntil.getTime() - 60_000) });
    const fresh: { article: Article; storyId: string }[] = [];
    for (const story of stories) {
      for (const article of await store.storyArticles(story.id)) {
        if (book.storyOf(article.id) === undefined) fresh.push({ article, storyId: story.id });
      }
    }
    fresh.sort((a, b) => (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? '') || a.article.id.localeCompare(b.article.id));
    const analyses = await analyser.analyse(fresh.map((f) => f.article));
    for (const [i, { article, storyId }] of fresh.entries()) {
      book.add(article, { storyId, analysis: analyses[i]! });
      const stored = await store.getArticle(article.id);
      const keys = keysOfItem({ ...(article.url ? { url: article.url } : {}), ...(stored?.feedGuid ? { guid: stored.feedGuid } : {}) }, stored?.feedId ?? '');
      dedupe.remember({ ...keys, contentHash: contentHashKey(article.text) }, article.id);
    }
    seenUntil = started;
    return { articles: fresh.length };
  }

  return {
    catchUp() {
      running ??= catchUp().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
