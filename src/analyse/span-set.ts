// Non-overlapping spans kept sorted, so "is this range already taken?" costs a binary search.

export interface Span {
  start: number;
  end: number;
}

export class SpanSet {
  private readonly spans: Span[] = [];

  /** Index of the first span whose end is after `pos`. */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.spans.length && this.spans[i]!.start < end;
  }

  /** Adds the span when it overlaps nothing; says whether it did. */
  add(span: Span): boolean {
    if (this.overlaps(span.start, span.end)) return false;
    this.spans.splice(this.firstEndingAfter(span.start), 0, span);
    return true;
  }
}
