// Ingest's analysis step: each article's analysis comes from the cache when its exact text was
// analysed before, else from the worker pool (or this thread, without one), and is then cached.
// The key is the hash of the exact text, since every offset in an analysis points into it.

import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import type { Gazetteer } from '../../src/analyse/gazetteer.ts';
import type { AnalysedArticle } from '../../src/analyse/types.ts';
import type { Article } from '../../src/article.ts';
import { contentHash } from '../../src/ingest/article-id.ts';
import type { AnalysePool } from './analyse-pool.ts';
import type { AnalysisCache } from './analysis-cache.ts';
import { type AnalysisRecord, fromAnalysisRecord, toAnalysisRecord } from './analysis-record.ts';

export interface CachedAnalyser {
  analyse(articles: Article[]): Promise<AnalysedArticle[]>;
  readonly stats: { hits: number; misses: number };
}

export interface CachedAnalyserOptions {
  cache: AnalysisCache;
  /**
   * Without a pool, misses are analysed on the calling thread. A function is asked at each batch,
   * for an owner that starts and stops its pool after creating the analyser.
   */
  pool?: AnalysePool | (() => AnalysePool | undefined);
  /** For analyses on the calling thread; give the pool the same entries (`gazetteer` option). */
  gazetteer?: Gazetteer;
  /**
   * Told when the pool failed a batch (a worker crashed or ran out of heap on a huge article);
   * the batch is then analysed on the calling thread, so no article is lost.
   */
  onPoolFailure?: (error: Error) => void;
}

export function createCachedAnalyser({ cache, pool: poolOption, gazetteer, onPoolFailure }: CachedAnalyserOptions): CachedAnalyser {
  const options = gazetteer ? { gazetteer } : {};
  const analyseHere = (articles: Article[]) => articles.map((a) => toAnalysisRecord(analyseArticle(a, options)));

  async function analyseMissing(articles: Article[]): Promise<AnalysisRecord[]> {
    const pool = typeof poolOption === 'function' ? poolOption() : poolOption;
    if (!pool || articles.length === 0) return analyseHere(articles);
    try {
      return await pool.analyse(articles);
    } catch (error) {
      onPoolFailure?.(error instanceof Error ? error : new Error(String(error)));
      return analyseHere(articles);
    }
  }

  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    async analyse(articles) {
      const hashes = articles.map((a) => contentHash(a.text));
      const records: (AnalysisRecord | undefined)[] = await Promise.all(hashes.map((h) => cache.get(h)));
      // One analysis per distinct missing text, even when a batch repeats a text.
      const missing = new Map<string, Article>();
      records.forEach((r, i) => {
        if (!r && !missing.has(hashes[i]!)) missing.set(hashes[i]!, articles[i]!);
      });
      stats.hits += articles.length - missing.size;
      stats.misses += missing.size;
      const toAnalyse = [...missing.values()];
      const fresh = await analyseMissing(toAnalyse);
      const byHash = new Map<string, AnalysisRecord>([...missing.keys()].map((hash, i) => [hash, fresh[i]!]));
      await Promise.all([...byHash].map(([hash, record]) => cache.set(hash, record)));
      return articles.map((article, i) => fromAnalysisRecord(article, records[i] ?? byHash.get(hashes[i]!)!));
    },
  };
}
