// The benchmark's tables, as Markdown (readable in a terminal, pasteable into the README).

import type { BigStoryResult, CliResult, SizeResult } from './results.ts';
import type { TargetCheck } from './targets.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const one = (n: number) => n.toFixed(1);

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function formatSizeTable(results: SizeResult[]): string {
  const head = [
    'articles',
    'text MB',
    'analysis, 1 core: KB/s (art/s)',
    'naive baseline KB/s',
    'ratio',
    'ratio to tokenise-only ³',
    `analysis, ${results[0]?.workers ?? 2} workers: KB/s (art/s)`,
    '× one core',
    'ingest ms/article (store / story book)',
    "biggest story's briefing ms",
    `/brief digest ms, ${results[0]?.concurrentRequests ?? 50} at once: cold p95; prepared p50 / p95`,
    '/brief topic ms: cold p95; prepared p50 / p95',
    'peak RSS MB',
    'distinct sentences',
  ];
  const lines = [row(head), row(head.map((_, i) => (i < 1 ? '---' : '---:')))];
  for (const r of results) {
    lines.push(
      row([
        int(r.articles),
        one(r.textMb),
        `${int(r.oneCoreKbPerSec)} (${int(r.oneCoreArticlesPerSec)})${r.sample < r.articles ? ` ¹` : ''}`,
        `${int(r.baselineKbPerSec)} ²`,
        `${one(r.oneCoreKbPerSec / r.baselineKbPerSec)}×`,
        `${one(r.oneCoreKbPerSec / r.tokeniseKbPerSec)}×`,
        `${int(r.workersKbPerSec)} (${int(r.workersArticlesPerSec)})`,
        `${(r.workersKbPerSec / r.oneCoreKbPerSec).toFixed(2)}×`,
        `${r.ingestMsPerArticle.toFixed(2)} (${r.storeMsPerArticle.toFixed(2)} / ${r.storyBookMsPerArticle.toFixed(2)})`,
        `${int(r.briefingMs)} (${r.briefingArticles} art.)`,
        `${int(r.digestColdP95Ms)}; ${int(r.digestP50Ms)} / ${int(r.digestMs)}`,
        `${int(r.briefTopicColdP95Ms)}; ${int(r.briefTopicP50Ms)} / ${int(r.briefTopicMs)}${r.briefTopicPrepared ? '' : ' (not a top story)'}${r.briefTopicReply === 'briefing' ? '' : ` (${r.briefTopicReply})`}`,
        int(r.peakRssMb),
        `${Math.round(100 * r.distinctSentences)}%`,
      ]),
    );
  }
  return lines.join('\n');
}

export function formatNotes(results: SizeResult[]): string {
  const sampled = results.filter((r) => r.sample < r.articles);
  const notes = [
    sampled.length > 0 ? `¹ timed on ${int(sampled[0]!.sample)} articles spread over the corpus (BENCH_ONE_CORE_LIMIT); the ingest column covers every article.` : '',
    `² compromise's full parse (nlp(text) + people, places, organizations, quotations) of ${results.map((r) => r.baselineSample).join(' / ')} articles of the same corpus, timed in turns with the one-core analysis.`,
    "³ against compromise's tokeniser alone (`nlp.tokenize`, no tagger: the one compromise step our analysis keeps), on the baseline's articles: a ratio near 1 means the analysis costs about what splitting the text does.",
  ];
  return notes.filter(Boolean).join('\n');
}

export function formatTargets(checks: TargetCheck[]): string {
  const lines = [row(['target', 'measured', '']), row(['---', '---', '---'])];
  for (const c of checks) lines.push(row([c.target, c.measured, c.met === undefined ? 'not measured' : c.met ? 'met' : '**not met**']));
  return lines.join('\n');
}

export function formatBigStories(big: BigStoryResult[]): string {
  const lines = [
    row(['one story of', 'distinct sentences', 'story book ms/article', 'every article through the stages: ms (per article)', 'as the bot serves it (cold desk): ms', 'articles briefed']),
    row(['---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const b of big) {
    lines.push(
      row([
        int(b.storyArticles),
        `${Math.round(100 * b.distinctSentences)}%`,
        b.storyBookMsPerArticle.toFixed(2),
        b.allStagesMs !== undefined ? `${int(b.allStagesMs)} (${one(b.allStagesMs / b.storyArticles)})` : 'not run (BENCH_ALL_STAGES_LIMIT)',
        int(b.deskMs),
        b.deskBriefed < b.storyArticles ? `${int(b.deskBriefed)} (representative subset)` : int(b.deskBriefed),
      ]),
    );
  }
  return lines.join('\n');
}

export function formatCli(cli: CliResult): string {
  return `The CLI as whole processes (\`node bin/run.mjs brief\`, compiled dist/, CPU by ${cli.how}, median of 3): \`brief --help\` ${cli.helpCpuS.toFixed(2)} s, one article ${cli.oneArticleCpuS.toFixed(2)} s.`;
}
