// Small measuring helpers: wall time of a call, and how much text a list of articles holds.

import type { Article } from '../src/article.ts';

export async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** UTF-8 kilobytes, the size the text has on the wire and on disk. */
export function textKb(articles: Article[]): number {
  let bytes = 0;
  for (const a of articles) bytes += Buffer.byteLength(a.text, 'utf8');
  return bytes / 1024;
}

/** Every `n`-th article, spread over the whole list, `count` in all. */
export function spreadSample<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

/** Peak resident memory of this process (all its threads) so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
