// Where a story's briefing is built: in the analysis pool's workers when the bot has them, its two
// halves (src/build-briefing.ts BriefingPart) at once on two workers, so that a cold `/brief`
// takes about half the time of one thread's build and the main thread (Slack, Discord, the
// scheduler, polling) is never blocked by the stages. Without a pool (the CLI, tests,
// `analysisWorkers: 0`) the briefing is built here. The result is the same either way.

import type { Analysis } from '../../src/analyse/types.ts';
import type { Briefing } from '../../src/briefing.ts';
import { BRIEFING_PARTS, type BuildOptions, briefingFromAnalysis, joinBriefingParts } from '../../src/build-briefing.ts';
import { isBriefError } from '../../src/errors.ts';
import type { AnalysePool } from '../ingest/analyse-pool.ts';
import { toAnalysisRecord } from '../ingest/analysis-record.ts';

export type Briefer = (analysis: Analysis, options: Pick<BuildOptions, 'title' | 'generatedAt'>) => Promise<Briefing>;

/** Builds on this thread. */
export const inProcessBriefer: Briefer = async (analysis, options) => briefingFromAnalysis(analysis, options);

/**
 * Builds in the pool's workers whenever there is a pool; when a worker fails the build (it crashed
 * or ran out of its heap on a huge story), the briefing is built here instead, so no `/brief` is
 * lost, and `onPoolFailure` is told.
 */
export function poolBriefer(pool: () => AnalysePool | undefined, onPoolFailure?: (error: Error) => void): Briefer {
  return async (analysis, options) => {
    const workers = pool();
    if (!workers) return briefingFromAnalysis(analysis, options);
    // Both halves must say the same time; the articles and their records are what a worker
    // rebuilds the analysis from (each sentence's text is cut from its article's).
    const built = { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() };
    const articles = analysis.articles.map((a) => a.article);
    const records = analysis.articles.map(toAnalysisRecord);
    try {
      return joinBriefingParts(await Promise.all(BRIEFING_PARTS.map((part) => workers.brief({ articles, records, part, options: built }))));
    } catch (error) {
      if (isBriefError(error)) throw error;
      onPoolFailure?.(error instanceof Error ? error : new Error(String(error)));
      return briefingFromAnalysis(analysis, built);
    }
  };
}
