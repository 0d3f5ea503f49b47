// How often each stemmed word occurs in a story, for `/brief <words>`. A book of 10,000 articles
// keeps some 600,000 of these (story, stem) counts; a `Map` per story cost about 40 bytes each (its
// hash table), so a story keeps its stems in one sorted array and their counts in another (16
// bytes), found by binary search. A story's new stems are merged in as an article joins (a few
// hundred words into a few hundred); a story past LARGE stems switches to a `Map`, so that a story
// of thousands of articles does not copy its arrays at every join.

/** Stems from which a story keeps a `Map` instead of the sorted arrays. */
const LARGE = 4_096;

export class StemCounts {
  private sorted: string[] = [];
  private counts: number[] = [];
  private map: Map<string, number> | undefined;

  get size(): number {
    return this.map ? this.map.size : this.sorted.length;
  }

  get(stem: string): number | undefined {
    if (this.map) return this.map.get(stem);
    const at = this.indexOf(stem);
    return at >= 0 ? this.counts[at] : undefined;
  }

  has(stem: string): boolean {
    return this.get(stem) !== undefined;
  }

  keys(): IterableIterator<string> {
    return this.map ? this.map.keys() : this.sorted.values();
  }

  /**
   * Adds an article's stem counts; returns the stems new to the story, in the article's order.
   * `intern` gives the one shared copy of a new stem.
   */
  add(stems: ReadonlyMap<string, number>, intern: (stem: string) => string = (s) => s): string[] {
    const fresh: string[] = [];
    if (this.map) {
      const map = this.map;
      stems.forEach((n, stem) => {
        const before = map.get(stem);
        if (before === undefined) {
          fresh.push(stem);
          map.set(intern(stem), n);
        } else map.set(stem, before + n);
      });
      return fresh;
    }
    stems.forEach((n, stem) => {
      const at = this.indexOf(stem);
      if (at >= 0) this.counts[at]! += n;
      else fresh.push(stem);
    });
    if (fresh.length === 0) return fresh;
    if (this.sorted.length + fresh.length > LARGE) {
      const map = new Map<string, number>();
      for (let i = 0; i < this.sorted.length; i++) map.set(this.sorted[i]!, this.counts[i]!);
      for (const stem of fresh) map.set(intern(stem), stems.get(stem)!);
      this.map = map;
      this.sorted = [];
      this.counts = [];
      return fresh;
    }
    const incoming = [...fresh].sort(byCodeUnits);
    const sorted: string[] = new Array(this.sorted.length + incoming.length);
    const counts: number[] = new Array(sorted.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < sorted.length; k++) {
      if (j >= incoming.length || (i < this.sorted.length && this.sorted[i]! < incoming[j]!)) {
        sorted[k] = this.sorted[i]!;
        counts[k] = this.counts[i++]!;
      } else {
        const stem = incoming[j++]!;
        sorted[k] = intern(stem);
        counts[k] = stems.get(stem)!;
      }
    }
    this.sorted = sorted;
    this.counts = counts;
    return fresh;
  }

  private indexOf(stem: string): number {
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const here = this.sorted[mid]!;
      if (here === stem) return mid;
      if (here < stem) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
