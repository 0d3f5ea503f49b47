// Cleaning: page furniture out, the dateline into `place`, paragraphs kept apart by blank lines.
// Every offset in a briefing points into the text this returns.

import type { Article } from '../article.ts';
import { extractDateline } from './dateline.ts';
import { isFurnitureLine } from './furniture.ts';

/** Paragraphs are kept; lines inside a paragraph are joined, since hard wraps carry no meaning. */
export function cleanText(raw: string): { text: string; place?: string } {
  const normalised = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '' && !isFurnitureLine(line));
    if (lines.length > 0) paragraphs.push(lines.join(' '));
  }
  let text = paragraphs.join('\n\n');
  const dateline = extractDateline(text);
  text = dateline.text;
  return dateline.place ? { text, place: dateline.place } : { text };
}

export function cleanArticle(article: Article): Article {
  const { text, place } = cleanText(article.text);
  return { ...article, text, ...(article.place || place ? { place: article.place ?? place } : {}) };
}
