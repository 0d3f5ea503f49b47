// Limits on untrusted markup, checked before any parser sees it: a page or feed past them is
// refused as "too complex" instead of costing seconds of Readability or overflowing the stack.
// Real articles nest a few dozen elements deep and weigh well under a megabyte of markup.

import { BriefError } from '../errors.ts';

/** Characters of HTML or feed text taken at most (the fetch limit is 5 MB by default). */
export const MAX_MARKUP_CHARS = 8 * 1024 * 1024;
/** Elements open inside one another at most. Readability slows down sharply far below 1,000. */
export const MAX_HTML_DEPTH = 200;

// Elements that never hold others (void), or whose end tag may be left out (a new <p> closes the
// last): neither makes a page deeper, so neither counts.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'html', 'head', 'body',
]);
// Their content is text, not markup: skipped to their end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

/**
 * How deep the page's elements nest, found in one linear scan of the tags (no DOM), stopping as
 * soon as it passes `limit`. An estimate, on the deep side: stray end tags are ignored.
 */
export function markupDepth(html: string, limit = MAX_HTML_DEPTH): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|<!--[\s\S]*?-->/g;
  const open: string[] = [];
  let deepest = 0;
  let lower: string | undefined;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, closing, rawName, rest] = m;
    if (rawName === undefined) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      // Only a near match closes (a stray </div> deep in a page must not rescan the whole stack).
      if (at >= 0 && open.length - at <= 8) open.length = at;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (NOT_NESTING.has(name) || rest!.endsWith('/')) continue;
    open.push(name);
    if (open.length > deepest) deepest = open.length;
    if (deepest > limit) return deepest;
  }
  return deepest;
}

/** Throws PAGE_TOO_COMPLEX when the markup is too large or nests too deep to be parsed safely. */
export function checkMarkup(markup: string, name: string): void {
  if (markup.length > MAX_MARKUP_CHARS) {
    throw new BriefError('PAGE_TOO_COMPLEX', `${name}: page too complex (${Math.round(markup.length / 1024 / 1024)} MB of markup; at most ${MAX_MARKUP_CHARS / 1024 / 1024} MB)`);
  }
  const depth = markupDepth(markup);
  if (depth > MAX_HTML_DEPTH) {
    throw new BriefError('PAGE_TOO_COMPLEX', `${name}: page too complex (elements nested more than ${MAX_HTML_DEPTH} deep)`);
  }
}
