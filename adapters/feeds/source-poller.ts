// Polls every configured source on its own timer. A source that fails is retried with
// backoff and shows as failing in its status; it is never dropped, and one source's failure
// never stops the others. New articles go to `onArticles`.

import type { SourceConfig } from '../../src/config/types.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { type Clock, systemClock, type TimerHandle } from './clock.ts';
import type { DedupeIndex } from './dedupe.ts';
import { type ConditionalState, pollFeed } from './poll-feed.ts';
import { type FolderState, pollFolder } from './poll-folder.ts';
import type { IncomingArticle, PollResult } from './poll-result.ts';
import { firstDelay, nextDelay } from './poll-schedule.ts';
import { formatStatusLine, type SourceStatus } from './source-status.ts';

export interface PollerLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface SourcePollerOptions {
  sources: readonly SourceConfig[];
  fetch: SafeFetch;
  dedupe: DedupeIndex;
  onArticles(articles: IncomingArticle[], source: SourceConfig): void | Promise<void>;
  clock?: Clock;
  random?: () => number;
  logger?: PollerLogger;
}

export interface SourcePoller {
  start(): void;
  /** Stops the timers and waits for polls under way. */
  stop(): Promise<void>;
  /** Polls now (every source, or the one with this name), then goes on with its schedule. */
  pollNow(name?: string): Promise<void>;
  /** Resolves when no poll is under way. */
  idle(): Promise<void>;
  status(): SourceStatus[];
  statusLines(): string[];
}

interface Runtime {
  source: SourceConfig;
  status: SourceStatus;
  conditional: ConditionalState;
  files: FolderState;
  timer?: TimerHandle;
  running?: Promise<void>;
}

export function createSourcePoller(options: SourcePollerOptions): SourcePoller {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  let started = false;
  const runtimes: Runtime[] = options.sources.map((source) => ({
    source,
    status: {
      name: source.name,
      kind: source.kind,
      location: source.kind === 'feed' ? source.url : source.path,
      state: 'waiting',
      consecutiveFailures: 0,
      articlesAdded: 0,
      duplicatesSkipped: 0,
      itemNotes: [],
    },
    conditional: {},
    files: new Map(),
  }));

  function schedule(runtime: Runtime, delay: number) {
    if (!started) return;
    if (runtime.timer !== undefined) clock.clearTimer(runtime.timer);
    runtime.status.nextPollAt = clock.now() + delay;
    runtime.timer = clock.setTimer(() => {
      runtime.timer = undefined;
      void poll(runtime);
    }, delay);
  }

  async function pollOnce(runtime: Runtime): Promise<PollResult> {
    const { source } = runtime;
    return source.kind === 'feed'
      ? pollFeed(source, runtime.conditional, { fetch: options.fetch, dedupe: options.dedupe })
      : pollFolder(source, runtime.files, options.dedupe);
  }

  function poll(runtime: Runtime): Promise<void> {
    if (runtime.running) return runtime.running;
    runtime.running = (async () => {
      const { status, source } = runtime;
      status.lastPolledAt = clock.now();
      try {
        const result = await pollOnce(runtime);
        if (result.articles.length > 0) await options.onArticles(result.articles, source);
        Object.assign(status, { state: 'ok', lastSuccessAt: clock.now(), lastNotModified: result.notModified, consecutiveFailures: 0 });
        delete status.lastError;
        status.articlesAdded += result.articles.length;
        status.duplicatesSkipped += result.duplicates;
        status.itemNotes = result.notes;
        if (result.articles.length || result.notes.length) {
          options.logger?.info({ source: source.name, added: result.articles.length, notes: result.notes }, 'source polled');
        }
      } catch (error) {
        status.state = 'failing';
        status.consecutiveFailures++;
        status.lastError = (error as Error).message;
        options.logger?.warn({ source: source.name, failures: status.consecutiveFailures, error: status.lastError }, 'source poll failed');
      } finally {
        runtime.running = undefined;
        schedule(runtime, nextDelay(source.intervalMs, status.consecutiveFailures, random));
      }
    })();
    return runtime.running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      for (const runtime of runtimes) schedule(runtime, firstDelay(runtime.source.intervalMs, random));
    },
    async stop() {
      started = false;
      for (const runtime of runtimes) {
        if (runtime.timer !== undefined) clock.clearTimer(runtime.timer);
        runtime.timer = undefined;
        delete runtime.status.nextPollAt;
      }
      await Promise.all(runtimes.map((r) => r.running));
    },
    async pollNow(name) {
      await Promise.all(runtimes.filter((r) => name === undefined || r.source.name === name).map(poll));
    },
    async idle() {
      while (runtimes.some((r) => r.running)) await Promise.all(runtimes.map((r) => r.running));
    },
    status: () => runtimes.map((r) => ({ ...r.status, itemNotes: [...r.status.itemNotes] })),
    statusLines() {
      const now = clock.now();
      return runtimes.map((r) => formatStatusLine(r.status, now));
    },
  };
}
