// The benchmark's knobs, from the environment so a quick run needs no code change:
//   BENCH_SIZES=10,100 npm run bench            sizes to measure (default 10,100,1000,10000)
//   BENCH_ONE_CORE_LIMIT=2000                   most articles timed on one core / two workers per size
//   BENCH_BASELINE_ARTICLES=40                  articles the naive baseline parses, per size
//   BENCH_BIG_STORY=10,100,1000,10000           articles in the one-big-story runs, one child each (0 skips them)
//   BENCH_ALL_STAGES_LIMIT=1000                 biggest story put through the stages whole (above: only the desk's subset)
//   BENCH_CLI=0                                 skips timing the CLI as whole processes
//   BENCH_WORKER_HEAP_MB=96                     heap of each analysis worker (default: the pool's; 0: V8's)
//   BENCH_WORKERS=2                             worker threads for ingest
//   BENCH_OUT=docs/bench.md                     also write the tables, as Markdown, to this file

export const BENCH_SEED = 20261123;
/** Warm-up text comes from another seed, so nothing measured has been seen before. */
export const WARM_UP_SEED = 7;
export const WARM_UP_ARTICLES = 200;
/** The clock the story book and digest run on: the corpus's last publication day (1 Nov + 60 days). */
export const BENCH_NOW = new Date('2026-12-31T12:00:00Z');

function numberList(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  const list = value.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`sizes must be positive whole numbers, got "${value}"`);
  return list;
}

function whole(value: string | undefined, fallback: number, least = 1): number {
  const n = value ? Number(value) : fallback;
  if (!Number.isInteger(n) || n < least) throw new Error(`expected a whole number of at least ${least}, got "${value}"`);
  return n;
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    sizes: numberList(env.BENCH_SIZES, [10, 100, 1_000, 10_000]),
    oneCoreLimit: whole(env.BENCH_ONE_CORE_LIMIT, 2_000),
    baselineArticles: whole(env.BENCH_BASELINE_ARTICLES, 40),
    workers: whole(env.BENCH_WORKERS, 2),
    bigStories: env.BENCH_BIG_STORY === '0' ? [] : numberList(env.BENCH_BIG_STORY, [10, 100, 1_000, 10_000]),
    allStagesLimit: whole(env.BENCH_ALL_STAGES_LIMIT, 1_000),
    cli: env.BENCH_CLI !== '0',
    workerHeapMb: env.BENCH_WORKER_HEAP_MB ? whole(env.BENCH_WORKER_HEAP_MB, 0, 0) : undefined,
    out: env.BENCH_OUT,
  };
}

/** The analysis pool the benchmark runs, as the bot would configure it. */
export function poolOptions(settings: ReturnType<typeof benchSettings>) {
  return { workers: settings.workers, ...(settings.workerHeapMb !== undefined ? { workerHeapMb: settings.workerHeapMb } : {}) };
}
