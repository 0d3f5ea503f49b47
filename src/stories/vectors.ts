// Sparse weight vectors over keys ("a:Antony Blinken", "t:glacier") and their cosine.

export type Vector = Map<string, number>;

export function norm(v: Vector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small) dot += w * (large.get(key) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

export function scaled(v: Vector, weight: (key: string) => number): Vector {
  const out: Vector = new Map();
  for (const [key, w] of v) {
    const x = w * weight(key);
    if (x > 0) out.set(key, x);
  }
  return out;
}

export function addInto(target: Vector, v: Vector, factor = 1): void {
  for (const [key, w] of v) target.set(key, (target.get(key) ?? 0) + w * factor);
}

export function topKeys(v: Vector, count: number, filter: (key: string) => boolean = () => true): string[] {
  return [...v.entries()]
    .filter(([key]) => filter(key))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([key]) => key);
}
