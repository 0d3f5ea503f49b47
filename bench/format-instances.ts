// The multi-instance table (measure-instances.ts), as Markdown.

import type { InstancesResult } from './measure-instances.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-GB');

export function formatInstances(result: InstancesResult): string {
  const lines = [
    '| instances | slots | seconds | slots per minute | × one instance | claim p95 ms | confirm p95 ms | posted by each | exactly once |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  const base = result.rows[0]?.slotsPerMinute ?? 0;
  for (const r of result.rows) {
    lines.push(
      `| ${r.instances} | ${int(r.slots)} | ${r.seconds.toFixed(1)} | ${int(r.slotsPerMinute)} | ${base ? (r.slotsPerMinute / base).toFixed(2) : '–'}× | ${r.claimP95Ms.toFixed(1)} | ${r.confirmP95Ms.toFixed(1)} | ${r.split.join(' / ')} | ${r.exactlyOnce ? 'yes' : '**no**'} |`,
    );
  }
  lines.push(
    '',
    `Each instance a separate process with its own pool, ${result.rows[0]?.slots ?? 0} subscriptions due in the same minute, every post answered after ${result.postMs} ms (a platform round trip), ${result.concurrency} posts in flight per instance; PostgreSQL on the same machine.`,
  );
  return lines.join('\n');
}
