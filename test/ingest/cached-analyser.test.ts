import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createAnalysePool } from '../../adapters/ingest/analyse-pool.ts';
import { createLruAnalysisCache, createStoreAnalysisCache } from '../../adapters/ingest/analysis-cache.ts';
import { fromAnalysisRecord, toAnalysisRecord } from '../../adapters/ingest/analysis-record.ts';
import { analysisVersion } from '../../adapters/ingest/analysis-version.ts';
import { createCachedAnalyser } from '../../adapters/ingest/cached-analyser.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import { contentHash } from '../../src/ingest/article-id.ts';

const demo = loadPaths([demoCorpusDir]).articles;

describe('analysis records', () => {
  it('give back the full analysis, and fit the same text under another id and outlet', () => {
    for (const article of demo) {
      const analysed = analyseArticle(article);
      const record = toAnalysisRecord(analysed);
      expect(JSON.stringify(record)).not.toContain(article.id);
      expect(fromAnalysisRecord(article, record)).toEqual(analysed);
      const copy = { ...article, id: 'syndicated-copy', outlet: 'Another Outlet' };
      expect(fromAnalysisRecord(copy, JSON.parse(JSON.stringify(record)))).toEqual(analyseArticle(copy));
    }
  });
});

describe('the cached analyser', () => {
  it('analyses each distinct text once and serves repeats from the cache', async () => {
    const analyser = createCachedAnalyser({ cache: createLruAnalysisCache(10) });
    const first = await analyser.analyse([...demo, { ...demo[0]!, id: 'repeat-in-batch' }]);
    expect(analyser.stats).toEqual({ hits: 1, misses: demo.length });
    expect(first.slice(0, demo.length)).toEqual(demo.map((a) => analyseArticle(a)));
    expect(first[demo.length]!.sentences.every((s) => s.articleId === 'repeat-in-batch')).toBe(true);

    const again = await analyser.analyse(demo);
    expect(analyser.stats).toEqual({ hits: 1 + demo.length, misses: demo.length });
    expect(again).toEqual(demo.map((a) => analyseArticle(a)));
  });

  it('a changed text is a new analysis: the key is the exact text, not the id', async () => {
    const analyser = createCachedAnalyser({ cache: createLruAnalysisCache(10) });
    await analyser.analyse([demo[0]!]);
    const edited = { ...demo[0]!, text: `${demo[0]!.text}\n\nA late paragraph added by the editors.` };
    const [result] = await analyser.analyse([edited]);
    expect(analyser.stats.misses).toBe(2);
    expect(result).toEqual(analyseArticle(edited));
  });

  it('analyses a batch on its own thread when the pool fails it, so no article is lost', async () => {
    const pool = createAnalysePool({ workers: 1, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    const failures: Error[] = [];
    try {
      const analyser = createCachedAnalyser({ cache: createLruAnalysisCache(10), pool, onPoolFailure: (e) => failures.push(e) });
      const dying = { ...demo[0]!, id: 'kills-the-worker', text: 'exit' };
      const result = await analyser.analyse([demo[1]!, dying]);
      expect(failures).toHaveLength(1);
      expect(result).toEqual([analyseArticle(demo[1]!), analyseArticle(dying)]);
    } finally {
      await pool.close();
    }
  });

  it('the LRU keeps only the most recently used entries', async () => {
    const cache = createLruAnalysisCache(2);
    const record = toAnalysisRecord(analyseArticle(demo[0]!));
    await cache.set('a', record);
    await cache.set('b', record);
    await cache.get('a');
    await cache.set('c', record);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(record);
    expect(await cache.get('c')).toBe(record);
  });

  it('keeps analyses in the store across analysers (a restart), per analyser version', async () => {
    const store = createSqliteStore(':memory:');
    try {
      const version = analysisVersion();
      const before = createCachedAnalyser({ cache: createStoreAnalysisCache(store, version) });
      await before.analyse(demo);
      expect(await store.getCachedAnalysis(contentHash(demo[0]!.text), version)).toBeDefined();

      const after = createCachedAnalyser({ cache: createStoreAnalysisCache(store, version) });
      expect(await after.analyse(demo)).toEqual(demo.map((a) => analyseArticle(a)));
      expect(after.stats).toEqual({ hits: demo.length, misses: 0 });

      const newer = createCachedAnalyser({ cache: createStoreAnalysisCache(store, `${version}-next`) });
      await newer.analyse(demo);
      expect(newer.stats.misses).toBe(demo.length);
    } finally {
      await store.close();
    }
  });

  it('the analyser version follows the analysis sources', () => {
    expect(analysisVersion()).toMatch(/^analyse-[0-9a-f]{12}$/);
    expect(analysisVersion()).toBe(analysisVersion());
  });
});
