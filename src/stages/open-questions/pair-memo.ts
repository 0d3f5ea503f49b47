// Likeness of clause pairs already worked out, for grouping: tens of thousands of pairs are scored
// once and many read again. An open-addressing table in typed arrays, keyed by the pair, costs less
// than a Map of numbers (no boxed entries, no rehashing of objects).

const EMPTY = -1;

export class PairMemo {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.firsts = new Int32Array(capacity).fill(EMPTY);
    this.seconds = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the pair (i, j) (order matters), or undefined. */
  get(i: number, j: number): number | undefined {
    const at = this.slot(i, j);
    return this.firsts[at] === EMPTY ? undefined : this.values[at];
  }

  set(i: number, j: number, value: number): void {
    let at = this.slot(i, j);
    if (this.firsts[at] === EMPTY) {
      if ((this.count + 1) * 2 > this.firsts.length) {
        this.grow();
        at = this.slot(i, j);
      }
      this.firsts[at] = i;
      this.seconds[at] = j;
      this.count++;
    }
    this.values[at] = value;
  }

  /** Where the pair is, or the empty slot it would go in (linear probing from its hash). */
  private slot(i: number, j: number): number {
    let h = Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    let at = h & this.mask;
    while (this.firsts[at] !== EMPTY && (this.firsts[at] !== i || this.seconds[at] !== j)) at = (at + 1) & this.mask;
    return at;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Float64Array(firsts.length * 2);
    this.mask = this.firsts.length - 1;
    for (let k = 0; k < firsts.length; k++) {
      if (firsts[k] === EMPTY) continue;
      const at = this.slot(firsts[k]!, seconds[k]!);
      this.firsts[at] = firsts[k]!;
      this.seconds[at] = seconds[k]!;
      this.values[at] = values[k]!;
    }
  }
}
