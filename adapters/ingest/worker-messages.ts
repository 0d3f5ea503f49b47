// What the analysis pool and its workers say to each other.

import type { GazetteerEntry } from '../../src/analyse/gazetteer-data.ts';
import type { Article } from '../../src/article.ts';
import type { AnalysisRecord } from './analysis-record.ts';

export interface WorkerRequest {
  job: number;
  articles: Article[];
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; job: number; records: AnalysisRecord[] }
  | { kind: 'failed'; job: number; error: string };

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  gazetteer?: GazetteerEntry[];
}
