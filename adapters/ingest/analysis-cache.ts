// Where analyses are kept by content hash, so that an article seen again (another feed, a
// restart, a re-poll) is not analysed twice: in memory (an LRU) or in the store's cache table.

import type { ArticleStore } from '../store/store.ts';
import type { AnalysisRecord } from './analysis-record.ts';

export interface AnalysisCache {
  get(hash: string): Promise<AnalysisRecord | undefined>;
  set(hash: string, record: AnalysisRecord): Promise<void>;
}

/** Keeps the `maxEntries` most recently used analyses; a Map iterates in insertion order. */
export function createLruAnalysisCache(maxEntries = 2_000): AnalysisCache {
  const entries = new Map<string, AnalysisRecord>();
  return {
    async get(hash) {
      const record = entries.get(hash);
      if (record) {
        entries.delete(hash);
        entries.set(hash, record);
      }
      return record;
    },
    async set(hash, record) {
      entries.delete(hash);
      entries.set(hash, record);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}

type AnalysisTable = Pick<ArticleStore, 'getCachedAnalysis' | 'cacheAnalysis'>;

/** The store's analysis table; `version` names the analyser, so a changed analyser starts afresh. */
export function createStoreAnalysisCache(store: AnalysisTable, version: string, now: () => Date = () => new Date()): AnalysisCache {
  return {
    async get(hash) {
      return (await store.getCachedAnalysis(hash, version)) as AnalysisRecord | undefined;
    },
    async set(hash, record) {
      await store.cacheAnalysis(hash, version, record, now());
    },
  };
}
