// Feed HTML (content:encoded, Atom content, summaries) → paragraphs separated by blank lines,
// the form the cleaner and the analysis expect. Feed content is a fragment, not a page, so
// Readability is not used here; it is, for article pages fetched in full.

import { parseHTML } from 'linkedom';
import { checkMarkup } from '../../src/ingest/page-limits.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

export function htmlToText(html: string): string {
  checkMarkup(html, 'the item');
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '</p><p>')}</body></html>`);
  for (const el of document.querySelectorAll('script, style, figure figcaption, iframe, noscript')) el.remove();
  const paragraphs: string[] = [];
  const blocks = document.querySelectorAll(BLOCKS);
  for (const el of blocks) {
    // Nested blocks (a <p> in a <blockquote>) count once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const text = squash(el.textContent ?? '');
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = squash(document.body?.textContent ?? '');
    if (text) paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

/** One line of text from something that may hold markup or entities (a feed title). */
export function htmlToLine(html: string): string {
  if (!/[<&]/.test(html)) return squash(html);
  checkMarkup(html, 'the title');
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  return squash(document.body?.textContent ?? html);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
