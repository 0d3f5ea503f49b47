// The last Briefing of each story delivered to each destination, in PostgreSQL.

import type pg from 'pg';
import type { Briefing } from '../../src/briefing.ts';
import { iso } from './pg-database.ts';
import type { DeliveredBriefingLog } from './store.ts';

export function createPgDeliveredBriefings(pool: pg.Pool): DeliveredBriefingLog {
  return {
    async lastDeliveredBriefing(destination, storyId) {
      const { rows } = await pool.query<{ briefing_json: string; delivered_at: Date }>(
        'SELECT briefing_json, delivered_at FROM delivered_briefings WHERE destination = $1 AND story_id = $2',
        [destination, storyId],
      );
      const row = rows[0];
      return row ? { briefing: JSON.parse(row.briefing_json) as Briefing, deliveredAt: iso(row.delivered_at) } : undefined;
    },
    async saveDeliveredBriefing(destination, storyId, briefing, deliveredAt) {
      await pool.query(
        `INSERT INTO delivered_briefings (destination, story_id, briefing_json, delivered_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (destination, story_id) DO UPDATE SET briefing_json = excluded.briefing_json, delivered_at = excluded.delivered_at`,
        [destination, storyId, JSON.stringify(briefing), deliveredAt],
      );
    },
  };
}
