// One feed item → an Article. When the item carries only a summary, the article page is
// fetched (through the safe fetch) and its text extracted with Readability; if that fails the
// summary stands in, and the caller is told why.

import type { Article } from '../../src/article.ts';
import { cleanArticle } from '../../src/clean/clean-article.ts';
import { isBriefError } from '../../src/errors.ts';
import { idFromText } from '../../src/ingest/article-id.ts';
import { PAGE_TYPES } from '../net/content-types.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { canonicalUrl } from '../net/canonical-url.ts';
import { inProcessParser, type UntrustedParser } from '../ingest/untrusted-parser.ts';
import { contentHashKey, type DedupeKeys } from './dedupe.ts';
import type { FeedItem } from './feed-types.ts';

/** Below this many characters an item's text is taken for a summary, not the article. */
export const MIN_FULL_TEXT_CHARS = 600;

export interface ItemContext {
  outlet: string;
  fetchFullText: boolean;
  fetch?: SafeFetch;
  /** Where a fetched article page is parsed; default: here. */
  parser?: UntrustedParser;
  /** The item's title, content and summary are text already (the feed was read by read-feed.ts). */
  textOnly?: boolean;
}

export interface BuiltArticle {
  article?: Article;
  keys: DedupeKeys;
  /** Why the full text is missing, or why no article came of the item. */
  note?: string;
}

export async function itemToArticle(item: FeedItem, keys: DedupeKeys, context: ItemContext): Promise<BuiltArticle> {
  const label = item.url ?? item.guid ?? item.title ?? 'an item';
  // linkedom (html-to-text.ts) loads only for an item that still holds HTML: a feed read in the
  // pool's workers gives text already (textOnly), so the bot's main thread never loads it.
  const html = item.contentHtml || (item.summaryText === undefined && item.summaryHtml) || !context.textOnly ? await import('./html-to-text.ts') : undefined;
  let body = item.contentHtml ? html!.htmlToText(item.contentHtml) : (item.contentText ?? '');
  const summary = item.summaryText ?? (item.summaryHtml ? html!.htmlToText(item.summaryHtml) : '');
  let pageTitle: string | undefined;
  let note: string | undefined;
  if (body.length < MIN_FULL_TEXT_CHARS && context.fetchFullText && context.fetch && item.url) {
    try {
      const page = await context.fetch(item.url, { accept: PAGE_TYPES });
      const parsed = await (context.parser ?? inProcessParser).parsePage(page.text, item.url);
      if (parsed.body.length > body.length) body = parsed.body;
      pageTitle = parsed.meta.title;
    } catch (error) {
      if (!isBriefError(error)) throw error;
      note = `${label}: full text not fetched (${error.message}); using the feed's summary`;
    }
  }
  const text = body.length >= summary.length ? body : summary;
  if (!text.trim()) return { keys, note: `${label}: the item has no text` };
  const contentHash = contentHashKey(text);
  const id = idFromText(keys.url ?? keys.guid ?? contentHash);
  const url = item.url ? canonicalUrl(item.url) : undefined;
  const publishedAt = isoDate(item.published);
  const article = cleanArticle({
    id,
    outlet: context.outlet,
    title: (context.textOnly ? (item.title ?? '') : html!.htmlToLine(item.title ?? '')) || pageTitle || firstSentence(text),
    text,
    ...(url ? { url } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  });
  return { article, keys: { ...keys, contentHash }, ...(note ? { note } : {}) };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function firstSentence(text: string): string {
  const first = text.split(/\n\n/)[0]!.split(/(?<=[.!?])\s/)[0]!;
  return first.length <= 100 ? first : `${first.slice(0, 100).replace(/\s+\S*$/, '')} …`;
}
