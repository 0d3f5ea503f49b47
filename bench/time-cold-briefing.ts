// Quick timing of cold briefings of the serving benchmark's stories (five articles each, as a
// topic `/brief` builds when the story is not a prepared top one): each story analysed first,
// then briefed with no parse kept from an earlier briefing. For iterating on stage costs
// (`node --import tsx --cpu-prof bench/time-cold-briefing.ts`); `npm run bench` is the measure.
//   tsx bench/time-cold-briefing.ts [--target] [stories=20] [out.json]
// --target briefs instead, that many times, the serving benchmark's biggest story at 10,000
// articles: synthetic stories 133, 255 and 314 (15 articles), which the story book joins.
import { writeFileSync } from 'node:fs';
import { analyse } from '../src/analyse/analyse-article.ts';
import type { Article } from '../src/article.ts';
import { briefingFromAnalysis } from '../src/build-briefing.ts';
import { forgetParses } from '../src/stages/open-questions/grammar.ts';
import { BENCH_NOW, BENCH_SEED } from './settings.ts';
import { syntheticArticles } from './synthetic-corpus.ts';

const args = process.argv.slice(2);
const target = args[0] === '--target';
if (target) args.shift();
const count = Number(args[0] ?? 20);
const out = args[1];
const SIZE = 10_000;
const byStory = new Map<string, Article[]>();
for (const { article, storyId } of syntheticArticles(SIZE, BENCH_SEED)) {
  if (!byStory.has(storyId) && byStory.size >= Math.max(count + 2, 315)) continue;
  byStory.set(storyId, [...(byStory.get(storyId) ?? []), article]);
}
const TARGET = ['story-133', 'story-255', 'story-314'];
const analyses =
  target
    ? Array.from({ length: count + 2 }, () => analyse(TARGET.flatMap((id) => byStory.get(id) ?? [])))
    : [...byStory.values()].slice(0, count + 2).map((articles) => analyse(articles));
// Warm the code up on stories not timed.
for (const a of analyses.splice(0, 2)) briefingFromAnalysis(a, { generatedAt: BENCH_NOW.toISOString() });
const times: number[] = [];
const briefings: unknown[] = [];
// CPU time of the main thread's briefing: wall time on a loaded machine says more about the load.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const analysis of analyses) {
  forgetParses();
  const start = cpuMs();
  briefings.push(briefingFromAnalysis(analysis, { generatedAt: BENCH_NOW.toISOString() }));
  times.push(cpuMs() - start);
}
const sorted = [...times].sort((a, b) => a - b);
const total = times.reduce((s, t) => s + t, 0);
process.stdout.write(`${times.length} cold briefings (CPU): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, mean ${(total / times.length).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms\n`);
if (out) writeFileSync(out, JSON.stringify(briefings, null, 1));
