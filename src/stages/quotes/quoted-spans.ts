// Quoted spans in one paragraph: curly, straight or angled double quotes, and single quotes where
// a paragraph uses them as its outer marks (never the apostrophes of "it’s" or "Hamas’"). Single
// quotes inside double ones stay part of the outer quote, and double ones inside single outer marks
// likewise. An opening mark with no closing one runs to the paragraph's end: news style then
// continues the quote in the next paragraph.

export interface QuotedSpan {
  /** Offsets of the quoted words, relative to the paragraph, without a trailing comma. */
  start: number;
  end: number;
  /** Offsets of the marks themselves: `markStart` is the opening mark, `markEnd` is after the closing one. */
  markStart: number;
  markEnd: number;
  /** True when the paragraph ended before the quote closed. */
  open: boolean;
  /** The punctuation just inside the closing mark ("," in “…,” or "." in “….”), if any. */
  closing: string;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

export function findQuotedSpans(paragraph: string): QuotedSpan[] {
  const doubles = findDoubleQuoted(paragraph);
  if (doubles.length === 0) return findSingleQuoted(paragraph);
  // British style: single outer marks with double ones nested (‘We were told it was “a nuisance
  // alarm” …’). When a single quote opens first and holds the first double mark, singles are outer.
  const singles = findSingleQuoted(paragraph);
  const first = singles[0];
  if (!first || first.markStart > doubles[0]!.markStart || first.markEnd <= doubles[0]!.markStart) return doubles;
  const inside = (d: QuotedSpan) => singles.some((s) => s.markStart < d.markStart && d.markEnd <= s.markEnd);
  return [...singles, ...doubles.filter((d) => !inside(d))].sort((a, b) => a.markStart - b.markStart);
}

function findDoubleQuoted(paragraph: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  let straightOpen = -1;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    const closer = PAIRS[ch];
    if (closer) {
      const { close, cut } = findCloser(paragraph, i + 1, ch, closer);
      // '"He read the question: “Do you …?” Forty-three said yes."': curly marks inside an open
      // straight quote (closed later, or running to the paragraph's end) are a quote within the
      // quote, part of its words.
      if (straightOpen !== -1 && close !== -1) {
        i = close + 1;
        continue;
      }
      push(spans, paragraph, i, close, cut);
      i = close !== -1 ? close + 1 : cut !== -1 ? cut : paragraph.length;
      continue;
    }
    // "“work-related” emails": a straight mark closed by a curly one.
    if (ch === '”' && straightOpen !== -1) {
      push(spans, paragraph, straightOpen, i);
      straightOpen = -1;
    }
    if (ch === '"') {
      if (straightOpen === -1) {
        // 6'3" is an inch mark; 'of [his] systems" including …', with nothing open, closes a
        // quote this paragraph did not open: neither starts one.
        const before = paragraph[i - 1] ?? ' ';
        const after = paragraph[i + 1] ?? ' ';
        const strayCloser = /[\p{L}\p{N}.,!?;:\]’')]/u.test(before) && /[\s,.;:)]/.test(after) && i > 0;
        if (!/\d/.test(before) && !strayCloser) straightOpen = i;
      } else {
        push(spans, paragraph, straightOpen, i);
        straightOpen = -1;
      }
    }
    i++;
  }
  if (straightOpen !== -1) push(spans, paragraph, straightOpen, -1);
  return spans;
}

/**
 * The closing mark. A second opening mark before it means the first quote never closed: `cut`
 * is then where that second quote starts.
 */
function findCloser(text: string, from: number, opener: string, closer: string): { close: number; cut: number } {
  const close = text.indexOf(closer, from);
  const reopen = opener === closer ? -1 : text.indexOf(opener, from);
  if (reopen !== -1 && (close === -1 || reopen < close)) return { close: -1, cut: reopen };
  return { close, cut: -1 };
}

function push(spans: QuotedSpan[], text: string, open: number, close: number, cut = -1): void {
  const end = close !== -1 ? close : cut !== -1 ? cut : text.length;
  const inner = trimInner(text, open + 1, end);
  if (inner.end > inner.start && /[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) {
    const closing = /[,.!?;:…]/.test(text[end - 1] ?? '') ? text[end - 1]! : '';
    spans.push({ ...inner, markStart: open, markEnd: close !== -1 ? close + 1 : end, open: close === -1, closing });
  }
}

function trimInner(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

// An opening single mark starts a word; a closing one ends a word and is not followed by a letter.
const SINGLE_OPEN = /(?<=^|[\s([{—–-])[‘'](?=[\p{L}\p{N}…])/gu;

/** Single-quoted spans, for paragraphs that use them as their only quotation marks. */
function findSingleQuoted(paragraph: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let from = 0;
  for (;;) {
    SINGLE_OPEN.lastIndex = from;
    const open = SINGLE_OPEN.exec(paragraph);
    if (!open) break;
    // "’90s" and "'em": an apostrophe before digits or a clipped word is no quote.
    if (/^['‘](?:\d0s|em|n|til|cause)\b/.test(paragraph.slice(open.index, open.index + 6))) {
      from = open.index + 1;
      continue;
    }
    const close = findSingleCloser(paragraph, open.index + 1);
    if (close === -1) {
      // A single mark opening the paragraph with no closing one runs to its end, like “…:
      // news style continues the quote in the next paragraph.
      if (/^\s*$/.test(paragraph.slice(0, open.index))) {
        push(spans, paragraph, open.index, -1);
        break;
      }
      from = open.index + 1;
      continue;
    }
    push(spans, paragraph, open.index, close);
    from = close + 1;
  }
  return spans;
}

function findSingleCloser(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '’' && ch !== "'") continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(after)) continue; // it’s, don't
    if (/\s/.test(before)) continue;
    // "leaders’ summit": a plural possessive, when a lower-case word follows.
    if (before === 's' && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/[.,!?]/.test(text[i - 1] ?? '')) {
      const rest = text.slice(i + 1);
      if (!/^\s+(?:said|says|told|added|he|she|they|the\s+\w+\s+said)\b/.test(rest)) continue;
    }
    return i;
  }
  return -1;
}
