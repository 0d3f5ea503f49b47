// Ingest for the benchmark: what adapters/news-desk/story-ingest.ts does (store, story book,
// story saved with its article), with the analysis done beforehand on the worker pool through
// the analysis cache, each batch analysed while the previous one is stored and grouped.
// Articles are taken from an iterable as needed, so the whole corpus is never held at once.

import type { CachedAnalyser } from '../adapters/ingest/cached-analyser.ts';
import type { Store } from '../adapters/store/store.ts';
import type { Article } from '../src/article.ts';
import type { StoryBook } from '../src/stories/story-book.ts';

const BATCH = 64;

function* batchesOf(articles: Iterable<Article>): Generator<Article[]> {
  let batch: Article[] = [];
  for (const article of articles) {
    batch.push(article);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export interface IngestDeps {
  store: Store;
  book: StoryBook;
  analyser: CachedAnalyser;
  now: Date;
}

export interface IngestReport {
  articles: number;
  /** Main-thread time waiting for the pool, storing, and grouping into stories. */
  waitingMs: number;
  storeMs: number;
  storyBookMs: number;
}

export async function ingestCorpus(articles: Iterable<Article>, { store, book, analyser, now }: IngestDeps): Promise<IngestReport> {
  const report: IngestReport = { articles: 0, waitingMs: 0, storeMs: 0, storyBookMs: 0 };
  const since = (start: number) => performance.now() - start;
  const batches = batchesOf(articles);
  let next = batches.next();
  let pending = next.done ? undefined : analyser.analyse(next.value);
  while (pending) {
    let t = performance.now();
    const analysed = await pending;
    report.waitingMs += since(t);
    next = batches.next();
    pending = next.done ? undefined : analyser.analyse(next.value);
    for (const analysis of analysed) {
      t = performance.now();
      const { inserted } = await store.saveArticle(analysis.article, {}, now);
      report.storeMs += since(t);
      if (!inserted) continue;
      t = performance.now();
      // With the analysis given, the book does not analyse again (as in adapters/news-desk's ingest).
      const { storyId, created } = book.add(analysis.article, { analysis, receivedAt: now });
      report.storyBookMs += since(t);
      t = performance.now();
      if (created) await store.saveStory({ id: storyId, label: book.story(storyId)!.label }, now);
      await store.addArticleToStory(storyId, analysis.article.id, now);
      report.storeMs += since(t);
      report.articles++;
    }
  }
  return report;
}
