// A feed body → its items with every HTML field already turned into text: all the work on
// untrusted feed markup in one call, so that it can run in the worker pool (see
// adapters/ingest/untrusted-parser.ts) and the main thread only builds articles from text.

import { isBriefError } from '../../src/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';
import { htmlToLine, htmlToText } from './html-to-text.ts';
import { parseFeed } from './parse-feed.ts';

export function readFeed(body: string, name: string): ParsedFeed {
  const feed = parseFeed(body, name);
  return { ...feed, items: feed.items.map(textOfItem), textOnly: true };
}

function textOfItem(item: FeedItem): FeedItem {
  const { contentHtml, summaryHtml, title, ...rest } = item;
  const converted: FeedItem = { ...rest };
  try {
    if (title !== undefined) converted.title = htmlToLine(title);
    if (contentHtml !== undefined) converted.contentText = htmlToText(contentHtml);
    if (summaryHtml !== undefined) converted.summaryText = htmlToText(summaryHtml);
  } catch (error) {
    // One hostile item (nested too deep) is dropped with its reason; the rest of the feed stands.
    if (!isBriefError(error)) throw error;
    return { ...rest, ...(item.url ? { url: item.url } : {}), refused: error.message };
  }
  return converted;
}
