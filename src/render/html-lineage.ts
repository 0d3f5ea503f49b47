// Wire-copy lineage for the coverage picture: which of a briefing's articles print the same text
// (the Briefing's `lineage`, found by src/stages/lineage). A briefing without it shows none; ids
// the briefing's sources do not hold are ignored, so a stale or hand-edited briefing still renders.

import type { Briefing } from '../briefing.ts';
import { independentReports as countReports } from '../stages/lineage/lineage.ts';

/** Groups (two or more article ids of this briefing's sources) that share one text, sources' order. */
export function lineageGroups(briefing: Briefing): string[][] {
  const known = briefing.sources.map((s) => s.id);
  return (Array.isArray(briefing.lineage) ? briefing.lineage : [])
    .map((g) => known.filter((id) => Array.isArray(g?.articleIds) && g.articleIds.includes(id)))
    .filter((g) => g.length > 1);
}

/** How many independent reports the sources are, counting each lineage group once. */
export function independentReports(briefing: Briefing, groups: string[][]): number {
  return countReports(
    briefing.sources.map((s) => s.id),
    groups.map((articleIds) => ({ articleIds, sharedSentences: 0 })),
  );
}
