// Child process: analysis throughput for one corpus size, on this thread and on the worker pool,
// over the same sample of articles spread across the corpus; and the naive baseline (compromise's
// full parse) on a smaller sample of the same text, timed in turns with our analysis so that both
// see the same machine load.   tsx bench/measure-throughput.ts <articles>

// As the bot runs (bin/start.ts): V8's memory-saving mode, set before anything else.
import '../adapters/app/memory-mode.ts';
import { createAnalysePool } from '../adapters/ingest/analyse-pool.ts';
import { analyseArticle } from '../src/analyse/analyse-article.ts';
import type { Article } from '../src/article.ts';
import { naiveAnalyse, tokeniseOnly } from './naive-pipeline.ts';
import { RESULT_PREFIX, type ThroughputResult } from './results.ts';
import { BENCH_SEED, benchSettings, poolOptions, WARM_UP_ARTICLES, WARM_UP_SEED } from './settings.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { spreadSample, textKb } from './timing.ts';

const size = Number(process.argv[2]);
const settings = benchSettings();
const log = (line: string) => process.stderr.write(`  [${size}] ${line}\n`);
const TURNS = 10;

const corpus = syntheticCorpus(size, BENCH_SEED).articles;
const sample = spreadSample(corpus, settings.oneCoreLimit);
const baselineSample = spreadSample(corpus, settings.baselineArticles);
// Warm-up text from another seed: enough for the JIT to settle (timing a few hundred articles
// cold would mostly time compilation), and for every worker to get many chunks.
const warmUp = syntheticCorpus(WARM_UP_ARTICLES, WARM_UP_SEED).articles;

function slices(articles: Article[]): Article[][] {
  return Array.from({ length: TURNS }, (_, i) => articles.slice(Math.floor((i * articles.length) / TURNS), Math.floor(((i + 1) * articles.length) / TURNS)));
}

function timeEach(articles: Article[], run: (a: Article) => unknown): number {
  const start = performance.now();
  for (const a of articles) run(a);
  return performance.now() - start;
}

for (const a of warmUp) analyseArticle(a);
for (const a of warmUp.slice(0, 10)) naiveAnalyse(a);
const ours = slices(sample);
const naive = slices(baselineSample);
for (const a of warmUp.slice(0, 10)) tokeniseOnly(a);
let oursMs = 0;
let naiveMs = 0;
let tokeniseMs = 0;
for (let i = 0; i < TURNS; i++) {
  oursMs += timeEach(ours[i]!, (a) => analyseArticle(a));
  naiveMs += timeEach(naive[i]!, (a) => naiveAnalyse(a));
  tokeniseMs += timeEach(naive[i]!, (a) => tokeniseOnly(a));
}
log(`one core: ${sample.length} articles in ${(oursMs / 1000).toFixed(1)} s; baseline: ${baselineSample.length} in ${(naiveMs / 1000).toFixed(1)} s`);

const pool = createAnalysePool(poolOptions(settings));
await pool.ready();
await pool.analyse(warmUp);
const start = performance.now();
await pool.analyse(sample);
const workersMs = performance.now() - start;
await pool.close();
log(`${settings.workers} workers: ${(workersMs / 1000).toFixed(1)} s`);

const kb = textKb(sample);
const baselineKb = textKb(baselineSample);
const result: ThroughputResult = {
  sample: sample.length,
  oneCoreKbPerSec: kb / (oursMs / 1000),
  oneCoreArticlesPerSec: sample.length / (oursMs / 1000),
  workers: settings.workers,
  workersKbPerSec: kb / (workersMs / 1000),
  workersArticlesPerSec: sample.length / (workersMs / 1000),
  baselineSample: baselineSample.length,
  baselineKbPerSec: baselineKb / (naiveMs / 1000),
  baselineArticlesPerSec: baselineSample.length / (naiveMs / 1000),
  tokeniseKbPerSec: baselineKb / (tokeniseMs / 1000),
};
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
