// Wires the sources side of the bot from its configuration: safe fetch → source poller →
// analysis (worker pool, cached in the store) → ingest into the store and the story book → the
// NewsDesk the commands use. The room owns the analysis pool: start() starts it, stop() closes it.
//
//   const room = createNewsRoom({ config, store });
//   await room.start();            // restores recent stories, starts polling
//   createCommandHandler({ newsDesk: room.newsDesk, … });
//   …
//   await room.stop();

import { createHash } from 'node:crypto';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { BriefbotConfig } from '../../src/config/types.ts';
import { createStoryBook, type StoryBook } from '../../src/stories/story-book.ts';
import type { Clock } from '../feeds/clock.ts';
import { createMemoryDedupeIndex } from '../feeds/dedupe.ts';
import { createSourcePoller, type PollerLogger, type SourcePoller } from '../feeds/source-poller.ts';
import type { SourcePollLeases } from '../store/store.ts';
import { followSharedStories, type SharedStoryFollower } from './follow-shared-stories.ts';
import { type AnalysePool, createAnalysePool } from '../ingest/analyse-pool.ts';
import { createStoreAnalysisCache } from '../ingest/analysis-cache.ts';
import { analysisVersion } from '../ingest/analysis-version.ts';
import { type CachedAnalyser, createCachedAnalyser } from '../ingest/cached-analyser.ts';
import { poolParser } from '../ingest/untrusted-parser.ts';
import type { Resolver } from '../net/resolver.ts';
import { safeFetchFromConfig } from '../net/fetch-from-config.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { restoreStories } from './restore-stories.ts';
import { type ArticleAndStoryStore, createStoryIngest } from './story-ingest.ts';
import { poolBriefer } from './pool-briefer.ts';
import { createStoryNewsDesk } from './story-news-desk.ts';

export interface NewsRoomOptions {
  config: Pick<BriefbotConfig, 'sources' | 'fetch' | 'gazetteer' | 'stories'>;
  store: ArticleAndStoryStore;
  /** Tests: a stub DNS. Default: the system resolver. */
  resolve?: Resolver;
  clock?: Clock;
  random?: () => number;
  logger?: PollerLogger;
  now?: () => Date;
  /** Analysis worker threads; 0 analyses on the main thread. Default: one per core. */
  analysisWorkers?: number;
  /**
   * Several instances on one store: each source is polled by one instance at a time (a lease in
   * the store), and the others take in the stories it stored.
   */
  shared?: { leases: SourcePollLeases; instanceId: string };
  /** Stories in a `/brief` digest, whose leads are prepared after each ingest (default 5). */
  digestSize?: number;
}

const DIGEST_SIZE = 5;

export interface NewsRoom {
  newsDesk: NewsDesk;
  poller: SourcePoller;
  book: StoryBook;
  fetch: SafeFetch;
  /** Ingest's and the desk's analyses (its stats count cache hits and misses). */
  analyser: CachedAnalyser;
  /** Starts the analysis pool, restores the recent stories from the store, then starts polling. */
  start(): Promise<void>;
  /** Shared store: takes in the stories other instances stored since the last look. */
  catchUpShared(): Promise<void>;
  stop(): Promise<void>;
}

