// Articles and the analysis cache in PostgreSQL: the same rules as sqlite-articles.ts. An article
// already known by feed GUID, canonical URL or content hash (checked in that order) is returned
// instead of stored twice — also when two instances save the same text at the same moment: a
// transaction-scoped advisory lock on the text's hash puts such saves one after the other.

import type pg from 'pg';
import type { Article } from '../../src/article.ts';
import { duplicateTextHash } from '../../src/ingest/article-id.ts';
import { dedupeUrl } from '../net/canonical-url.ts';
import { inTransaction, iso, type Queryable } from './pg-database.ts';
import type { ArticleStore, DuplicateReason, StoredArticle } from './store.ts';

interface PgArticleRow {
  id: string;
  canonical_url: string | null;
  feed_id: string;
  feed_guid: string | null;
  content_hash: string;
  article_json: string;
  story_id: string | null;
  first_seen_at: Date;
}

function readRow(row: PgArticleRow): StoredArticle {
  return {
    article: JSON.parse(row.article_json) as Article,
    ...(row.canonical_url !== null ? { canonicalUrl: row.canonical_url } : {}),
    ...(row.feed_id !== '' ? { feedId: row.feed_id } : {}),
    ...(row.feed_guid !== null ? { feedGuid: row.feed_guid } : {}),
    contentHash: row.content_hash,
    ...(row.story_id !== null ? { storyId: row.story_id } : {}),
    firstSeenAt: iso(row.first_seen_at),
  };
}

async function one(db: Queryable, sql: string, params: unknown[]): Promise<PgArticleRow | undefined> {
  return (await db.query<PgArticleRow>(sql, params)).rows[0];
}

export function createPgArticles(pool: pg.Pool): ArticleStore {
  return {
    async saveArticle(article, origin, now) {
      const url = origin.canonicalUrl ?? (article.url ? dedupeUrl(article.url) : undefined);
      const hash = duplicateTextHash(article.text);
      const feedId = origin.feedId ?? '';
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [hash]);
        const checks: Array<[DuplicateReason, () => Promise<PgArticleRow | undefined>]> = [
          ['feedGuid', async () => (origin.feedGuid ? one(client, 'SELECT * FROM articles WHERE feed_id = $1 AND feed_guid = $2', [feedId, origin.feedGuid]) : undefined)],
          ['canonicalUrl', async () => (url ? one(client, 'SELECT * FROM articles WHERE canonical_url = $1', [url]) : undefined)],
          ['contentHash', () => one(client, 'SELECT * FROM articles WHERE content_hash = $1 ORDER BY first_seen_at LIMIT 1', [hash])],
          ['id', () => one(client, 'SELECT * FROM articles WHERE id = $1', [article.id])],
        ];
        for (const [reason, find] of checks) {
          const row = await find();
          if (row) return { stored: readRow(row), inserted: false, duplicateOf: reason };
        }
        // Another instance may have stored the same URL, GUID or id (different text) meanwhile:
        // the unique keys refuse it, and the row it stored is the answer.
        const inserted = await one(
          client,
          `INSERT INTO articles (id, canonical_url, feed_id, feed_guid, content_hash, article_json, first_seen_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING *`,
          [article.id, url ?? null, feedId, origin.feedGuid ?? null, hash, JSON.stringify(article), now],
        );
        if (inserted) return { stored: readRow(inserted), inserted: true };
        for (const [reason, find] of checks) {
          const row = await find();
          if (row) return { stored: readRow(row), inserted: false, duplicateOf: reason };
        }
        throw new Error(`article ${article.id} was neither stored nor found`);
      });
    },
    async getArticle(id) {
      const row = await one(pool, 'SELECT * FROM articles WHERE id = $1', [id]);
      return row ? readRow(row) : undefined;
    },
    async getCachedAnalysis(contentHash, version) {
      const { rows } = await pool.query<{ analysis_json: string }>(
        'SELECT analysis_json FROM analyses WHERE content_hash = $1 AND version = $2',
        [contentHash, version],
      );
      return rows[0] ? (JSON.parse(rows[0].analysis_json) as unknown) : undefined;
    },
    async cacheAnalysis(contentHash, version, analysis, now) {
      await pool.query(
        `INSERT INTO analyses (content_hash, version, analysis_json, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (content_hash, version) DO UPDATE SET analysis_json = excluded.analysis_json, created_at = excluded.created_at`,
        [contentHash, version, JSON.stringify(analysis), now],
      );
    },
  };
}
