// The summary section of `npm run eval`: ROUGE-1 and ROUGE-2 of the key points against a
// reference summary (a folder's reference.md, expected.json's `reference_summary`, or failing
// both its `key_points_expected`), beside the Lead-3 and TextRank baselines of the same articles.

import { analyse } from '../analyse/analyse-article.ts';
import type { Article } from '../article.ts';
import type { Briefing } from '../briefing.ts';
import { indexSentences } from '../stages/near-duplicates.ts';
import { lead3, textRank } from './baselines.ts';
import { type RougeScore, rougeN } from './rouge.ts';

export interface SystemScore {
  system: string;
  sentences: number;
  rouge1: RougeScore;
  rouge2: RougeScore;
}

export interface RougeRun {
  corpus: string;
  /** Where the reference came from: "reference.md", "reference_summary", "key_points_expected". */
  referenceFrom: string;
  systems: SystemScore[];
}

/** The reference summary as sentences or lines, and where it came from; undefined when none. */
export function referenceOf(expected: Record<string, unknown>, referenceFile?: string): { from: string; lines: string[] } | undefined {
  if (referenceFile?.trim()) return { from: 'reference.md', lines: toLines(referenceFile) };
  const given = expected.reference_summary;
  if (typeof given === 'string' && given.trim()) return { from: 'reference_summary', lines: toLines(given) };
  if (Array.isArray(given) && given.length > 0) return { from: 'reference_summary', lines: given.filter((s): s is string => typeof s === 'string') };
  const points = expected.key_points_expected;
  if (Array.isArray(points) && points.length > 0) return { from: 'key_points_expected', lines: points.filter((s): s is string => typeof s === 'string') };
  return undefined;
}

function toLines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').replace(/^#+\s+/, '').trim())
    .filter((l) => l.length > 0);
}

/** Whether an article file is the reference summary rather than an article. */
export function isReferenceArticle(article: Article): boolean {
  return /^reference(?:[-_.].*)?$/i.test(article.id);
}

/** Scores the key points and both baselines; TextRank picks as many sentences as there are key points. */
export function rougeRun(corpus: string, articles: Article[], briefing: Briefing, reference: { from: string; lines: string[] }): RougeRun {
  const analysis = analyse(articles);
  const index = indexSentences(analysis);
  const ours = briefing.keyPoints.map((k) => k.text);
  const systems: [string, string[]][] = [
    ['key points', ours],
    ['Lead-3', lead3(analysis)],
    ['TextRank', textRank(analysis, Math.max(ours.length, 3), index)],
  ];
  return {
    corpus,
    referenceFrom: reference.from,
    systems: systems.map(([system, sentences]) => ({
      system,
      sentences: sentences.length,
      rouge1: rougeN(sentences, reference.lines, 1),
      rouge2: rougeN(sentences, reference.lines, 2),
    })),
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

/** One line per corpus and system, then the mean F1 per system over all corpora. */
export function formatRouge(runs: RougeRun[]): string {
  const header = ['corpus', 'reference', 'system', 'sent', 'R1 P', 'R1 R', 'R1 F', 'R2 P', 'R2 R', 'R2 F'];
  const rows: string[][] = runs.flatMap((run) =>
    run.systems.map((s) => [
      run.corpus,
      run.referenceFrom,
      s.system,
      String(s.sentences),
      pct(s.rouge1.precision),
      pct(s.rouge1.recall),
      pct(s.rouge1.f1),
      pct(s.rouge2.precision),
      pct(s.rouge2.recall),
      pct(s.rouge2.f1),
    ]),
  );
  const systems = [...new Set(runs.flatMap((r) => r.systems.map((s) => s.system)))];
  const mean = (system: string, pick: (s: SystemScore) => number) => {
    const scores = runs.flatMap((r) => r.systems.filter((s) => s.system === system)).map(pick);
    return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  };
  if (runs.length > 1) {
    for (const system of systems) {
      rows.push(['mean', `${runs.length} corpora`, system, '', '', '', pct(mean(system, (s) => s.rouge1.f1)), '', '', pct(mean(system, (s) => s.rouge2.f1))]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const verdict = systems
    .filter((s) => s !== 'key points')
    .map((s) => {
      const d1 = mean('key points', (x) => x.rouge1.f1) - mean(s, (x) => x.rouge1.f1);
      const d2 = mean('key points', (x) => x.rouge2.f1) - mean(s, (x) => x.rouge2.f1);
      const sign = (d: number) => `${d >= 0 ? '+' : ''}${pct(d)}`;
      return `key points vs ${s}: ROUGE-1 F ${sign(d1)}, ROUGE-2 F ${sign(d2)}`;
    });
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', ...verdict].join('\n');
}
