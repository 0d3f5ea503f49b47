// A metric cell: a ratio (hits of a total) or a plain count.

export type Metric = { hit: number; of: number } | { count: number };

export const ratio = (hit: number, of: number): Metric => ({ hit, of });
export const count = (n: number): Metric => ({ count: n });

export function formatMetric(m: Metric | undefined): string {
  if (!m) return '–';
  if ('count' in m) return String(m.count);
  if (m.of === 0) return 'n/a';
  return `${m.hit}/${m.of} ${Math.round((100 * m.hit) / m.of)}%`;
}

/** Ratios add up across corpora: the "all" row of the table. */
export function sumMetrics(list: (Metric | undefined)[]): Metric | undefined {
  const present = list.filter((m): m is Metric => Boolean(m));
  if (present.length === 0) return undefined;
  if (present.every((m) => 'count' in m)) return count(present.reduce((n, m) => n + (m as { count: number }).count, 0));
  const ratios = present.filter((m): m is { hit: number; of: number } => 'hit' in m);
  return ratio(
    ratios.reduce((n, m) => n + m.hit, 0),
    ratios.reduce((n, m) => n + m.of, 0),
  );
}
