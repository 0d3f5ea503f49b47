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
  for (const offset of withRunTogetherEnds(paragraph, sentenceOffsets(paragraph, mode))) {
    let start = offset;
    while (start > 0 && OPENERS.has(paragraph[start - 1]!)) start--;
    if (starts.length === 0) start = 0;
    if (starts.length === 0 || start > starts[starts.length - 1]!) starts.push(start);
  }
  return starts.length > 0 ? starts : [0];
}

// A closing mark after a sentence's end, with text straight after it and no space: a script's
// label ("…the situation.”[Sound bite: …]“Today…"), the next quote or the narration
// ("…efforts.”Blinken's visit…") begins a new sentence.
const RUN_TOGETHER = /[.!?…][”’](?=[[“‘]|\p{Lu})|\](?=[“‘]|\p{Lu})/gu;

/** Sentence offsets, with a start added wherever text runs on straight after a closing mark. */
function withRunTogetherEnds(paragraph: string, offsets: number[]): number[] {
  const extra: number[] = [];
  for (const m of paragraph.matchAll(RUN_TOGETHER)) {
    const at = m.index + m[0].length;
    // "[Sound bite: NAME]" is a label: it starts a piece of its own, and so does what follows.
    extra.push(at);
    if (paragraph[at] === '[') {
      const close = paragraph.indexOf(']', at);
      if (close > at) extra.push(close + 1);
    }
  }
  if (extra.length === 0) return offsets;
  return [...new Set([...offsets, ...extra])].filter((o) => o < paragraph.length).sort((a, b) => a - b);
}

const TRANSCRIPT_LABEL = /^(?:[A-Z][A-Z.'’ -]{0,48}[A-Z.]|Q):\s+(?=\S)/;

export function splitSentences(articleId: string, text: string, paragraphs: Paragraph[], mode: ParseMode = 'fast'): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    const starts = sentenceStarts(body, mode);
    // A transcript label ("SECRETARY BLINKEN: ", "Q: ") names the speaker; the sentence starts after it.
    const label = TRANSCRIPT_LABEL.exec(body);
    if (label && starts[0] === 0 && (starts[1] ?? body.length) > label[0].length) starts[0] = label[0].length;
    starts.forEach((localStart, i) => {
      const localEnd = i + 1 < starts.length ? starts[i + 1]! : body.length;
      const piece = body.slice(localStart, localEnd);
      const trimmedEnd = localStart + piece.trimEnd().length;
      const leading = piece.length - piece.trimStart().length;
      const start = paragraph.start + localStart + leading;
      const end = paragraph.start + trimmedEnd;
      // A bracketed label alone ("[Sound bite: …]") is a speaker cue, not a sentence.
      if (end <= start || !/\p{L}/u.test(text.slice(start, end)) || /^\[[^\]]*\]$/.test(text.slice(start, end))) return;
      sentences.push({ articleId, index: sentences.length, paragraph: paragraph.index, start, end, text: text.slice(start, end) });
    });
  }
  return sentences;
}
