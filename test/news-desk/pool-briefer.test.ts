// Briefings built in the analysis pool's workers, a half on each (src/build-briefing.ts
// BriefingPart): the same briefing as one thread builds, the main thread left free meanwhile,
// ahead of queued analyses, and built here when the pool cannot.

import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createAnalysePool } from '../../adapters/ingest/analyse-pool.ts';
import { toAnalysisRecord } from '../../adapters/ingest/analysis-record.ts';
import { inProcessBriefer, poolBriefer } from '../../adapters/news-desk/pool-briefer.ts';
import { analyse } from '../../src/analyse/analyse-article.ts';
import type { Article } from '../../src/article.ts';
import { BRIEFING_PARTS, briefingFromAnalysis, briefingPart, joinBriefingParts } from '../../src/build-briefing.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from '../helpers/shared-corpus.ts';

const OPTIONS = { title: 'A story', generatedAt: '2026-04-10T12:00:00.000Z' };
const demo = loadPaths([demoCorpusDir]).articles;

/** An invented story of `n` reports by four outlets: claims, a denial, quotes, a pending vote. */
function story(n: number): Article[] {
  const outlets = ['Fenwick Gazette', 'Tarn Courier', 'Osk Radio', 'Brill Valley Times'];
  return Array.from({ length: n }, (_, i) => ({
    id: `ferry-${i}`,
    outlet: outlets[i % outlets.length]!,
    title: 'Quillmere ferry to stop',
    publishedAt: `2026-04-0${1 + (i % 9)}`,
    text:
      `The Quillmere ferry service will stop for ${i + 2} weeks, harbour master Edda Vantrell said on Monday. ` +
      `“The pier needs new pilings before the winter storms,” Vantrell told reporters in Quillmere. ` +
      `The operator, Sorrow Key Lines, reportedly plans to cut ${10 + i} jobs, though a spokesman denied any cuts were planned. ` +
      `The island council is expected to vote on a replacement crossing next week, councillor Mara Oyelaran said.\n\n` +
      `Islanders on Sorrow Key said the closure would leave them without a crossing for the ${i % 2 ? 'festival' : 'market'}.`,
  }));
}

describe('a briefing in two halves', () => {
  const cases: [string, Article[]][] = [
    ['the demo corpus', demo],
    ['an invented story of 12 reports', story(12)],
  ];
  it.each(cases)('%s: each half built alone and joined is the briefing built at once, to the byte', (_name, articles) => {
    const analysis = analyse(articles);
    const whole = briefingFromAnalysis(analysis, OPTIONS);
    const halves = BRIEFING_PARTS.map((part) => briefingPart(analyse(articles), part, OPTIONS));
    expect(JSON.stringify(joinBriefingParts(halves))).toBe(JSON.stringify(whole));
    // The halves share nothing: neither holds a field of the other.
    const [questions, rest] = halves;
    expect(Object.keys(questions!)).toEqual(['openQuestions']);
    expect(rest).not.toHaveProperty('openQuestions');
    expect(whole.openQuestions.length).toBeGreaterThan(0);
  });

  it.skipIf(!hasSeedCorpus)(`the seed corpus: joined halves are the whole briefing${seedSkipMessage}`, () => {
    const articles = loadPaths([seedCorpusDir]).articles;
    const whole = briefingFromAnalysis(analyse(articles), OPTIONS);
    const joined = joinBriefingParts(BRIEFING_PARTS.map((part) => briefingPart(analyse(articles), part, OPTIONS)));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(whole));
  });
});

describe("briefings built in the pool's workers", () => {
  const pool = createAnalysePool({ workers: 2 });
  afterAll(() => pool.close());
  const briefer = poolBriefer(() => pool);

  it('give the briefing this thread builds, to the byte', async () => {
    for (const articles of [demo, story(12)]) {
      const built = await briefer(analyse(articles), OPTIONS);
      expect(JSON.stringify(built)).toBe(JSON.stringify(await inProcessBriefer(analyse(articles), OPTIONS)));
    }
  });

  it('leave the main thread free while they are built (its event loop mostly idle)', async () => {
    await pool.ready();
    const analysis = analyse(story(24));
    await briefer(analysis, OPTIONS); // the workers' code warmed up on this story
    // The share of time the event loop is busy: ≈ 1 while this thread builds, small while it waits
    // for the workers. A ratio of this thread's own time, so a loaded machine does not change it much.
    const before = performance.eventLoopUtilization();
    await briefer(analyse(story(24).map((a) => ({ ...a, id: `${a.id}-again` }))), OPTIONS);
    const inWorkers = performance.eventLoopUtilization(before).utilization;
    const start = performance.eventLoopUtilization();
    await inProcessBriefer(analysis, OPTIONS);
    const here = performance.eventLoopUtilization(start).utilization;
    expect(here).toBeGreaterThan(0.9);
    expect(inWorkers).toBeLessThan(0.5);
  });
});

describe('the order and the failures of pooled briefings', () => {
  it("a briefing's halves go ahead of analyses already queued", async () => {
    const pool = createAnalysePool({ workers: 1, chunkSize: 1 });
    try {
      await pool.ready();
      const analysis = analyse(story(3));
      const finished: string[] = [];
      const analyses = story(8).map((a, i) => pool.analyse([{ ...a, id: `queued-${i}` }]).then(() => finished.push(`analysis ${i}`)));
      const articles = analysis.articles.map((a) => a.article);
      const records = analysis.articles.map(toAnalysisRecord);
      const halves = BRIEFING_PARTS.map((part) => pool.brief({ articles, records, part, options: OPTIONS }).then(() => finished.push(part)));
      await Promise.all([...analyses, ...halves]);
      // The one worker had taken the first analysis before the briefing was asked for; the rest waited.
      expect(finished).toEqual(['analysis 0', 'open-questions', 'the-rest', ...Array.from({ length: 7 }, (_, i) => `analysis ${i + 1}`)]);
    } finally {
      await pool.close();
    }
  });

  it('a pool that cannot build the briefing has it built here, and says why', async () => {
    const pool = createAnalysePool({ workers: 1 });
    await pool.close();
    const failures: string[] = [];
    const briefer = poolBriefer(() => pool, (error) => failures.push(error.message));
    const built = await briefer(analyse(demo), OPTIONS);
    expect(JSON.stringify(built)).toBe(JSON.stringify(briefingFromAnalysis(analyse(demo), OPTIONS)));
    expect(failures).toEqual(['the analysis pool is closed']);
  });

  it('without a pool the briefing is built here', async () => {
    const built = await poolBriefer(() => undefined)(analyse(demo), OPTIONS);
    expect(JSON.stringify(built)).toBe(JSON.stringify(briefingFromAnalysis(analyse(demo), OPTIONS)));
  });
});
