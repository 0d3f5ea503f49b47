// When an article happened, for the story window: its publication date, else when it arrived.

import type { Article } from '../article.ts';

export function articleTime(article: Article, receivedAt: Date): number {
  if (article.publishedAt) {
    const t = Date.parse(article.publishedAt);
    if (!Number.isNaN(t)) return t;
  }
  return receivedAt.getTime();
}
