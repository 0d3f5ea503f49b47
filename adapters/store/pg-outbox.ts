// The outbox of owner notices in PostgreSQL: the same state machine as sqlite-outbox.ts
// (documented on NoticeOutbox in store.ts). A notice is written inside the transaction that ends
// its slot (writePgNotice, called from pg-slots.ts); claims use FOR UPDATE SKIP LOCKED, so
// instances sending notices at the same time each get different ones and never wait on each other.

import type pg from 'pg';
import type { Platform } from '../../src/commands/command.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import { inTransaction, iso, type Queryable } from './pg-database.ts';
import { type PgSubscriptionRow, readPgSubscriptionRow } from './pg-subscriptions.ts';
import { type NoticeKind, type NoticeOutbox, type NoticeRecord, type NoticeStatus, noticeId, type SlotKey } from './store.ts';

interface NoticeRow {
  id: string;
  kind: NoticeKind;
  subscription_id: string;
  slot_at: Date;
  platform: string;
  recipient_user_id: string;
  subscription_json: string;
  reason: string;
  slot_attempts: number;
  status: NoticeStatus;
  claimant: string | null;
  attempts: number;
  outcome_unknown: boolean;
  first_attempt_at: Date | null;
  next_attempt_at: Date;
  message_id: string | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

function readNoticeRow(row: NoticeRow): NoticeRecord {
  return {
    id: row.id,
    kind: row.kind,
    subscriptionId: row.subscription_id,
    slotAt: iso(row.slot_at),
    platform: row.platform as Platform,
    recipientUserId: row.recipient_user_id,
    subscription: JSON.parse(row.subscription_json) as Subscription,
    reason: row.reason,
    slotAttempts: row.slot_attempts,
    status: row.status,
    attempts: row.attempts,
    outcomeUnknown: row.outcome_unknown,
    ...(row.first_attempt_at !== null ? { firstAttemptAt: iso(row.first_attempt_at) } : {}),
    nextAttemptAt: iso(row.next_attempt_at),
    ...(row.claimant !== null ? { claimant: row.claimant } : {}),
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const ORDER = 'ORDER BY created_at, id';

export interface NewPgNotice {
  kind: NoticeKind;
  key: SlotKey;
  reason: string;
  slotAttempts: number;
}

/**
 * Writes a notice for the subscription's owner unless one with the same id exists. Runs on the
 * caller's transaction (the one that changes the slot). Undefined when the subscription row is gone.
 */
export async function writePgNotice(db: Queryable, notice: NewPgNotice, now: Date): Promise<NoticeRecord | undefined> {
  const { rows } = await db.query<PgSubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [notice.key.subscriptionId]);
  const row = rows[0];
  if (!row) return undefined;
  const id = noticeId(notice.kind, notice.key);
  await db.query(
    `INSERT INTO outbox (id, kind, subscription_id, slot_at, platform, recipient_user_id, subscription_json, reason,
       slot_attempts, status, next_attempt_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $10, $10)
     ON CONFLICT (id) DO NOTHING`,
    [
      id,
      notice.kind,
      notice.key.subscriptionId,
      notice.key.slotAt,
      row.platform,
      row.owner_user_id,
      JSON.stringify(readPgSubscriptionRow(row)),
      notice.reason,
      notice.slotAttempts,
      now,
    ],
  );
  return getNotice(db, id);
}

async function getNotice(db: Queryable, id: string): Promise<NoticeRecord | undefined> {
  const { rows } = await db.query<NoticeRow>('SELECT * FROM outbox WHERE id = $1', [id]);
  return rows[0] ? readNoticeRow(rows[0]) : undefined;
}

export function createPgOutbox(pool: pg.Pool): NoticeOutbox {
  return {
    async claimDueNotices(claimant, now, limit) {
      const { rows } = await pool.query<NoticeRow>(
        `WITH due AS (
           SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 ${ORDER} LIMIT $3 FOR UPDATE SKIP LOCKED
         )
         UPDATE outbox SET status = 'claimed', claimant = $1, updated_at = $2 FROM due WHERE outbox.id = due.id
         RETURNING outbox.*`,
        [claimant, now, limit],
      );
      return rows.map(readNoticeRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    async markNoticeSending(id, claimant, now) {
      const result = await pool.query(
        `UPDATE outbox SET status = 'sending', attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, $3), updated_at = $3
         WHERE id = $1 AND claimant = $2 AND status IN ('claimed', 'sending')`,
        [id, claimant, now],
      );
      return result.rowCount === 1;
    },
    async markNoticeDelivered(id, receipt, now) {
      await pool.query(`UPDATE outbox SET status = 'delivered', message_id = $2, outcome_unknown = false, updated_at = $3 WHERE id = $1`, [
        id,
        receipt.messageId,
        now,
      ]);
    },
    async endNotice(id, status, error, now) {
      await pool.query('UPDATE outbox SET status = $2, last_error = $3, updated_at = $4 WHERE id = $1', [id, status, error, now]);
    },
    async deferNotice(id, retry, now) {
      await pool.query(
        `UPDATE outbox SET status = 'pending', claimant = NULL, next_attempt_at = $2, last_error = $3,
           outcome_unknown = outcome_unknown OR $4, updated_at = $5
         WHERE id = $1`,
        [id, retry.nextAttemptAt, retry.error, retry.outcomeUnknown, now],
      );
    },
    async recoverAbandonedNotices(claimant, now, options = {}) {
      const { rows } = await pool.query<NoticeRow>(
        `WITH picked AS (
           SELECT id, status FROM outbox
           WHERE status IN ('claimed', 'sending') AND claimant <> $1
             AND ($3::timestamptz IS NULL OR claimant NOT IN (SELECT id FROM instances WHERE heartbeat_at >= $3))
           FOR UPDATE SKIP LOCKED
         )
         UPDATE outbox SET status = 'pending', claimant = NULL, next_attempt_at = $2,
           outcome_unknown = outbox.outcome_unknown OR picked.status = 'sending', updated_at = $2
         FROM picked WHERE outbox.id = picked.id
         RETURNING outbox.*`,
        [claimant, now, options.aliveSince ?? null],
      );
      return rows.map(readNoticeRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    async confirmUnknownSlot(key, receipt, now) {
      return inTransaction(pool, async (client) => {
        const changed = await client.query(
          `UPDATE slots SET status = 'delivered', message_id = $3, continuation_ids_json = $4, error = NULL, updated_at = $5
           WHERE subscription_id = $1 AND slot_at = $2 AND status = 'unknown'`,
          [key.subscriptionId, key.slotAt, receipt.messageId, receipt.continuationIds?.length ? JSON.stringify(receipt.continuationIds) : null, now],
        );
        await client.query(
          `UPDATE outbox SET status = 'cancelled', claimant = NULL, last_error = 'the briefing was found in the channel', updated_at = $2
           WHERE id = $1 AND status != 'delivered'`,
          [noticeId('slot-unknown', key), now],
        );
        return changed.rowCount === 1;
      });
    },
    getNotice: (id) => getNotice(pool, id),
    async listNotices(filter = {}) {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.subscriptionId !== undefined) {
        params.push(filter.subscriptionId);
        where.push(`subscription_id = $${params.length}`);
      }
      if (filter.status !== undefined) {
        params.push(filter.status);
        where.push(`status = $${params.length}`);
      }
      const { rows } = await pool.query<NoticeRow>(`SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER}`, params);
      return rows.map(readNoticeRow);
    },
  };
}
