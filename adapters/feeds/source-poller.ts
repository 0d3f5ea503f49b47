// Polls every configured source on its own timer. A source that fails is retried with
// backoff and shows as failing in its status; it is never dropped, and one source's failure
// never stops the others. New articles go to `onArticles`.
//
// With `shared` (several instances on one store), each poll first takes the source's lease in
// the store: one instance polls a source at a time, and the poll's next due time holds for every
// instance, so a feed is fetched about once per interval however many instances run. A source
// polled elsewhere is reported to `onPolledElsewhere` (the news room then reads the new stories
// from the store).

import type { SourceConfig } from '../../src/config/types.ts';
import type { UntrustedParser } from '../ingest/untrusted-parser.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { type Clock, systemClock, type TimerHandle } from './clock.ts';
import type { SourcePollLeases } from '../store/store.ts';
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
  /** Where feeds and their pages are parsed (the worker pool in the bot); default: this thread. */
  parser?: UntrustedParser;
  clock?: Clock;
  random?: () => number;
  logger?: PollerLogger;
  shared?: SharedPolling;
}

export interface SharedPolling {
  leases: SourcePollLeases;
  /** This instance's id. */
  holder: string;
  /** How long a poll may hold its source before another instance may take it. Default 5 min. */
  leaseMs?: number;
  /** A due source was being (or had just been) polled by another instance. */
  onPolledElsewhere?(source: SourceConfig): void;
}

/** The store's key of a source: the same on every instance with the same configuration. */
export function sourceKey(source: SourceConfig): string {
  return source.kind === 'feed' ? `feed:${source.url}` : `folder:${source.path}`;
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
      ? pollFeed(source, runtime.conditional, { fetch: options.fetch, dedupe: options.dedupe, ...(options.parser ? { parser: options.parser } : {}) })
      : pollFolder(source, runtime.files, options.dedupe, options.parser);
  }

  /** Shared store: takes the source for this poll, or leaves it to the instance that has it. */
  async function takeTurn(source: SourceConfig): Promise<boolean> {
    const shared = options.shared;
    if (!shared) return true;
    const now = clock.now();
    try {
      if (await shared.leases.claimSourcePoll(sourceKey(source), shared.holder, new Date(now), new Date(now + (shared.leaseMs ?? 5 * 60_000)))) return true;
    } catch (error) {
      // The store is unreachable: polling twice beats not polling (articles are deduplicated).
      options.logger?.warn({ source: source.name, error: (error as Error).message }, 'could not take the source poll lease; polling anyway');
      return true;
    }
    shared.onPolledElsewhere?.(source);
    return false;
  }

  async function endTurn(source: SourceConfig, delay: number): Promise<void> {
    const shared = options.shared;
    if (!shared) return;
    await shared.leases
      .finishSourcePoll(sourceKey(source), shared.holder, new Date(clock.now() + delay))
      .catch((error: Error) => options.logger?.warn({ source: source.name, error: error.message }, 'could not end the source poll lease'));
  }

  function poll(runtime: Runtime): Promise<void> {
    if (runtime.running) return runtime.running;
    runtime.running = (async () => {
      const { status, source } = runtime;
      if (!(await takeTurn(source))) {
        status.polledElsewhereAt = clock.now();
        runtime.running = undefined;
        schedule(runtime, nextDelay(source.intervalMs, 0, random));
        return;
      }
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
        const delay = nextDelay(source.intervalMs, status.consecutiveFailures, random);
        await endTurn(source, delay);
        runtime.running = undefined;
        schedule(runtime, delay);
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
