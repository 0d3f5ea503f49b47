// Evaluates corpus folders: build each briefing, run every evaluator, one row per corpus.

import type { Article } from '../article.ts';
import type { Briefing } from '../briefing.ts';
import { actorEvaluator } from './actor-metrics.ts';
import type { Column, Evaluator } from './evaluator.ts';
import type { Expected } from './expected.ts';
import type { Metric } from './metric.ts';
import { quoteEvaluator } from './quote-metrics.ts';

export const EVALUATORS: Evaluator[] = [quoteEvaluator, actorEvaluator];

export interface CorpusInput {
  name: string;
  articles: Article[];
  expected: Expected;
}

export interface EvalRow {
  corpus: string;
  articles: number;
  metrics: Record<string, Metric>;
}

export function evalColumns(evaluators: Evaluator[] = EVALUATORS): Column[] {
  return evaluators.flatMap((e) => e.columns);
}

export function evaluateCorpus(corpus: CorpusInput, build: (articles: Article[]) => Briefing, evaluators: Evaluator[] = EVALUATORS): EvalRow {
  const briefing = build(corpus.articles);
  const metrics: Record<string, Metric> = {};
  for (const e of evaluators) Object.assign(metrics, e.evaluate({ expected: corpus.expected, briefing, articles: corpus.articles }));
  return { corpus: corpus.name, articles: corpus.articles.length, metrics };
}
