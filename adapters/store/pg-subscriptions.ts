// Subscriptions in PostgreSQL: the same rules as sqlite-subscriptions.ts. ensureSubscription is
// called by every instance at its start (the configuration's subscriptions): an advisory lock on
// the subscription's key makes instances starting together agree on one row instead of each
// adding its own (which would post every slot twice).

import type pg from 'pg';
import type { Platform, Schedule } from '../../src/commands/command.ts';
import type { NewSubscription, SlotRecord, Subscription, SubscriptionFilter } from '../../src/commands/subscription-port.ts';
import { inTransaction, iso, type Queryable } from './pg-database.ts';
import { type PgSlotRow, readPgSlotRow } from './pg-slots.ts';
import { shortId } from './short-id.ts';
import type { SubscriptionRecords } from './store.ts';

export interface PgSubscriptionRow {
  id: string;
  platform: string;
  channel_id: string;
  is_direct_message: boolean;
  workspace_id: string | null;
  owner_user_id: string;
  schedule_json: string;
  timezone: string;
  topic: string | null;
  status: 'active' | 'paused';
  paused_reason: string | null;
  created_at: Date;
  origin: 'config' | 'command';
}

export function readPgSubscriptionRow(row: PgSubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    isDirectMessage: row.is_direct_message,
    ...(row.workspace_id !== null ? { workspaceId: row.workspace_id } : {}),
    ownerUserId: row.owner_user_id,
    schedule: JSON.parse(row.schedule_json) as Schedule,
    timezone: row.timezone,
    ...(row.topic !== null ? { topic: row.topic } : {}),
    status: row.status,
    ...(row.paused_reason !== null ? { pausedReason: row.paused_reason } : {}),
    createdAt: iso(row.created_at),
    origin: row.origin,
  };
}

const COLUMNS = {
  platform: 'platform',
  channelId: 'channel_id',
  ownerUserId: 'owner_user_id',
  workspaceId: 'workspace_id',
  status: 'status',
  origin: 'origin',
} as const;

async function add(db: Queryable, input: NewSubscription, now: Date): Promise<Subscription> {
  const values = [
    input.platform,
    input.channelId,
    input.isDirectMessage,
    input.workspaceId ?? null,
    input.ownerUserId,
    JSON.stringify(input.schedule),
    input.timezone,
    input.topic ?? null,
    now,
    input.origin ?? 'command',
  ];
  // Ids are random; on the rare collision, draw again (ON CONFLICT keeps the transaction usable).
  for (let attempt = 0; attempt <= 10; attempt++) {
    const id = shortId(attempt < 5 ? 6 : 10);
    const { rows } = await db.query<PgSubscriptionRow>(
      `INSERT INTO subscriptions (id, platform, channel_id, is_direct_message, workspace_id, owner_user_id,
         schedule_json, timezone, topic, status, created_at, updated_at, origin)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10, $10, $11)
       ON CONFLICT (id) DO NOTHING RETURNING *`,
      [id, ...values],
    );
    if (rows[0]) return readPgSubscriptionRow(rows[0]);
  }
  throw new Error('could not draw a free subscription id');
}

export function createPgSubscriptions(pool: pg.Pool): SubscriptionRecords {
  const setStatus = (id: string, status: string, reason: string | null, now: Date) =>
    pool.query(`UPDATE subscriptions SET status = $2, paused_reason = $3, updated_at = $4 WHERE id = $1 AND status != 'removed'`, [
      id,
      status,
      reason,
      now,
    ]);

  return {
    async addSubscription(input, now) {
      return add(pool, input, now);
    },
    async ensureSubscription(input, now) {
      const scheduleJson = JSON.stringify(input.schedule);
      const topicKey = input.topic ?? '';
      return inTransaction(pool, async (client) => {
        const origin = input.origin ?? 'command';
        const key = JSON.stringify([input.platform, input.channelId, scheduleJson, input.timezone, topicKey, origin]);
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [key]);
        const { rows } = await client.query<PgSubscriptionRow>(
          `SELECT * FROM subscriptions WHERE status != 'removed' AND platform = $1 AND channel_id = $2
             AND schedule_json = $3 AND timezone = $4 AND coalesce(topic, '') = $5 AND origin = $6
           ORDER BY created_at, seq LIMIT 1`,
          [input.platform, input.channelId, scheduleJson, input.timezone, topicKey, origin],
        );
        return rows[0] ? readPgSubscriptionRow(rows[0]) : add(client, input, now);
      });
    },
    async listSubscriptions(filter: SubscriptionFilter = {}) {
      const where = [`status != 'removed'`];
      const params: string[] = [];
      for (const [key, column] of Object.entries(COLUMNS)) {
        const value = filter[key as keyof SubscriptionFilter];
        if (value === undefined) continue;
        params.push(value);
        where.push(`${column} = $${params.length}`);
      }
      const { rows } = await pool.query<PgSubscriptionRow>(`SELECT * FROM subscriptions WHERE ${where.join(' AND ')} ORDER BY created_at, seq`, params);
      return rows.map(readPgSubscriptionRow);
    },
    async getSubscription(id) {
      const { rows } = await pool.query<PgSubscriptionRow>(`SELECT * FROM subscriptions WHERE id = $1 AND status != 'removed'`, [id]);
      return rows[0] ? readPgSubscriptionRow(rows[0]) : undefined;
    },
    async removeSubscription(id, now) {
      return ((await setStatus(id, 'removed', null, now)).rowCount ?? 0) > 0;
    },
    async pauseSubscription(id, reason, now) {
      await setStatus(id, 'paused', reason, now);
    },
    async resumeSubscription(id, now) {
      await setStatus(id, 'active', null, now);
    },
    async lastSlot(subscriptionId): Promise<SlotRecord | undefined> {
      const { rows } = await pool.query<PgSlotRow>('SELECT * FROM slots WHERE subscription_id = $1 ORDER BY slot_at DESC LIMIT 1', [subscriptionId]);
      return rows[0] ? readPgSlotRow(rows[0]) : undefined;
    },
  };
}
