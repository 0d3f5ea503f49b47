// New articles from the sources → the store (which drops duplicates by feed GUID, canonical URL
// and content hash) → their analyses (the analysis cache, else the worker pool) → the story book
// → the story saved with its new article.

import type { CachedAnalyser } from '../ingest/cached-analyser.ts';
import type { IncomingArticle } from '../feeds/poll-result.ts';
import type { ArticleStore, StoryStore } from '../store/store.ts';
import type { Article } from '../../src/article.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';

export type ArticleAndStoryStore = ArticleStore & StoryStore;

export interface IngestSummary {
  added: number;
  duplicates: number;
  newStories: number;
}

export interface StoryIngest {
  ingest(incoming: IncomingArticle[]): Promise<IngestSummary>;
}

export function createStoryIngest(
  store: ArticleAndStoryStore,
  book: StoryBook,
  analyser: CachedAnalyser,
  now: () => Date = () => new Date(),
): StoryIngest {
  return {
    async ingest(incoming) {
      const summary: IngestSummary = { added: 0, duplicates: 0, newStories: 0 };
      // Oldest first: a story grows the way it was reported.
      const ordered = [...incoming].sort((a, b) => (a.article.publishedAt ?? '').localeCompare(b.article.publishedAt ?? ''));
      const fresh: { article: Article; at: Date }[] = [];
      for (const { article, sourceId, guid } of ordered) {
        const at = now();
        const saved = await store.saveArticle(article, { feedId: sourceId, ...(guid ? { feedGuid: guid } : {}) }, at);
        if (saved.inserted) fresh.push({ article: saved.stored.article, at });
        else summary.duplicates++;
      }
      // One batch, so the pool's workers share it; the analyses are cached for the desk's briefings.
      const analyses = await analyser.analyse(fresh.map((f) => f.article));
      for (const [i, { article, at }] of fresh.entries()) {
        const { storyId, created } = book.add(article, { analysis: analyses[i]!, receivedAt: at });
        const story = book.heading(storyId)!;
        await store.saveStory({ id: storyId, label: story.label, meta: { keyActors: story.keyActors } }, at);
        await store.addArticleToStory(storyId, article.id, at);
        summary.added++;
        if (created) summary.newStories++;
      }
      return summary;
    },
  };
}
