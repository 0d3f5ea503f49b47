// The targets, checked against what the benchmark measured.

import type { BigStoryResult, SizeResult } from './results.ts';

export interface TargetCheck {
  target: string;
  measured: string;
  /** Undefined when the sizes run do not allow the check. */
  met?: boolean;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** Sizes of 100 articles and more: 10 articles are too few to time throughput reliably. */
function throughputRows(results: SizeResult[]): SizeResult[] {
  const large = results.filter((r) => r.articles >= 100);
  return large.length > 0 ? large : results;
}

export function checkTargets(results: SizeResult[], bigStory?: BigStoryResult): TargetCheck[] {
  if (results.length === 0) return [];
  const rows = throughputRows(results);
  const ratio = (r: SizeResult) => r.oneCoreKbPerSec / r.baselineKbPerSec;
  const workersRatio = (r: SizeResult) => r.workersKbPerSec / r.baselineKbPerSec;
  const bySize = (n: number) => results.find((r) => r.articles === n);
  const checks: TargetCheck[] = [];

  const worst = Math.min(...rows.map(ratio));
  checks.push({ target: 'analysis ≥ 10× the naive baseline on one core', measured: `${fixed(worst)}× (lowest at ≥ 100 articles)`, met: worst >= 10 });

  const worstWorkers = Math.min(...rows.map(workersRatio));
  const faster = rows.every((r) => r.workersKbPerSec > r.oneCoreKbPerSec);
  checks.push({
    target: 'more with two workers',
    measured: `${fixed(worstWorkers)}× the baseline (lowest); ${faster ? 'faster than one core at every size' : 'not faster than one core at every size'}`,
    met: faster && worstWorkers >= 10,
  });

  const at1000 = bySize(1_000);
  checks.push({
    target: "one story's briefing, with 1,000 analysed articles in the store, < 200 ms",
    measured: at1000 ? `${fixed(at1000.briefingMs, 0)} ms (the biggest story, ${at1000.briefingArticles} articles)` : 'size 1,000 not run',
    ...(at1000 ? { met: at1000.briefingMs < 200 } : {}),
  });
  checks.push({
    target: "one story's briefing from 1,000 analysed articles (one story) < 200 ms",
    measured: bigStory ? `${fixed(bigStory.briefingMs, 0)} ms (a story of ${bigStory.storyArticles} articles)` : 'not run',
    ...(bigStory ? { met: bigStory.briefingMs < 200 } : {}),
  });

  const slowest = Math.max(...results.map((r) => Math.max(r.digestMs, r.briefTopicMs)));
  checks.push({ target: '/brief served < 3 s at every size', measured: `${fixed(slowest, 0)} ms at worst`, met: slowest < 3_000 });

  const at10000 = bySize(10_000);
  checks.push({
    target: 'peak RSS < 400 MB at 10,000 articles',
    measured: at10000 ? `${fixed(at10000.peakRssMb, 0)} MB` : 'size 10,000 not run',
    ...(at10000 ? { met: at10000.peakRssMb < 400 } : {}),
  });

  const at100 = bySize(100);
  const growth = at100 && at10000 ? at10000.ingestMsPerArticle / at100.ingestMsPerArticle : undefined;
  checks.push({
    target: 'per-article ingest cost flat (≤ 1.5×) from 100 to 10,000',
    measured: growth !== undefined ? `${fixed(growth, 2)}× (${fixed(at100!.ingestMsPerArticle)} → ${fixed(at10000!.ingestMsPerArticle)} ms)` : 'sizes 100 and 10,000 not both run',
    ...(growth !== undefined ? { met: growth <= 1.5 } : {}),
  });

  const mismatched = results.filter((r) => !r.briefingMatchesFresh).map((r) => r.articles);
  checks.push({
    target: 'briefing from cached analyses = briefing from fresh analysis',
    measured: mismatched.length === 0 ? 'same at every size' : `differs at ${mismatched.join(', ')} articles`,
    met: mismatched.length === 0,
  });
  return checks;
}
