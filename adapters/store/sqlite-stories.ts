// Stories in SQLite: a stable id, a label, whatever meta the grouping keeps, and its articles
// (articles.story_id).

import type Database from 'better-sqlite3';
import type { Article } from '../../src/article.ts';
import type { StoredStory, StoryStore } from './store.ts';

interface StoryRow {
  id: string;
  label: string;
  meta_json: string | null;
  created_at: string;
  updated_at: string;
}

export function createSqliteStories(db: Database.Database): StoryStore {
  const upsert = db.prepare(`
    INSERT INTO stories (id, label, meta_json, created_at, updated_at) VALUES (@id, @label, @meta, @now, @now)
    ON CONFLICT (id) DO UPDATE SET label = excluded.label, meta_json = excluded.meta_json, updated_at = excluded.updated_at`);
  const byId = db.prepare('SELECT * FROM stories WHERE id = ?');
  const attach = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');
  const touch = db.prepare('UPDATE stories SET updated_at = ? WHERE id = ?');
  const articlesOf = db.prepare('SELECT id, article_json FROM articles WHERE story_id = ? ORDER BY first_seen_at, id');

  const readStory = (row: StoryRow): StoredStory => {
    const articles = (articlesOf.all(row.id) as Array<{ id: string; article_json: string }>).map((a) => ({
      id: a.id,
      article: JSON.parse(a.article_json) as Article,
    }));
    return {
      id: row.id,
      label: row.label,
      ...(row.meta_json !== null ? { meta: JSON.parse(row.meta_json) as unknown } : {}),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      articleIds: articles.map((a) => a.id),
      outlets: [...new Set(articles.map((a) => a.article.outlet))],
    };
  };

  return {
    async saveStory(story, now) {
      upsert.run({
        id: story.id,
        label: story.label,
        meta: story.meta === undefined ? null : JSON.stringify(story.meta),
        now: now.toISOString(),
      });
    },
    async addArticleToStory(storyId, articleId, now) {
      db.transaction(() => {
        if (attach.run(storyId, articleId).changes === 0) throw new Error(`no stored article ${articleId}`);
        touch.run(now.toISOString(), storyId);
      })();
    },
    async getStory(id) {
      const row = byId.get(id) as StoryRow | undefined;
      return row ? readStory(row) : undefined;
    },
    async listStories({ limit, updatedSince }) {
      const rows = updatedSince
        ? db.prepare('SELECT * FROM stories WHERE updated_at >= ? ORDER BY updated_at DESC, id LIMIT ?').all(updatedSince.toISOString(), limit)
        : db.prepare('SELECT * FROM stories ORDER BY updated_at DESC, id LIMIT ?').all(limit);
      return (rows as StoryRow[]).map(readStory);
    },
    async storyArticles(storyId) {
      return (articlesOf.all(storyId) as Array<{ article_json: string }>).map((a) => JSON.parse(a.article_json) as Article);
    },
  };
}
