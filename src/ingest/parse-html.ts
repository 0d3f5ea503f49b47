// HTML pages: the article extracted by Readability over linkedom's DOM; outlet, title and date
// from the page's meta tags.

import { createRequire } from 'node:module';
import { BriefError } from '../errors.ts';
import { pageSignals, whyNotAnArticle } from './article-shape.ts';
import type { ArticleMetadata } from './metadata.ts';
import { checkMarkup } from './page-limits.ts';
import type { ParsedDocument } from './parse-markdown.ts';

// Loaded on the first HTML page, not at start-up: text and Markdown articles never need them, and
// they are a good part of a command's start-up time.
type HtmlLibraries = { Readability: typeof import('@mozilla/readability').Readability; parseHTML: typeof import('linkedom').parseHTML };
let libraries: HtmlLibraries | undefined;
function htmlLibraries(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = { Readability: require('@mozilla/readability').Readability, parseHTML: require('linkedom').parseHTML };
  }
  return libraries;
}

const BLOCKS = 'p, h1, h2, h3, h4, li, blockquote, pre';

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

export function parseHtml(html: string, name: string): ParsedDocument {
  // Size and depth first: a hostile page must cost a linear scan, not minutes of Readability.
  checkMarkup(html, name);
  const { Readability, parseHTML } = htmlLibraries();
  const { document } = parseHTML(html);
  const pageMeta: ArticleMetadata = {};
  const outlet = meta(document, 'og:site_name', 'application-name', 'publisher');
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  const published = meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date');
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (outlet) pageMeta.outlet = outlet;
  if (title) pageMeta.title = title;
  if (published) pageMeta.published = published;
  if (url && /^https?:\/\//.test(url)) pageMeta.url = url;
  // Read before Readability, which rewrites the document (and may keep only its footer).
  const page = pageSignals(
    [...document.querySelectorAll('a')].map((a) => a.textContent ?? ''),
    [...document.querySelectorAll(`${BLOCKS}, button`)].map((el) => el.textContent ?? ''),
  );

  const result = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const noArticle = () =>
    new BriefError('NO_ARTICLE_IN_PAGE', `${name}: ${whyNotAnArticle('', page) ?? 'no article found in the HTML page'}`);
  if (!result?.content) throw noArticle();
  const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of articleDoc.querySelectorAll(BLOCKS)) {
    // Nested blocks (a <p> inside a <blockquote>) are taken once, at the innermost level.
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) throw noArticle();
  if (!pageMeta.title && result.title) pageMeta.title = result.title;
  if (!pageMeta.outlet && result.siteName) pageMeta.outlet = result.siteName;
  return { meta: pageMeta, body: paragraphs.join('\n\n'), page };
}
