// One poll of one feed: a conditional GET (ETag, Last-Modified), the feed parsed, and each
// item not seen before (by URL, GUID or content) turned into an article.

import type { FeedSourceConfig } from '../../src/config/types.ts';
import { FEED_TYPES } from '../net/content-types.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import type { DedupeIndex } from './dedupe.ts';
import { keysOfItem } from './dedupe.ts';
import { inProcessParser, type UntrustedParser } from '../ingest/untrusted-parser.ts';
import { itemToArticle } from './item-to-article.ts';
import type { PollResult } from './poll-result.ts';

/** Validators the server gave last time, sent back to ask "anything new?". */
export interface ConditionalState {
  etag?: string;
  lastModified?: string;
}

export interface FeedPollDeps {
  fetch: SafeFetch;
  dedupe: DedupeIndex;
  /** Items taken per poll at most (newest first as feeds list them). */
  maxItems?: number;
  /** Where the feed and its article pages are parsed (the worker pool in the bot); default: here. */
  parser?: UntrustedParser;
}

const MAX_ITEMS = 50;

export async function pollFeed(source: FeedSourceConfig, state: ConditionalState, deps: FeedPollDeps): Promise<PollResult> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const response = await deps.fetch(source.url, { accept: FEED_TYPES, headers });
  if (response.status === 304) return { articles: [], duplicates: 0, notModified: true, notes: [] };
  const parser = deps.parser ?? inProcessParser;
  const feed = await parser.readFeed(response.text, source.name);
  // Validators are kept only once the body has parsed, so a broken answer is fetched again.
  state.etag = response.headers.etag;
  state.lastModified = response.headers['last-modified'];
  const outlet = source.outlet ?? feed.title ?? source.name;
  const result: PollResult = { articles: [], duplicates: 0, notModified: false, notes: [] };
  for (const item of feed.items.slice(0, deps.maxItems ?? MAX_ITEMS)) {
    const keys = keysOfItem(item, source.url);
    if (deps.dedupe.find(keys)) {
      result.duplicates++;
      continue;
    }
    if (item.refused) {
      result.notes.push(`${item.url ?? item.title ?? 'an item'}: skipped (${item.refused})`);
      continue;
    }
    let built: Awaited<ReturnType<typeof itemToArticle>>;
    try {
      built = await itemToArticle(item, keys, { outlet, fetchFullText: source.fetchFullText, fetch: deps.fetch, parser, textOnly: feed.textOnly === true });
    } catch (error) {
      // One unreadable item must not cost the rest of the feed.
      result.notes.push(`${item.url ?? item.title ?? 'an item'}: skipped (${(error as Error).message})`);
      continue;
    }
    if (built.note) result.notes.push(built.note);
    if (!built.article) continue;
    const existing = deps.dedupe.find(built.keys);
    // Remember every key, so a changed GUID or URL is recognised cheaply next time.
    deps.dedupe.remember(built.keys, existing ?? built.article.id);
    if (existing) result.duplicates++;
    else result.articles.push({ article: built.article, sourceId: source.url, ...(item.guid ? { guid: item.guid } : {}) });
  }
  return result;
}
