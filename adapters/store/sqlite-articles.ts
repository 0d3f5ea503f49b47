// Articles and the analysis cache in SQLite. An article already known by feed GUID, canonical
// URL or content hash (checked in that order) is returned instead of stored twice.

import type Database from 'better-sqlite3';
import type { Article } from '../../src/article.ts';
import { dedupeUrl } from '../net/canonical-url.ts';
import { duplicateTextHash } from '../../src/ingest/article-id.ts';
import type { ArticleStore, DuplicateReason, StoredArticle } from './store.ts';

export interface ArticleRow {
  id: string;
  canonical_url: string | null;
  feed_id: string;
  feed_guid: string | null;
  content_hash: string;
  article_json: string;
  story_id: string | null;
  first_seen_at: string;
}

export function readArticleRow(row: ArticleRow): StoredArticle {
  return {
    article: JSON.parse(row.article_json) as Article,
    ...(row.canonical_url !== null ? { canonicalUrl: row.canonical_url } : {}),
    ...(row.feed_id !== '' ? { feedId: row.feed_id } : {}),
    ...(row.feed_guid !== null ? { feedGuid: row.feed_guid } : {}),
    contentHash: row.content_hash,
    ...(row.story_id !== null ? { storyId: row.story_id } : {}),
    firstSeenAt: row.first_seen_at,
  };
}

export function createSqliteArticles(db: Database.Database): ArticleStore {
  const byId = db.prepare('SELECT * FROM articles WHERE id = ?');
  const byGuid = db.prepare('SELECT * FROM articles WHERE feed_id = ? AND feed_guid = ?');
  const byUrl = db.prepare('SELECT * FROM articles WHERE canonical_url = ?');
  const byHash = db.prepare('SELECT * FROM articles WHERE content_hash = ? ORDER BY first_seen_at LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO articles (id, canonical_url, feed_id, feed_guid, content_hash, article_json, first_seen_at)
    VALUES (@id, @canonicalUrl, @feedId, @feedGuid, @contentHash, @json, @now)`);
  const getAnalysis = db.prepare('SELECT analysis_json FROM analyses WHERE content_hash = ? AND version = ?');
  const putAnalysis = db.prepare(`
    INSERT INTO analyses (content_hash, version, analysis_json, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (content_hash, version) DO UPDATE SET analysis_json = excluded.analysis_json, created_at = excluded.created_at`);

  const save = db.transaction((article: Article, origin: { feedId?: string; feedGuid?: string; canonicalUrl?: string }, now: Date) => {
    const url = origin.canonicalUrl ?? (article.url ? dedupeUrl(article.url) : undefined);
    const hash = duplicateTextHash(article.text);
    const feedId = origin.feedId ?? '';
    const checks: Array<[DuplicateReason, () => unknown]> = [
      ['feedGuid', () => (origin.feedGuid ? byGuid.get(feedId, origin.feedGuid) : undefined)],
      ['canonicalUrl', () => (url ? byUrl.get(url) : undefined)],
      ['contentHash', () => byHash.get(hash)],
      ['id', () => byId.get(article.id)],
    ];
    for (const [reason, find] of checks) {
      const row = find() as ArticleRow | undefined;
      if (row) return { stored: readArticleRow(row), inserted: false, duplicateOf: reason };
    }
    insert.run({
      id: article.id,
      canonicalUrl: url ?? null,
      feedId,
      feedGuid: origin.feedGuid ?? null,
      contentHash: hash,
      json: JSON.stringify(article),
      now: now.toISOString(),
    });
    return { stored: readArticleRow(byId.get(article.id) as ArticleRow), inserted: true };
  });

  return {
    async saveArticle(article, origin, now) {
      return save(article, origin, now);
    },
    async getArticle(id) {
      const row = byId.get(id) as ArticleRow | undefined;
      return row ? readArticleRow(row) : undefined;
    },
    async getCachedAnalysis(contentHash, version) {
      const row = getAnalysis.get(contentHash, version) as { analysis_json: string } | undefined;
      return row ? (JSON.parse(row.analysis_json) as unknown) : undefined;
    },
    async cacheAnalysis(contentHash, version, analysis, now) {
      putAnalysis.run(contentHash, version, JSON.stringify(analysis), now.toISOString());
    },
  };
}
