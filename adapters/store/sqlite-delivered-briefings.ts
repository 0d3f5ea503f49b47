// The last Briefing of each story delivered to each destination: what "what's new" compares with.

import type Database from 'better-sqlite3';
import type { Briefing } from '../../src/briefing.ts';
import type { DeliveredBriefingLog } from './store.ts';

export function createSqliteDeliveredBriefings(db: Database.Database): DeliveredBriefingLog {
  const get = db.prepare('SELECT briefing_json, delivered_at FROM delivered_briefings WHERE destination = ? AND story_id = ?');
  const put = db.prepare(`
    INSERT INTO delivered_briefings (destination, story_id, briefing_json, delivered_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (destination, story_id) DO UPDATE SET briefing_json = excluded.briefing_json, delivered_at = excluded.delivered_at`);
  return {
    async lastDeliveredBriefing(destination, storyId) {
      const row = get.get(destination, storyId) as { briefing_json: string; delivered_at: string } | undefined;
      return row ? { briefing: JSON.parse(row.briefing_json) as Briefing, deliveredAt: row.delivered_at } : undefined;
    },
    async saveDeliveredBriefing(destination, storyId, briefing, deliveredAt) {
      put.run(destination, storyId, JSON.stringify(briefing), deliveredAt.toISOString());
    },
  };
}
