// Paragraphs (split on blank lines) and their sentences, with offsets into the cleaned text.
// Splitting per paragraph keeps compromise from gluing a quote to the next paragraph's sentence.

import { type ParseMode, sentenceOffsets } from './fast-path.ts';
import type { Paragraph, Sentence } from './types.ts';

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«']);

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    paragraphs.push({ index: paragraphs.length, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return paragraphs;
}

/** Sentence boundaries from compromise, widened so each span starts at its opening quote mark. */
function sentenceStarts(paragraph: string, mode: ParseMode): number[] {
  const starts: number[] = [];
  for (const offset of sentenceOffsets(paragraph, mode)) {
    let start = offset;
    while (start > 0 && OPENERS.has(paragraph[start - 1]!)) start--;
    if (starts.length === 0) start = 0;
    if (starts.length === 0 || start > starts[starts.length - 1]!) starts.push(start);
  }
  return starts.length > 0 ? starts : [0];
}

export function splitSentences(articleId: string, text: string, paragraphs: Paragraph[], mode: ParseMode = 'fast'): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    const starts = sentenceStarts(body, mode);
    starts.forEach((localStart, i) => {
      const localEnd = i + 1 < starts.length ? starts[i + 1]! : body.length;
      const piece = body.slice(localStart, localEnd);
      const trimmedEnd = localStart + piece.trimEnd().length;
      const leading = piece.length - piece.trimStart().length;
      const start = paragraph.start + localStart + leading;
      const end = paragraph.start + trimmedEnd;
      if (end <= start || !/\p{L}/u.test(text.slice(start, end))) return;
      sentences.push({ articleId, index: sentences.length, paragraph: paragraph.index, start, end, text: text.slice(start, end) });
    });
  }
  return sentences;
}
