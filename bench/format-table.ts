// The benchmark's tables, as Markdown (readable in a terminal, pasteable into the README).

import type { BigStoryResult, SizeResult } from './results.ts';
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
    `analysis, ${results[0]?.workers ?? 2} workers: KB/s (art/s)`,
    'ratio',
    'ingest ms/article (store / story book)',
    "biggest story's briefing ms",
    '/brief digest ms',
    '/brief topic ms',
    'peak RSS MB',
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
        `${int(r.workersKbPerSec)} (${int(r.workersArticlesPerSec)})`,
        `${one(r.workersKbPerSec / r.baselineKbPerSec)}×`,
        `${r.ingestMsPerArticle.toFixed(2)} (${r.storeMsPerArticle.toFixed(2)} / ${r.storyBookMsPerArticle.toFixed(2)})`,
        `${int(r.briefingMs)} (${r.briefingArticles} art.)`,
        int(r.digestMs),
        `${int(r.briefTopicMs)}${r.briefTopicReply === 'briefing' ? '' : ` (${r.briefTopicReply})`}`,
        int(r.peakRssMb),
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
  ];
  return notes.filter(Boolean).join('\n');
}

export function formatTargets(checks: TargetCheck[]): string {
  const lines = [row(['target', 'measured', '']), row(['---', '---', '---'])];
  for (const c of checks) lines.push(row([c.target, c.measured, c.met === undefined ? 'not measured' : c.met ? 'met' : '**not met**']));
  return lines.join('\n');
}

export function formatBigStory(big: BigStoryResult): string {
  return `One story of ${int(big.storyArticles)} articles (all about the same event), briefed from the store: ${int(big.briefingMs)} ms.`;
}
