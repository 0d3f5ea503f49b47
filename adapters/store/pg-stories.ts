// Stories in PostgreSQL: the same rules as sqlite-stories.ts.

import type pg from 'pg';
import type { Article } from '../../src/article.ts';
import { inTransaction, iso } from './pg-database.ts';
import type { StoredStory, StoryStore } from './store.ts';

interface StoryRow {
  id: string;
  label: string;
  meta_json: string | null;
  created_at: Date;
  updated_at: Date;
}

export function createPgStories(pool: pg.Pool): StoryStore {
  const articlesOf = async (storyId: string) =>
    (
      await pool.query<{ id: string; article_json: string }>(
        'SELECT id, article_json FROM articles WHERE story_id = $1 ORDER BY first_seen_at, id',
        [storyId],
      )
    ).rows;

  const readStory = async (row: StoryRow): Promise<StoredStory> => {
    const articles = (await articlesOf(row.id)).map((a) => ({ id: a.id, article: JSON.parse(a.article_json) as Article }));
    return {
      id: row.id,
      label: row.label,
      ...(row.meta_json !== null ? { meta: JSON.parse(row.meta_json) as unknown } : {}),
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
      articleIds: articles.map((a) => a.id),
      outlets: [...new Set(articles.map((a) => a.article.outlet))],
    };
  };

  return {
    async saveStory(story, now) {
      await pool.query(
        `INSERT INTO stories (id, label, meta_json, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, meta_json = excluded.meta_json, updated_at = excluded.updated_at`,
        [story.id, story.label, story.meta === undefined ? null : JSON.stringify(story.meta), now],
      );
    },
    async addArticleToStory(storyId, articleId, now) {
      await inTransaction(pool, async (client) => {
        const attached = await client.query('UPDATE articles SET story_id = $1 WHERE id = $2', [storyId, articleId]);
        if (attached.rowCount === 0) throw new Error(`no stored article ${articleId}`);
        await client.query('UPDATE stories SET updated_at = $1 WHERE id = $2', [now, storyId]);
      });
    },
    async getStory(id) {
      const { rows } = await pool.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [id]);
      return rows[0] ? readStory(rows[0]) : undefined;
    },
    async listStories({ limit, updatedSince }) {
      const { rows } = updatedSince
        ? await pool.query<StoryRow>('SELECT * FROM stories WHERE updated_at >= $1 ORDER BY updated_at DESC, id LIMIT $2', [updatedSince, limit])
        : await pool.query<StoryRow>('SELECT * FROM stories ORDER BY updated_at DESC, id LIMIT $1', [limit]);
      const stories: StoredStory[] = [];
      for (const row of rows) stories.push(await readStory(row));
      return stories;
    },
    async storyArticles(storyId) {
      return (await articlesOf(storyId)).map((a) => JSON.parse(a.article_json) as Article);
    },
  };
}
