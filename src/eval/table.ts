// A plain-text table of evaluation rows, with a summed "all" row when there are several corpora.

import type { EvalRow } from './evaluate-corpus.ts';
import type { Column } from './evaluator.ts';
import { formatMetric, sumMetrics } from './metric.ts';

export function formatTable(rows: EvalRow[], columns: Column[]): string {
  const all: EvalRow[] =
    rows.length > 1
      ? [
          ...rows,
          {
            corpus: 'all',
            articles: rows.reduce((n, r) => n + r.articles, 0),
            metrics: Object.fromEntries(columns.map((c) => [c.key, sumMetrics(rows.map((r) => r.metrics[c.key]))]).filter(([, m]) => m)),
          },
        ]
      : rows;
  const header = ['corpus', 'articles', ...columns.map((c) => c.header)];
  const body = all.map((r) => [r.corpus, String(r.articles), ...columns.map((c) => formatMetric(r.metrics[c.key]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
