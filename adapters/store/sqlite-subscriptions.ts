// Subscriptions in SQLite. Removal is soft (status 'removed') so slot history stays readable.

import type Database from 'better-sqlite3';
import type { Platform, Schedule } from '../../src/commands/command.ts';
import type {
  NewSubscription,
  SlotRecord,
  Subscription,
  SubscriptionFilter,
  SubscriptionOrigin,
} from '../../src/commands/subscription-port.ts';
import { shortId } from './short-id.ts';
import { readSlotRow, type SlotRow } from './sqlite-slots.ts';
import type { SubscriptionRecords } from './store.ts';

export interface SubscriptionRow {
  id: string;
  platform: string;
  channel_id: string;
  is_direct_message: number;
  workspace_id: string | null;
  owner_user_id: string;
  schedule_json: string;
  timezone: string;
  topic: string | null;
  status: 'active' | 'paused';
  paused_reason: string | null;
  created_at: string;
  origin: SubscriptionOrigin;
}

export function readSubscriptionRow(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    isDirectMessage: row.is_direct_message === 1,
    ...(row.workspace_id !== null ? { workspaceId: row.workspace_id } : {}),
    ownerUserId: row.owner_user_id,
    schedule: JSON.parse(row.schedule_json) as Schedule,
    timezone: row.timezone,
    ...(row.topic !== null ? { topic: row.topic } : {}),
    status: row.status,
    ...(row.paused_reason !== null ? { pausedReason: row.paused_reason } : {}),
    createdAt: row.created_at,
    origin: row.origin,
  };
}

export function createSqliteSubscriptions(db: Database.Database): SubscriptionRecords {
  const insert = db.prepare(`
    INSERT INTO subscriptions (id, platform, channel_id, is_direct_message, workspace_id, owner_user_id,
      schedule_json, timezone, topic, status, created_at, updated_at, origin)
    VALUES (@id, @platform, @channelId, @isDm, @workspaceId, @ownerUserId, @scheduleJson, @timezone, @topic,
      'active', @now, @now, @origin)`);
  const byId = db.prepare(`SELECT * FROM subscriptions WHERE id = ? AND status != 'removed'`);
  const setStatus = db.prepare(
    `UPDATE subscriptions SET status = @status, paused_reason = @reason, updated_at = @now WHERE id = @id AND status != 'removed'`,
  );
  const lastSlot = db.prepare(`SELECT * FROM slots WHERE subscription_id = ? ORDER BY slot_at DESC LIMIT 1`);
  const sameSubscription = db.prepare(`
    SELECT * FROM subscriptions WHERE status != 'removed' AND platform = @platform AND channel_id = @channelId
      AND schedule_json = @scheduleJson AND timezone = @timezone AND coalesce(topic, '') = @topicKey
      AND origin = @origin
    ORDER BY created_at LIMIT 1`);

  const add = (input: NewSubscription, now: Date): Subscription => {
    const values = {
      platform: input.platform,
      channelId: input.channelId,
      isDm: input.isDirectMessage ? 1 : 0,
      workspaceId: input.workspaceId ?? null,
      ownerUserId: input.ownerUserId,
      scheduleJson: JSON.stringify(input.schedule),
      timezone: input.timezone,
      topic: input.topic ?? null,
      now: now.toISOString(),
      origin: input.origin ?? 'command',
    };
    // Ids are random; on the rare collision, draw again.
    for (let attempt = 0; ; attempt++) {
      const id = shortId(attempt < 5 ? 6 : 10);
      try {
        insert.run({ id, ...values });
        return readSubscriptionRow(byId.get(id) as SubscriptionRow);
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY' || attempt > 10) throw error;
      }
    }
  };

  return {
    async addSubscription(input, now) {
      return add(input, now);
    },
    async ensureSubscription(input, now) {
      return db.transaction(() => {
        const existing = sameSubscription.get({
          platform: input.platform,
          channelId: input.channelId,
          scheduleJson: JSON.stringify(input.schedule),
          timezone: input.timezone,
          topicKey: input.topic ?? '',
          origin: input.origin ?? 'command',
        }) as SubscriptionRow | undefined;
        return existing ? readSubscriptionRow(existing) : add(input, now);
      })();
    },
    async listSubscriptions(filter: SubscriptionFilter = {}) {
      const where = [`status != 'removed'`];
      const params: Record<string, string> = {};
      const columns = {
        platform: 'platform',
        channelId: 'channel_id',
        ownerUserId: 'owner_user_id',
        workspaceId: 'workspace_id',
        status: 'status',
        origin: 'origin',
      } as const;
      for (const [key, column] of Object.entries(columns)) {
        const value = filter[key as keyof SubscriptionFilter];
        if (value === undefined) continue;
        where.push(`${column} = @${key}`);
        params[key] = value;
      }
      const rows = db.prepare(`SELECT * FROM subscriptions WHERE ${where.join(' AND ')} ORDER BY created_at, rowid`).all(params);
      return (rows as SubscriptionRow[]).map(readSubscriptionRow);
    },
    async getSubscription(id) {
      const row = byId.get(id) as SubscriptionRow | undefined;
      return row ? readSubscriptionRow(row) : undefined;
    },
    async removeSubscription(id, now) {
      return setStatus.run({ id, status: 'removed', reason: null, now: now.toISOString() }).changes > 0;
    },
    async pauseSubscription(id, reason, now) {
      setStatus.run({ id, status: 'paused', reason, now: now.toISOString() });
    },
    async resumeSubscription(id, now) {
      setStatus.run({ id, status: 'active', reason: null, now: now.toISOString() });
    },
    async lastSlot(subscriptionId): Promise<SlotRecord | undefined> {
      const row = lastSlot.get(subscriptionId) as SlotRow | undefined;
      return row ? readSlotRow(row) : undefined;
    },
  };
}
