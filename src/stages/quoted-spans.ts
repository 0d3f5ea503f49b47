// Quoted spans in a paragraph: curly or straight double quotes; an opening mark with no closing
// one runs to the paragraph's end (news style continues such a quote in the next paragraph).

export interface QuotedSpan {
  /** Offsets of the words inside the marks, relative to the paragraph. */
  start: number;
  end: number;
  /** True when the paragraph ended before the quote closed. */
  open: boolean;
}

export function findQuotedSpans(paragraph: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    if (ch === '“' || (ch === '"' && isOpeningStraight(paragraph, i))) {
      const close = ch === '“' ? paragraph.indexOf('”', i + 1) : paragraph.indexOf('"', i + 1);
      const end = close === -1 ? paragraph.length : close;
      const inner = trimSpan(paragraph, i + 1, end);
      if (inner.end > inner.start) spans.push({ ...inner, open: close === -1 });
      i = close === -1 ? paragraph.length : close + 1;
      continue;
    }
    i++;
  }
  return spans;
}

function isOpeningStraight(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s([—–-]/.test(before) || i === 0;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
