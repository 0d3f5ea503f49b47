// The analysis workers' briefing code warmed up, as in a bot that has been running for a while
// (its news room prepares the top stories' briefings after every ingest): each half of a briefing
// (src/build-briefing.ts BriefingPart) built on each worker, from stories other than the ones
// timed, so that no text of a timed story has been parsed before. A cold `/brief` then measures
// a desk that has built nothing, not a worker's first run of the stages' code.

import type { AnalysePool } from '../adapters/ingest/analyse-pool.ts';
import { toAnalysisRecord } from '../adapters/ingest/analysis-record.ts';
import type { Analysis } from '../src/analyse/types.ts';
import { BRIEFING_PARTS } from '../src/build-briefing.ts';

export async function warmUpWorkers(pool: AnalysePool, analyses: Analysis[], generatedAt: string): Promise<void> {
  for (const analysis of analyses) {
    const articles = analysis.articles.map((a) => a.article);
    const records = analysis.articles.map(toAnalysisRecord);
    // Idle workers take jobs in turn: the halves in one order, then the other, give each worker both.
    for (const parts of [BRIEFING_PARTS, [...BRIEFING_PARTS].reverse()]) {
      await Promise.all(parts.map((part) => pool.brief({ articles, records, part, options: { generatedAt } })));
    }
  }
}
