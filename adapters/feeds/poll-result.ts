// What one poll of one source brought.

import type { Article } from '../../src/article.ts';

/** A new article and where it came from (the store dedupes by feed GUID too). */
export interface IncomingArticle {
  article: Article;
  /** The feed URL or folder path. */
  sourceId: string;
  guid?: string;
}

export interface PollResult {
  articles: IncomingArticle[];
  duplicates: number;
  /** Nothing changed since the last poll (HTTP 304, or no new or changed files). */
  notModified: boolean;
  notes: string[];
}
