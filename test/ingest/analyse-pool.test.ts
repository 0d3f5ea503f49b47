import { afterAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createAnalysePool } from '../../adapters/ingest/analyse-pool.ts';
import { toAnalysisRecord } from '../../adapters/ingest/analysis-record.ts';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import type { Article } from '../../src/article.ts';

const demo = loadPaths([demoCorpusDir]).articles;
const article = (text: string, id = text): Article => ({ id, outlet: 'Test Wire', title: '', text });

describe('the analysis pool (worker threads running the real analyser)', () => {
  const pool = createAnalysePool({ workers: 2, chunkSize: 1 });
  afterAll(() => pool.close());

  it('gives, in order, exactly what analysing on this thread gives', async () => {
    await pool.ready();
    const articles = [...demo, ...demo.map((a) => ({ ...a, id: `${a.id}-again` }))];
    const records = await pool.analyse(articles);
    expect(records).toEqual(articles.map((a) => toAnalysisRecord(analyseArticle(a))));
  });

  it('answers an empty batch without touching a worker', async () => {
    await expect(pool.analyse([])).resolves.toEqual([]);
  });
});

describe('the analysis pool when workers fail', () => {
  it('a worker that dies fails only its own chunk, and a new worker takes over', async () => {
    const pool = createAnalysePool({ workers: 1, chunkSize: 1, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    try {
      await pool.ready();
      const [first, dying, after] = [pool.analyse([article('one')]), pool.analyse([article('exit')]), pool.analyse([article('three')])];
      await expect(first).resolves.toHaveLength(1);
      await expect(dying).rejects.toThrow(/exited with code 3/);
      const records = await after;
      expect(records[0]!.mentions[0]!.text).toBe('three');
      await expect(pool.analyse([article('four'), article('five')])).resolves.toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('a worker that runs out of its heap fails its chunk, and a new worker takes over', async () => {
    const pool = createAnalysePool({ workers: 1, chunkSize: 1, workerHeapMb: 16, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    try {
      await pool.ready();
      await expect(pool.analyse([article('grow')])).rejects.toThrow(/memory/);
      await expect(pool.analyse([article('after')])).resolves.toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it('a parse past its wall-clock limit is refused as too complex, its worker killed and replaced', async () => {
    const pool = createAnalysePool({ workers: 1, parseTimeoutMs: 300, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    try {
      await pool.ready();
      const stuck = pool.parse({ task: 'page', html: '<p>x</p>', name: 'stuck' });
      const queued = pool.parse({ task: 'page', html: '<p>x</p>', name: 'after' });
      const refused = await stuck.then(() => undefined, (error: unknown) => error);
      expect(refused).toMatchObject({ code: 'PAGE_TOO_COMPLEX', message: expect.stringContaining('stuck: page too complex') });
      // The work behind it goes to the replacement worker, and so does later work.
      await expect(queued).resolves.toMatchObject({ body: 'after' });
      await expect(pool.parse({ task: 'page', html: '<p>y</p>', name: 'later' })).resolves.toMatchObject({ body: 'later' });
      await expect(pool.analyse([article('still analyses')])).resolves.toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it("a parse's limit counts from when the worker has its parsers: loading them (a first parse) is not parsing", async () => {
    const pool = createAnalysePool({ workers: 1, parseTimeoutMs: 300, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    try {
      await pool.ready();
      // 900 ms of loading, three times the limit, then a parse well within it.
      await expect(pool.parse({ task: 'page', html: '<p>x</p>', name: 'slow-load' })).resolves.toMatchObject({ body: 'slow-load' });
    } finally {
      await pool.close();
    }
  });

  it('a worker script that cannot load fails the work with its error instead of restarting forever', async () => {
    const pool = createAnalysePool({ workers: 2, entry: new URL('./fixtures/broken-worker.ts', import.meta.url) });
    try {
      await expect(pool.ready()).rejects.toThrow(/does not load/);
      await expect(pool.analyse([article('anything')])).rejects.toThrow(/does not load/);
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed', async () => {
    const pool = createAnalysePool({ workers: 1, entry: new URL('./fixtures/fussy-worker.ts', import.meta.url) });
    await pool.close();
    await expect(pool.analyse([article('late')])).rejects.toThrow(/closed/);
  });
});
