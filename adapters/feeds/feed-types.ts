// A feed as read from RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed, before any article is built.

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'jsonfeed';

export interface FeedItem {
  guid?: string;
  url?: string;
  /** Plain text (Atom's HTML titles are converted). */
  title?: string;
  /** Full content, HTML. */
  contentHtml?: string;
  /** Full content, plain text (JSON Feed's content_text). */
  contentText?: string;
  /** A summary or description, HTML. */
  summaryHtml?: string;
  /** The summary as text, when the feed was read with its HTML converted (read-feed.ts). */
  summaryText?: string;
  /** Why the item's markup was refused (nested too deep): it yields no article. */
  refused?: string;
  /** As the feed wrote it; normalised later. */
  published?: string;
  author?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  siteUrl?: string;
  items: FeedItem[];
  /** Titles, contents and summaries are text already (read-feed.ts): nothing to convert. */
  textOnly?: boolean;
}
