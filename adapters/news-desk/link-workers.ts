// A bot without sources (the defaults' demo desk) has no analysis pool of its own, yet `/brief <url>`
// takes untrusted pages from anyone in the channel: their markup is parsed and their articles
// analysed in a one-worker pool, started at the first link (most demo runs never paste one) and
// closed with the bot, so Slack, Discord and the scheduler go on meanwhile.

import type { GazetteerEntry } from '../../src/analyse/gazetteer-data.ts';
import type { Gazetteer } from '../../src/analyse/gazetteer.ts';
import { createLruAnalysisCache } from '../ingest/analysis-cache.ts';
import { type AnalysePool, createAnalysePool } from '../ingest/analyse-pool.ts';
import { createCachedAnalyser } from '../ingest/cached-analyser.ts';
import { poolParser } from '../ingest/untrusted-parser.ts';
import type { LinkWork } from './brief-urls.ts';

export interface LinkWorkers extends LinkWork {
  /** Whether the pool has been started (by a first link). */
  readonly started: boolean;
  close(): Promise<void>;
}

export interface LinkWorkersOptions {
  /** The configured gazetteer entries, for the worker. */
  entries: GazetteerEntry[];
  /** The same entries with the defaults, for an analysis on this thread if the worker fails. */
  gazetteer: Gazetteer;
}

export function createLinkWorkers({ entries, gazetteer }: LinkWorkersOptions): LinkWorkers {
  let pool: AnalysePool | undefined;
  let closed = false;
  const started = () => {
    if (!pool && !closed) pool = createAnalysePool({ workers: 1, gazetteer: entries });
    return pool;
  };
  const parser = poolParser(started);
  const analyser = createCachedAnalyser({ cache: createLruAnalysisCache(50), pool: started, gazetteer });
  return {
    get started() {
      return pool !== undefined;
    },
    parser,
    analyse: (articles) => analyser.analyse(articles),
    async close() {
      closed = true;
      const closing = pool;
      pool = undefined;
      await closing?.close();
    },
  };
}
