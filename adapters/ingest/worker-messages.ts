// What the analysis pool and its workers say to each other.

import type { GazetteerEntry } from '../../src/analyse/gazetteer-data.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import type { BriefingPart, BuildOptions } from '../../src/build-briefing.ts';
import type { DocumentInput } from '../../src/ingest/parse-document.ts';
import type { ParsedDocument } from '../../src/ingest/parse-markdown.ts';
import type { ParsedFeed } from '../feeds/feed-types.ts';
import type { AnalysisRecord } from './analysis-record.ts';

/** Untrusted input the workers parse, so that a hostile page never blocks the main thread. */
export type ParseTask =
  /** An article page: Readability over linkedom (src/ingest/parse-html.ts). */
  | { task: 'page'; html: string; name: string }
  /** A feed body, its items' HTML already turned into text (adapters/feeds/read-feed.ts). */
  | { task: 'feed'; body: string; name: string }
  /** A fetched document (HTML or text) → a cleaned Article (pasted links, folder files). */
  | { task: 'document'; input: DocumentInput };

export interface ParseResults {
  page: ParsedDocument;
  feed: ParsedFeed;
  document: Article;
}

/**
 * One half of a story's briefing (src/build-briefing.ts BriefingPart), from the articles and their
 * analysis records, so that briefings are built off the main thread, both halves at once.
 */
export interface BriefTask {
  articles: Article[];
  records: AnalysisRecord[];
  part: BriefingPart;
  options: Pick<BuildOptions, 'title' | 'generatedAt'>;
}

export type WorkerRequest = { job: number; articles: Article[] } | ({ job: number } & ParseTask) | { job: number; brief: BriefTask };

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; job: number; records: AnalysisRecord[] }
  /**
   * A parse task's parsers are loaded (the first parse on a worker loads them) and parsing begins:
   * the pool's time limit counts from here, so loading modules on a loaded machine is never
   * mistaken for a page too complex to parse.
   */
  | { kind: 'parsing'; job: number }
  | { kind: 'parsed'; job: number; result: ParseResults[ParseTask['task']] }
  | { kind: 'briefed'; job: number; part: Partial<Briefing> }
  /** `code`: the BriefError's code when the work was refused (not a crash), so it is rebuilt as one. */
  | { kind: 'failed'; job: number; error: string; code?: string };

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  gazetteer?: GazetteerEntry[];
}
