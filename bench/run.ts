// `npm run bench`: the performance benchmark. For each corpus size (BENCH_SIZES, default
// 10,100,1000,10000 synthetic articles of about 5 KB, as varied as real news) it runs two fresh
// child processes — one timing analysis throughput against the naive compromise baseline, one
// ingesting every article into a SQLite store and serving 50 `/brief` requests at once from it —
// then one child per big story (BENCH_BIG_STORY: one story of 10, 100, 1,000 and 10,000 articles)
// and one timing the CLI as whole processes; then prints the tables and the targets.

import { writeFileSync } from 'node:fs';
import { createProgress } from '../adapters/progress/progress-line.ts';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { formatInstances } from './format-instances.ts';
import type { InstancesResult } from './measure-instances.ts';
import { formatBigStories, formatCli, formatNotes, formatSizeTable, formatTargets } from './format-table.ts';
import type { BigStoryResult, CliResult, ServingResult, SizeResult, ThroughputResult } from './results.ts';
import { buildForBench, runChild } from './run-child.ts';
import { benchSettings } from './settings.ts';
import { checkTargets } from './targets.ts';

const settings = benchSettings();
// The children run the compiled dist/, as the bot does: build it first when a source changed.
if (!buildForBench()) process.stderr.write('benchmark: the build failed; children run through tsx where dist/ lacks them\n');
const started = performance.now();
const loadAtStart = loadavg()[0]!;
process.stderr.write(`benchmark: sizes ${settings.sizes.join(', ')}; ${settings.workers} workers; ${availableParallelism()} cores\n`);

// A failed child (a crash, running out of memory) is reported, and the other sizes still print.
const failures: string[] = [];
async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

// On a terminal, which step is running (each takes from seconds to minutes); silent otherwise.
const progress = createProgress('benchmark steps', 2 * settings.sizes.length + settings.bigStories.length + (settings.cli ? 1 : 0), { lines: true });
async function step<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  progress.show(`${what}…`);
  const result = await attempt(run);
  progress.tick(`${what} done`);
  return result;
}

const results: SizeResult[] = [];
for (const size of settings.sizes) {
  const throughput = await step(`${size} articles: throughput`, () => runChild<ThroughputResult>('./measure-throughput.ts', [String(size)]));
  const serving = await step(`${size} articles: serving`, () => runChild<ServingResult>('./measure-serving.ts', [String(size)]));
  if (throughput && serving) results.push({ ...throughput, ...serving });
}

const bigStories: BigStoryResult[] = [];
for (const size of settings.bigStories) {
  const big = await step(`one story of ${size} articles`, () => runChild<BigStoryResult>('./measure-big-story.ts', [String(size)]));
  if (big) bigStories.push(big);
}
const cli = settings.cli ? await step('the CLI as whole processes', () => runChild<CliResult>('./measure-cli.ts', [])) : undefined;
progress.done();

// Several instances on one PostgreSQL database (skipped with BENCH_INSTANCES=0, or when no server answers).
const instances = process.env.BENCH_INSTANCES === '0' ? undefined : await attempt(() => runChild<InstancesResult>('./measure-instances.ts', []));

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
const report = [
  `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${machine}; took ${minutes} min;`,
  // Other work on the machine slows every column; the load average says how much there was.
  `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
  '',
  formatSizeTable(results),
  '',
  formatNotes(results),
  '',
  ...(bigStories.length > 0 ? [formatBigStories(bigStories), ''] : []),
  ...(cli ? [formatCli(cli), ''] : []),
  formatTargets(checkTargets(results, bigStories, cli)),
  '',
  ...(instances ? ['Several instances on one PostgreSQL database:', '', formatInstances(instances), ''] : []),
  ...failures.map((f) => `Failed: ${f}`),
].join('\n');
process.stdout.write(`\n${report}`);
if (settings.out) writeFileSync(settings.out, report);
