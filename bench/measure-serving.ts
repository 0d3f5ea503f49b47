// Child process: the bot's life at one corpus size, in a fresh process so its peak memory is its
// own: ingest every article (worker pool, SQLite store on disk, analysis cache, story book); answer
// `/brief` and `/brief <topic>` through the bot's own NewsDesk (adapters/news-desk), briefings
// built in the pool's workers as the bot builds them; then time the biggest story's briefing alone.
//   tsx bench/measure-serving.ts <articles>

// As the bot runs (bin/start.ts): V8's memory-saving mode, set before anything else.
import '../adapters/app/memory-mode.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysePool } from '../adapters/ingest/analyse-pool.ts';
import { createStoreAnalysisCache } from '../adapters/ingest/analysis-cache.ts';
import { analysisVersion } from '../adapters/ingest/analysis-version.ts';
import { createCachedAnalyser } from '../adapters/ingest/cached-analyser.ts';
import { createSqliteStore } from '../adapters/store/sqlite-store.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { composeBriefReply } from '../src/commands/compose-brief-reply.ts';
import { renderSlackBlocks } from '../src/render/slack-blocks.ts';
import { createStoryBook } from '../src/stories/story-book.ts';
import { poolBriefer } from '../adapters/news-desk/pool-briefer.ts';
import { createStoryNewsDesk } from '../adapters/news-desk/story-news-desk.ts';
import { distinctSentenceShare } from './distinct-sentences.ts';
import { ingestCorpus } from './ingest-corpus.ts';
import { warmUpWorkers } from './warm-up-workers.ts';
import { RESULT_PREFIX, type ServingResult } from './results.ts';
import { BENCH_NOW, BENCH_SEED, benchSettings, poolOptions, WARM_UP_ARTICLES, WARM_UP_SEED } from './settings.ts';
import { syntheticArticles, syntheticCorpus } from './synthetic-corpus.ts';
import { peakRssMb, timed } from './timing.ts';

const size = Number(process.argv[2]);
/** `/brief` requests sent at once. */
const CONCURRENT = 50;
const settings = benchSettings();
const mb = (bytes: number) => Math.round(bytes / 1048576);
const log = (line: string) => {
  const m = process.memoryUsage();
  // The peak so far says which step set the process's peak (it is often between two log lines).
  // CPU time of the process (every thread) so far: unlike wall time, other work on the machine
  // barely changes it, so two runs compare by it step by step.
  const cpu = process.cpuUsage();
  process.stderr.write(
    `  [${size}] ${line} (RSS ${mb(m.rss)} MB, peak so far ${Math.round(peakRssMb())} MB; main thread heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB; CPU so far ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)\n`,
  );
};
const generatedAt = BENCH_NOW.toISOString();

const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
const store = createSqliteStore(join(dir, 'bench.db'));
const pool = createAnalysePool(poolOptions(settings));
await pool.ready();
await pool.analyse(syntheticCorpus(WARM_UP_ARTICLES, WARM_UP_SEED).articles);
log('workers ready');
// As the bot's news room has it: the book keeps no texts, the desk reads them from the store.
const book = createStoryBook({ now: () => BENCH_NOW, keepTexts: false });
const analyser = createCachedAnalyser({ cache: createStoreAnalysisCache(store, analysisVersion(), () => BENCH_NOW), pool });

let textBytes = 0;
function* corpus() {
  for (const { article } of syntheticArticles(size, BENCH_SEED)) {
    textBytes += Buffer.byteLength(article.text, 'utf8');
    yield article;
  }
}
const ingest = await timed(() => ingestCorpus(corpus(), { store, book, analyser, now: BENCH_NOW }));
const stories = book.stories().sort((a, b) => b.articleIds.length - a.articleIds.length || (a.id < b.id ? -1 : 1));
const { articles: ingested, waitingMs, storeMs, storyBookMs } = ingest.value;
log(`ingest: ${ingested} articles in ${(ingest.ms / 1000).toFixed(1)} s (waiting for workers ${(waitingMs / 1000).toFixed(1)} s, store ${(storeMs / 1000).toFixed(1)} s, story book ${(storyBookMs / 1000).toFixed(1)} s), ${stories.length} stories`);

