// Child process: one big story — `count` articles all about the same event — ingested into the
// store, then briefed from it: every article through the stages (the case where every
// cross-article step meets its largest input; skipped above BENCH_ALL_STAGES_LIMIT articles), and
// as the bot serves it, through its desk (a cold desk: nothing built; a story over the desk's
// limit is briefed from its most representative articles; the two halves of the briefing built at
// once in the pool's workers).
//   tsx bench/measure-big-story.ts <articles>

// As the bot runs (bin/start.ts): V8's memory-saving mode, set before anything else.
import '../adapters/app/memory-mode.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysePool } from '../adapters/ingest/analyse-pool.ts';
import { createStoreAnalysisCache } from '../adapters/ingest/analysis-cache.ts';
import { analysisVersion } from '../adapters/ingest/analysis-version.ts';
import { createCachedAnalyser } from '../adapters/ingest/cached-analyser.ts';
import { poolBriefer } from '../adapters/news-desk/pool-briefer.ts';
import { createStoryNewsDesk } from '../adapters/news-desk/story-news-desk.ts';
import { createSqliteStore } from '../adapters/store/sqlite-store.ts';
import { briefingFromAnalysis } from '../src/build-briefing.ts';
import { createStoryBook } from '../src/stories/story-book.ts';
import { distinctSentenceShare } from './distinct-sentences.ts';
import { ingestCorpus } from './ingest-corpus.ts';
import { warmUpWorkers } from './warm-up-workers.ts';
import { type BigStoryResult, RESULT_PREFIX } from './results.ts';
import { BENCH_NOW, BENCH_SEED, benchSettings, poolOptions, WARM_UP_SEED } from './settings.ts';
import { syntheticArticles } from './synthetic-corpus.ts';
import { timed } from './timing.ts';

const count = Number(process.argv[2]);
const settings = benchSettings();
const log = (line: string) => process.stderr.write(`  [one story of ${count}] ${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
const store = createSqliteStore(join(dir, 'bench.db'));
const pool = createAnalysePool(poolOptions(settings));
const book = createStoryBook({ now: () => BENCH_NOW, keepTexts: false });
const analyser = createCachedAnalyser({ cache: createStoreAnalysisCache(store, analysisVersion(), () => BENCH_NOW), pool });
const articles = () => syntheticArticles(count, BENCH_SEED + 1, 5000, 1);
const ingest = await timed(() => ingestCorpus((function* () {
  for (const { article } of articles()) yield article;
})(), { store, book, analyser, now: BENCH_NOW }));
const story = book.stories().sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
log(`ingest ${(ingest.ms / 1000).toFixed(1)} s (story book ${(ingest.value.storyBookMs / 1000).toFixed(1)} s); the story holds ${story.articleIds.length} articles`);

// Warm the briefing code up on another story's articles (another seed: nothing cached per text),
// here and, as the desk builds it, in the pool's workers.
const warmUp = [...syntheticArticles(5, WARM_UP_SEED, 5000, 1)].map((x) => x.article);
const warmUpAnalysis = { articles: await analyser.analyse(warmUp) };
briefingFromAnalysis(warmUpAnalysis);
const briefer = poolBriefer(() => pool);
await warmUpWorkers(pool, [warmUpAnalysis], new Date().toISOString());

let allStagesMs: number | undefined;
if (story.articleIds.length <= settings.allStagesLimit) {
  const run = await timed(async () => briefingFromAnalysis({ articles: await analyser.analyse(await store.storyArticles(story.id)) }));
  allStagesMs = run.ms;
  log(`every article through the stages: ${run.ms.toFixed(0)} ms`);
}
const desk = createStoryNewsDesk({ book, store, analyser, briefer, now: () => BENCH_NOW });
const served = await timed(() => desk.briefStory(story.id));
log(`served by the desk: ${served.ms.toFixed(0)} ms (${served.value.sources.length} articles briefed)`);

await pool.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
const result: BigStoryResult = {
  storyArticles: story.articleIds.length,
  ...(allStagesMs !== undefined ? { allStagesMs } : {}),
  deskMs: served.ms,
  deskBriefed: served.value.sources.length,
  storyBookMsPerArticle: ingest.value.storyBookMs / ingest.value.articles,
  distinctSentences: distinctSentenceShare((function* () {
    for (const { article } of articles()) yield article;
  })()),
};
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
