// What the benchmark's child processes measure and report to the parent, one JSON line each.

export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface ThroughputResult {
  /** Articles timed, spread over the corpus (all of them up to BENCH_ONE_CORE_LIMIT). */
  sample: number;
  oneCoreKbPerSec: number;
  oneCoreArticlesPerSec: number;
  workers: number;
  workersKbPerSec: number;
  workersArticlesPerSec: number;
  /** The naive baseline, on a smaller sample of the same corpus, timed in turns with ours. */
  baselineSample: number;
  baselineKbPerSec: number;
  baselineArticlesPerSec: number;
}

export interface ServingResult {
  articles: number;
  textMb: number;
  /** Full ingest: pool analysis + SQLite store + analysis cache + story book, wall time. */
  ingestMsPerArticle: number;
  ingestArticlesPerSec: number;
  /** Main-thread shares of ingest: the store's writes and the story book's grouping. */
  storeMsPerArticle: number;
  storyBookMsPerArticle: number;
  stories: number;
  /** The biggest story's briefing, its articles and analyses read from the store (median of 3 warm runs). */
  briefingMs: number;
  briefingArticles: number;
  /** True when that briefing equals one built from freshly analysed articles. */
  briefingMatchesFresh: boolean;
  /** `/brief` alone: the top-stories digest, answered and rendered for Slack. */
  digestMs: number;
  /** `/brief <topic>`: found, briefed and rendered for Slack. */
  briefTopicMs: number;
  briefTopicReply: string;
  /** Peak resident memory of the whole process (main thread and workers), MB. */
  peakRssMb: number;
}

export interface SizeResult extends ThroughputResult, ServingResult {}

export interface BigStoryResult {
  storyArticles: number;
  /** The briefing of that one story, from the store, after one warm-up run. */
  briefingMs: number;
}