// `/brief` as the bot answers it: its desk builds (and caches) briefings from the stored articles
// and their cached analyses, in the pool's workers (both halves of a briefing at once). 50
// identical requests arrive at once on a fresh desk (nothing built yet): each one's time runs from
// when all were sent to its own reply, rendered for Slack.
const briefer = poolBriefer(() => pool);
async function fiftyAtOnce(ask: () => Promise<unknown>): Promise<number[]> {
  const sent = performance.now();
  return Promise.all(Array.from({ length: CONCURRENT }, async () => {
    await ask();
    return performance.now() - sent;
  }));
}
const percentile = (times: number[], p: number) => [...times].sort((x, y) => x - y)[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
// The biggest story: the worst case for one briefing at this size.
const target = stories[0]!;
// The workers' briefing code warmed up on the next three biggest stories (never on the target).
await warmUpWorkers(pool, await Promise.all(stories.slice(1, 4).map(async (s) => ({ articles: await analyser.analyse(await store.storyArticles(s.id)) }))), generatedAt);
log('the workers warmed up on three other stories');
const coldDesk = createStoryNewsDesk({ book, store, analyser, briefer, now: () => BENCH_NOW });
const coldDigestTimes = await fiftyAtOnce(async () => renderSlackBlocks(await composeBriefReply(coldDesk, { digestSize: 5, now: BENCH_NOW })));
log(`${CONCURRENT} digests at once on a cold desk`);
// As the bot serves a digest: its news room prepares the top stories' briefings after each ingest,
// and reads the leads off them.
const digestDesk = createStoryNewsDesk({ book, store, analyser, briefer, now: () => BENCH_NOW });
await digestDesk.prepareTopStories(5);
const digestTimes = await fiftyAtOnce(async () => renderSlackBlocks(await composeBriefReply(digestDesk, { digestSize: 5, now: BENCH_NOW })));
// The story's headline is what a reader would type; it names the story's own topic.
const topic = target.label.replace(/:.*$/, '');
let replyKind = '';
const askTopic = (desk: typeof digestDesk) => async () => {
  const reply = await composeBriefReply(desk, { topic, digestSize: 5, now: BENCH_NOW });
  replyKind = reply.kind;
  return renderSlackBlocks(reply);
};
// Cold: a desk that has built nothing, asked about a story no thread has briefed yet (none of its
// clauses parsed before). Then as the bot serves it: its news room prepares the top stories'
// briefings after each ingest (the same desk as the digest's), so a topic naming a top story is
// answered from them; the biggest story need not be a top one (then it is built here).
const coldTopicTimes = await fiftyAtOnce(askTopic(createStoryNewsDesk({ book, store, analyser, briefer, now: () => BENCH_NOW })));
log(`${CONCURRENT} × /brief <topic> on a cold desk`);
const topicPrepared = book.top(5, BENCH_NOW).some((s) => s.id === target.id);
const topicTimes = await fiftyAtOnce(askTopic(digestDesk));

// The biggest story's briefing as the bot builds it, timed alone: its articles from the store,
// their cached analyses, the stages in the pool's workers. After the requests above, so that they
// met the story cold; these runs are the story briefed again.
const briefFromStore = async (storyId: string) =>
  briefer({ articles: await analyser.analyse(await store.storyArticles(storyId)) }, { generatedAt });
const runs: number[] = [];
let briefing = await briefFromStore(target.id);
for (let i = 0; i < 3; i++) {
  const run = await timed(() => briefFromStore(target.id));
  runs.push(run.ms);
  briefing = run.value;
}
log(`the biggest story's briefing from the store, 4 runs`);
log(`briefing ${runs.map((r) => r.toFixed(0)).join('/')} ms; ${CONCURRENT} digests at once, cold: p95 ${percentile(coldDigestTimes, 95).toFixed(0)}, prepared: p50 ${percentile(digestTimes, 50).toFixed(0)}, p95 ${percentile(digestTimes, 95).toFixed(0)} ms; ${CONCURRENT} × /brief "${topic}" (${replyKind}${topicPrepared ? ', a top story' : ', not a top story'}): cold p95 ${percentile(coldTopicTimes, 95).toFixed(0)}; prepared p50 ${percentile(topicTimes, 50).toFixed(0)}, p95 ${percentile(topicTimes, 95).toFixed(0)} ms`);

// The bot's peak is read here, before the benchmark's own checks below: analysing the biggest
// story's articles afresh on this thread (to check the stored analyses give the same briefing) and
// generating 2,000 synthetic articles to count their distinct sentences are not the bot's work, and
// either one could set the process's peak (it did in some runs: +5 to +10 MB).
const botPeakRssMb = peakRssMb();
const fresh = buildBriefing(await store.storyArticles(target.id), { generatedAt });
const distinctSentences = distinctSentenceShare(syntheticCorpus(Math.min(size, 2_000), BENCH_SEED).articles);
log('the benchmark\'s own checks (after the bot\'s peak was read): the biggest story\'s briefing from freshly analysed articles, distinct sentences');

const result: ServingResult = {
  articles: ingested,
  textMb: textBytes / 1048576,
  ingestMsPerArticle: ingest.ms / ingested,
  ingestArticlesPerSec: ingested / (ingest.ms / 1000),
  storeMsPerArticle: storeMs / ingested,
  storyBookMsPerArticle: storyBookMs / ingested,
  stories: stories.length,
  briefingMs: runs.sort((a, b) => a - b)[1]!,
  briefingArticles: target.articleIds.length,
  briefingMatchesFresh: JSON.stringify(briefing) === JSON.stringify(fresh),
  concurrentRequests: CONCURRENT,
  digestColdP95Ms: percentile(coldDigestTimes, 95),
  digestP50Ms: percentile(digestTimes, 50),
  digestMs: percentile(digestTimes, 95),
  briefTopicColdP95Ms: percentile(coldTopicTimes, 95),
  briefTopicPrepared: topicPrepared,
  briefTopicP50Ms: percentile(topicTimes, 50),
  briefTopicMs: percentile(topicTimes, 95),
  distinctSentences,
  briefTopicReply: replyKind,
  peakRssMb: botPeakRssMb,
};
await pool.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
