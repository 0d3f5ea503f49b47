// Slots in PostgreSQL: the (subscription_id, slot_at) primary key is the at-most-once guarantee,
// as in SQLite. A claim is one INSERT … ON CONFLICT: when several instances race for a slot the
// unique index lets exactly one insert (or re-take a `released` row); the others get no row.
//
// Recovery may run on several instances at once (each sweeps for dead instances' slots): the
// rows are picked with FOR UPDATE SKIP LOCKED and changed in the same statement, so each
// abandoned slot is returned to exactly one of them, and its owner's notice is written to the
// outbox in that same transaction (once: the notice id is the slot's).

import type pg from 'pg';
import type { SlotRecord, SlotStatus } from '../../src/commands/subscription-port.ts';
import { inTransaction, iso } from './pg-database.ts';
import { writePgNotice } from './pg-outbox.ts';
import type { SlotStore } from './store.ts';

export interface PgSlotRow {
  subscription_id: string;
  slot_at: Date;
  status: SlotStatus;
  attempts: number;
  message_id: string | null;
  error: string | null;
  updated_at: Date;
}

export function readPgSlotRow(row: PgSlotRow): SlotRecord {
  return {
    subscriptionId: row.subscription_id,
    slotAt: iso(row.slot_at),
    status: row.status,
    attempts: row.attempts,
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    updatedAt: iso(row.updated_at),
  };
}

const byOrder = (a: SlotRecord, b: SlotRecord) => a.slotAt.localeCompare(b.slotAt) || a.subscriptionId.localeCompare(b.subscriptionId);

export function createPgSlots(pool: pg.Pool): SlotStore {
  const setEnded = (key: { subscriptionId: string; slotAt: Date }, status: SlotStatus, error: string, now: Date) =>
    pool.query('UPDATE slots SET status = $3, error = $4, updated_at = $5 WHERE subscription_id = $1 AND slot_at = $2', [
      key.subscriptionId,
      key.slotAt,
      status,
      error,
      now,
    ]);

  return {
    async claimSlot(key, claimant, now) {
      const result = await pool.query(
        `INSERT INTO slots (subscription_id, slot_at, status, claimant, claimed_at, updated_at)
         VALUES ($1, $2, 'claimed', $3, $4, $4)
         ON CONFLICT (subscription_id, slot_at) DO UPDATE
           SET status = 'claimed', claimant = excluded.claimant, claimed_at = excluded.claimed_at, updated_at = excluded.updated_at
           WHERE slots.status = 'released'`,
        [key.subscriptionId, key.slotAt, claimant, now],
      );
      return result.rowCount === 1;
    },
    async markSlotSending(key, now, claimant) {
      const result = await pool.query(
        `UPDATE slots SET status = 'sending', attempts = attempts + 1, updated_at = $3
         WHERE subscription_id = $1 AND slot_at = $2
           AND ($4::text IS NULL OR (claimant = $4 AND status IN ('claimed', 'sending')))`,
        [key.subscriptionId, key.slotAt, now, claimant ?? null],
      );
      return result.rowCount === 1;
    },
    async markSlotDelivered(key, receipt, now) {
      await pool.query(
        `UPDATE slots SET status = 'delivered', message_id = $3, continuation_ids_json = $4, error = NULL, updated_at = $5
         WHERE subscription_id = $1 AND slot_at = $2`,
        [key.subscriptionId, key.slotAt, receipt.messageId, receipt.continuationIds?.length ? JSON.stringify(receipt.continuationIds) : null, now],
      );
    },
    async markSlotFailed(key, error, now) {
      await setEnded(key, 'failed', error, now);
    },
    async markSlotMissed(key, reason, now) {
      await pool.query(
        `INSERT INTO slots (subscription_id, slot_at, status, claimant, error, claimed_at, updated_at)
         VALUES ($1, $2, 'missed', '', $3, $4, $4)
         ON CONFLICT (subscription_id, slot_at) DO UPDATE SET status = 'missed', error = excluded.error, updated_at = excluded.updated_at
           WHERE slots.status = 'released'`,
        [key.subscriptionId, key.slotAt, reason, now],
      );
    },
    async getSlot(key) {
      const { rows } = await pool.query<PgSlotRow>('SELECT * FROM slots WHERE subscription_id = $1 AND slot_at = $2', [key.subscriptionId, key.slotAt]);
      return rows[0] ? readPgSlotRow(rows[0]) : undefined;
    },
    async recoverAbandonedSlots(claimant, now, options = {}) {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<PgSlotRow & { previous: SlotStatus }>(
          `WITH picked AS (
             SELECT subscription_id, slot_at, status FROM slots
             WHERE status IN ('claimed', 'sending') AND claimant <> $1
               AND ($3::timestamptz IS NULL OR claimant NOT IN (SELECT id FROM instances WHERE heartbeat_at >= $3))
             FOR UPDATE SKIP LOCKED
           )
           UPDATE slots SET
             status = CASE WHEN picked.status = 'claimed' THEN 'released' ELSE 'unknown' END,
             error = CASE WHEN picked.status = 'claimed' THEN 'the bot stopped before sending' ELSE 'the bot stopped while sending' END,
             updated_at = $2
           FROM picked
           WHERE slots.subscription_id = picked.subscription_id AND slots.slot_at = picked.slot_at
           RETURNING slots.*, picked.status AS previous`,
          [claimant, now, options.aliveSince ?? null],
        );
        const released: SlotRecord[] = [];
        const unknown: SlotRecord[] = [];
        for (const row of rows) (row.previous === 'claimed' ? released : unknown).push(readPgSlotRow(row));
        unknown.sort(byOrder);
        for (const slot of unknown) {
          const key = { subscriptionId: slot.subscriptionId, slotAt: new Date(slot.slotAt) };
          await writePgNotice(client, { kind: 'slot-unknown', key, reason: slot.error ?? '', slotAttempts: slot.attempts }, now);
        }
        return { released: released.sort(byOrder), unknown };
      });
    },
    async expireReleasedSlots(reason, now) {
      const { rows } = await pool.query<PgSlotRow>(
        `UPDATE slots SET status = 'missed', error = $1, updated_at = $2 WHERE status = 'released' RETURNING *`,
        [reason, now],
      );
      return rows.map(readPgSlotRow).sort(byOrder);
    },
    async endSlot(key, end, now) {
      return inTransaction(pool, async (client) => {
        await client.query('UPDATE slots SET status = $3, error = $4, updated_at = $5 WHERE subscription_id = $1 AND slot_at = $2', [
          key.subscriptionId,
          key.slotAt,
          end.status,
          end.error,
          now,
        ]);
        if (end.pause) {
          await client.query(
            `UPDATE subscriptions SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE id = $1 AND status != 'removed'`,
            [key.subscriptionId, end.error, now],
          );
        }
        const kind = end.pause ? 'subscription-paused' : end.status === 'unknown' ? 'slot-unknown' : 'slot-failed';
        return writePgNotice(client, { kind, key, reason: end.error, slotAttempts: end.attempts }, now);
      });
    },
  };
}
