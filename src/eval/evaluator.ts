// An evaluator reads one corpus's briefing against its expected.json and fills named columns.
// To add columns (key points, open questions, ROUGE…), write another Evaluator and list it in
// evaluate-corpus.ts's EVALUATORS.

import type { Article } from '../article.ts';
import type { Briefing } from '../briefing.ts';
import type { Expected } from './expected.ts';
import type { Metric } from './metric.ts';

export interface EvalInput {
  expected: Expected;
  briefing: Briefing;
  articles: Article[];
}

export interface Column {
  key: string;
  header: string;
}

export interface Evaluator {
  columns: Column[];
  evaluate(input: EvalInput): Record<string, Metric>;
}
