// The targets (issues 9 and 16), checked against what the benchmark measured. Each names
// what it measures: 50 `/brief` requests at once on a fresh desk, 10,000 articles in the store,
// stories of one event, the CLI as whole processes.

import type { BigStoryResult, CliResult, SizeResult } from './results.ts';

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

function check(target: string, measured: string | undefined, met: boolean | undefined, notRun: string): TargetCheck {
  return measured === undefined ? { target, measured: notRun } : { target, measured, ...(met !== undefined ? { met } : {}) };
}

export function checkTargets(results: SizeResult[], big: BigStoryResult[] = [], cli?: CliResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const bySize = (n: number) => results.find((r) => r.articles === n);
  const story = (n: number) => big.find((b) => b.storyArticles === n) ?? big.find((b) => Math.abs(b.storyArticles - n) <= n * 0.1);

  if (cli) {
    checks.push(check('`brief --help` ≤ 0.3 s CPU (whole process)', `${fixed(cli.helpCpuS, 2)} s`, cli.helpCpuS <= 0.3, ''));
    checks.push(check('one-article brief ≤ 1.0 s CPU (whole process)', `${fixed(cli.oneArticleCpuS, 2)} s`, cli.oneArticleCpuS <= 1.0, ''));
  }

  for (const [n, budget] of [
    [1_000, 1_000],
    [10_000, 5_000],
  ] as const) {
    const b = story(n);
    const subset = b && b.deskBriefed < b.storyArticles ? `, briefed from ${b.deskBriefed} representative articles` : '';
    checks.push(
      check(`one story of ${n.toLocaleString('en-GB')} articles briefed ≤ ${budget / 1000} s`, b ? `${fixed(b.deskMs, 0)} ms (${b.storyArticles} articles${subset})` : undefined, b ? b.deskMs <= budget : undefined, 'not run'),
    );
  }

  const small = story(10);
  const large = story(1_000);
  const perArticle = (b: BigStoryResult) => b.allStagesMs! / b.storyArticles;
  const growth = small?.allStagesMs !== undefined && large?.allStagesMs !== undefined ? perArticle(large) / perArticle(small) : undefined;
  checks.push(
    check(
      'briefing cost per article flat (≤ 1.5×) from 10 to 1,000 articles in one story (every article through the stages)',
      growth !== undefined ? `${fixed(growth, 2)}× (${fixed(perArticle(small!))} → ${fixed(perArticle(large!))} ms per article)` : undefined,
      growth !== undefined ? growth <= 1.5 : undefined,
      'stories of 10 and 1,000 not both run',
    ),
  );

  const at10000 = bySize(10_000);
  if (at10000) {
    const worst = Math.max(at10000.digestMs, at10000.briefTopicMs);
    checks.push(
      check(
        `/brief (digest and topic) ≤ 300 ms p95 with 10,000 articles in the store, ${at10000.concurrentRequests} requests at once`,
        `digest p95 ${fixed(at10000.digestMs, 0)} ms, topic p95 ${fixed(at10000.briefTopicMs, 0)} ms (top stories prepared after ingest, as the bot does${at10000.briefTopicPrepared ? '' : '; the topic is not a top story'}); cold: digest ${fixed(at10000.digestColdP95Ms, 0)} ms, topic ${fixed(at10000.briefTopicColdP95Ms, 0)} ms`,
        worst <= 300,
        '',
      ),
    );
    checks.push(check('peak RSS ≤ 300 MB at 10,000 articles, two workers included', `${fixed(at10000.peakRssMb, 0)} MB`, at10000.peakRssMb <= 300, ''));
  } else {
    checks.push({ target: '/brief ≤ 300 ms p95 and peak RSS ≤ 300 MB at 10,000 articles', measured: 'size 10,000 not run' });
  }

  if (results.length > 0) {
    const rows = throughputRows(results);
    const worst = Math.min(...rows.map((r) => r.oneCoreKbPerSec / r.baselineKbPerSec));
    checks.push({ target: 'analysis ≥ 10× the naive baseline (compromise full parse) on one core', measured: `${fixed(worst)}× (lowest at ≥ 100 articles)`, met: worst >= 10 });
    const workers = Math.min(...rows.map((r) => r.workersKbPerSec / r.oneCoreKbPerSec));
    checks.push({
      target: `${results[0]!.workers} workers faster than our own one core`,
      measured: `${fixed(workers, 2)}× one core (lowest at ≥ 100 articles)`,
      met: workers > 1,
    });
    const at100 = bySize(100);
    const ingestGrowth = at100 && at10000 ? at10000.ingestMsPerArticle / at100.ingestMsPerArticle : undefined;
    checks.push(
      check(
        'per-article ingest cost flat (≤ 1.5×) from 100 to 10,000',
        ingestGrowth !== undefined ? `${fixed(ingestGrowth, 2)}× (${fixed(at100!.ingestMsPerArticle)} → ${fixed(at10000!.ingestMsPerArticle)} ms)` : undefined,
        ingestGrowth !== undefined ? ingestGrowth <= 1.5 : undefined,
        'sizes 100 and 10,000 not both run',
      ),
    );
    const mismatched = results.filter((r) => !r.briefingMatchesFresh).map((r) => r.articles);
    checks.push({
      target: 'briefing from cached analyses = briefing from fresh analysis',
      measured: mismatched.length === 0 ? 'same at every size' : `differs at ${mismatched.join(', ')} articles`,
      met: mismatched.length === 0,
    });
  }
  return checks;
}
