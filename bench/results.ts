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
  /** The one compromise step our analysis keeps, alone: its tokeniser (no tagger), on the baseline's sample. */
  tokeniseKbPerSec: number;
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
  /** `/brief` requests sent at once to a fresh desk (nothing built yet). */
  concurrentRequests: number;
  /** The digest on a fresh desk that has built nothing: p95. */
  digestColdP95Ms: number;
  /** `/brief` alone, as the bot serves it (top stories prepared after ingest): the top-stories digest, answered and rendered for Slack: p50 and p95. */
  digestP50Ms: number;
  digestMs: number;
  /** `/brief <topic>` (the biggest story's headline) on a fresh desk that has built nothing: p95. */
  briefTopicColdP95Ms: number;
  /** Whether that story is one of the top stories, whose briefings the bot prepares after ingest. */
  briefTopicPrepared: boolean;
  /** `/brief <topic>` as the bot serves it (top stories prepared): found, briefed and rendered for Slack: p50 and p95. */
  briefTopicP50Ms: number;
  briefTopicMs: number;
  /** Share of the corpus's sentences that occur once (real news: about 78%). */
  distinctSentences: number;
  briefTopicReply: string;
  /** Peak resident memory of the whole process (main thread and workers), MB, read before the benchmark's own checks. */
  peakRssMb: number;
}

export interface SizeResult extends ThroughputResult, ServingResult {}

export interface BigStoryResult {
  storyArticles: number;
  /** Every article of the story through the stages (no subset), from the store; absent when too many to wait for. */
  allStagesMs?: number;
  /** The briefing as the bot serves it (its desk: the representative subset when the story is large), cold. */
  deskMs: number;
  /** Articles the desk briefed. */
  deskBriefed: number;
  /** The story book's time per article while the story was ingested. */
  storyBookMsPerArticle: number;
  distinctSentences: number;
}

export interface CliResult {
  /** CPU seconds (user + system) of whole processes, median of three. */
  helpCpuS: number;
  oneArticleCpuS: number;
  /** How CPU was measured ("/usr/bin/time"), or why only wall time was. */
  how: string;
}
