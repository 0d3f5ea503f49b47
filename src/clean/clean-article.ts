// Cleaning: page furniture out, the dateline into `place`, paragraphs kept apart by blank lines.
// Every offset in a briefing points into the text this returns.

import type { Article } from '../article.ts';
import { extractDateline } from './dateline.ts';
import { isFurnitureLine } from './furniture.ts';

/**
 * Paragraphs are kept; lines inside a paragraph are joined, since hard wraps carry no meaning. A
 * block whose lines run long was not hard-wrapped: there each line is a paragraph of its own (web
 * copy pasted with single line breaks), so a quote never runs on into the next paragraph.
 */
export function cleanText(raw: string): { text: string; place?: string } {
  const normalised = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '' && !isFurnitureLine(line));
    if (lines.length === 0) continue;
    if (isUnwrapped(lines)) paragraphs.push(...lines);
    else paragraphs.push(lines.join(' '));
  }
  let text = paragraphs.join('\n\n');
  const dateline = extractDateline(text);
  text = dateline.text;
  return dateline.place ? { text, place: dateline.place } : { text };
}

/** Hard wraps stop near 80 characters; a line well past that was written as a paragraph. */
const UNWRAPPED_LINE = 120;

function isUnwrapped(lines: string[]): boolean {
  return lines.length > 1 && lines.some((line) => line.length > UNWRAPPED_LINE);
}

export function cleanArticle(article: Article): Article {
  const { text, place } = cleanText(article.text);
  return { ...article, text, ...(article.place || place ? { place: article.place ?? place } : {}) };
}
