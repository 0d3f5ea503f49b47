// "N of M sources" by independent reports: articles printing the same wire copy count once, in N
// and in M. Without lineage every article is its own report.

import type { Briefing } from '../../briefing.ts';
import { independentReports } from './lineage.ts';

export function sourceCredit(briefing: Briefing, articleIds: readonly string[]): { reports: number; total: number } {
  const lineage = briefing.lineage ?? [];
  return {
    reports: independentReports([...new Set(articleIds)], lineage),
    total: briefing.independentReports ?? independentReports(briefing.sources.map((s) => s.id), lineage),
  };
}

/** "3 outlets, 2 independent reports (shared wire text)" when outlets share copy; else null. */
export function lineageSummary(briefing: Briefing): string | null {
  if (!briefing.lineage || briefing.lineage.length === 0) return null;
  const outlets = new Set(briefing.sources.map((s) => s.outlet)).size;
  const { total } = sourceCredit(briefing, []);
  return `${outlets} outlet${outlets === 1 ? '' : 's'}, ${total} independent report${total === 1 ? '' : 's'} (shared wire text)`;
}