export function createNewsRoom(options: NewsRoomOptions): NewsRoom {
  const { config, store } = options;
  const now = options.now ?? (options.clock ? () => new Date(options.clock!.now()) : () => new Date());
  const gazetteer = createGazetteer(config.gazetteer);
  // Feeds and the pages they link to, and pasted links, each under their own allowlist.
  const fetch = safeFetchFromConfig(config.fetch, 'feeds', options.resolve);
  const linkFetch = safeFetchFromConfig(config.fetch, 'links', options.resolve);
  // The book keeps no texts: the desk reads them from the store, so memory does not grow with them.
  const book = createStoryBook({ windowMs: config.stories.windowMs, gazetteer, now, keepTexts: false });
  const dedupe = createMemoryDedupeIndex();
  let pool: AnalysePool | undefined;
  const analyser = createCachedAnalyser({
    cache: createStoreAnalysisCache(store, cacheVersion(config.gazetteer)),
    pool: () => pool,
    gazetteer,
    onPoolFailure: (error) => options.logger?.warn({ err: error }, 'analysis pool failed a batch; analysed on the main thread'),
  });
  const ingest = createStoryIngest(store, book, analyser, now);
  // Feeds, their pages and pasted links are parsed in the pool's workers once it has started.
  const parser = poolParser(() => pool);
  let follower: SharedStoryFollower | undefined;
  const poller = createSourcePoller({
    sources: config.sources,
    fetch,
    dedupe,
    parser,
    async onArticles(articles, source) {
      // Stories that can no longer grow leave memory; the store keeps them for /brief <id>.
      book.prune(new Date(now().getTime() - 2 * config.stories.windowMs));
      const summary = await ingest.ingest(articles);
      options.logger?.info({ source: source.name, ...summary }, 'articles taken in');
      // Once every source's poll is done: building leads blocks the thread for a moment, which must
      // not hold up fetches still in flight.
      if (summary.added > 0) void poller.idle().then(prepareDigest);
    },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.shared
      ? {
          shared: {
            leases: options.shared.leases,
            holder: options.shared.instanceId,
            onPolledElsewhere: () =>
              void follower?.catchUp().catch((error: Error) => options.logger?.warn({ error: error.message }, 'could not read the shared stories')),
          },
        }
      : {}),
  });
  // A source is still being read until its first poll since the start has ended (well or not),
  // or another instance is seen polling it; until then the desk serves what the store holds.
  const reading = () => {
    const statuses = poller.status();
    const waiting = statuses.filter((s) => s.state === 'waiting' && s.polledElsewhereAt === undefined);
    return { reading: waiting.length, total: statuses.length };
  };
  // Briefings are built in the pool's workers too, both halves at once, off the main thread.
  const briefer = poolBriefer(
    () => pool,
    (error) => options.logger?.warn({ err: error }, 'analysis pool failed a briefing; built on the main thread'),
  );
  const newsDesk = createStoryNewsDesk({ book, store, analyser, fetch: linkFetch, parser, briefer, gazetteer, sourceStatus: () => poller.statusLines(), reading, now });
  // The top stories' digest leads are built after each ingest, in the background once the polls
  // are done, so that `/brief` finds them cached (one run at a time: a run asked for meanwhile
  // follows it).
  let preparing: Promise<void> | undefined;
  let again = false;
  function prepareDigest(): void {
    if (preparing) {
      again = true;
      return;
    }
    preparing = newsDesk
      .prepareTopStories(options.digestSize ?? DIGEST_SIZE)
      .then(
        () => undefined,
        (error: Error) => options.logger?.warn({ error: error.message }, 'could not prepare the digest'),
      )
      .finally(() => {
        preparing = undefined;
        if (again) {
          again = false;
          prepareDigest();
        }
      });
  }

  return {
    newsDesk,
    poller,
    book,
    fetch,
    analyser,
    async start() {
      const workers = options.analysisWorkers;
      if (!pool && workers !== 0) {
        pool = createAnalysePool({ ...(workers ? { workers } : {}), gazetteer: config.gazetteer });
      }
      // Twice the story window: a story that was quiet for a while can still grow.
      const since = new Date(now().getTime() - 2 * config.stories.windowMs);
      const restoredAt = now();
      const restored = await restoreStories(store, book, dedupe, since, analyser);
      options.logger?.info(restored, 'stories restored');
      if (restored.articles > 0) prepareDigest();
      if (options.shared) follower = followSharedStories(store, book, dedupe, analyser, now, restoredAt);
      poller.start();
    },
    async catchUpShared() {
      await follower?.catchUp();
    },
    async stop() {
      await poller.stop();
      await preparing;
      const closing = pool;
      pool = undefined;
      await closing?.close();
    },
  };
}

/** The analyser's version, and the configured gazetteer's entries (they change what it finds). */
function cacheVersion(entries: NewsRoomOptions['config']['gazetteer']): string {
  if (entries.length === 0) return analysisVersion();
  return `${analysisVersion()}-gz${createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 8)}`;
}
