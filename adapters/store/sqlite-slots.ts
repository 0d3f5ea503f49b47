// Slots in SQLite: the (subscription_id, slot_at) primary key is the at-most-once guarantee.
// A claim is one INSERT, so two wake-ups racing for the same slot cannot both win. A slot that
// ends undelivered (endSlot, recoverAbandonedSlots) writes its owner's notice to the outbox in the
// same transaction (sqlite-outbox.ts).

import type Database from 'better-sqlite3';
import type { SlotRecord, SlotStatus } from '../../src/commands/subscription-port.ts';
import { createNoticeWriter } from './sqlite-outbox.ts';
import type { SlotKey, SlotStore } from './store.ts';

export interface SlotRow {
  subscription_id: string;
  slot_at: string;
  status: SlotStatus;
  attempts: number;
  message_id: string | null;
  error: string | null;
  updated_at: string;
}

export function readSlotRow(row: SlotRow): SlotRecord {
  return {
    subscriptionId: row.subscription_id,
    slotAt: row.slot_at,
    status: row.status,
    attempts: row.attempts,
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    updatedAt: row.updated_at,
  };
}

function keyParams(key: SlotKey) {
  return { subscriptionId: key.subscriptionId, slotAt: key.slotAt.toISOString() };
}

export function createSqliteSlots(db: Database.Database): SlotStore {
  const claim = db.prepare(`
    INSERT INTO slots (subscription_id, slot_at, status, claimant, claimed_at, updated_at)
    VALUES (@subscriptionId, @slotAt, 'claimed', @claimant, @now, @now)
    ON CONFLICT (subscription_id, slot_at) DO UPDATE
      SET status = 'claimed', claimant = excluded.claimant, claimed_at = excluded.claimed_at, updated_at = excluded.updated_at
      WHERE slots.status = 'released'`);
  const sending = db.prepare(`
    UPDATE slots SET status = 'sending', attempts = attempts + 1, updated_at = @now
    WHERE subscription_id = @subscriptionId AND slot_at = @slotAt
      AND (@claimant IS NULL OR (claimant = @claimant AND status IN ('claimed', 'sending')))`);
  const delivered = db.prepare(`
    UPDATE slots SET status = 'delivered', message_id = @messageId, continuation_ids_json = @continuations, error = NULL,
      updated_at = @now
    WHERE subscription_id = @subscriptionId AND slot_at = @slotAt`);
  const ended = db.prepare(`
    UPDATE slots SET status = @status, error = @error, updated_at = @now
    WHERE subscription_id = @subscriptionId AND slot_at = @slotAt`);
  const missed = db.prepare(`
    INSERT INTO slots (subscription_id, slot_at, status, claimant, error, claimed_at, updated_at)
    VALUES (@subscriptionId, @slotAt, 'missed', '', @error, @now, @now)
    ON CONFLICT (subscription_id, slot_at) DO UPDATE SET status = 'missed', error = excluded.error, updated_at = excluded.updated_at
      WHERE slots.status = 'released'`);
  const get = db.prepare(`SELECT * FROM slots WHERE subscription_id = @subscriptionId AND slot_at = @slotAt`);
  const abandoned = db.prepare(`
    SELECT * FROM slots WHERE status IN ('claimed', 'sending') AND claimant != @claimant
      AND (@aliveSince IS NULL OR claimant NOT IN (SELECT id FROM instances WHERE heartbeat_at >= @aliveSince))
    ORDER BY slot_at`);
  const released = db.prepare(`SELECT * FROM slots WHERE status = 'released' ORDER BY slot_at`);
  const pause = db.prepare(
    `UPDATE subscriptions SET status = 'paused', paused_reason = @reason, updated_at = @now WHERE id = @id AND status != 'removed'`,
  );
  const writeNotice = createNoticeWriter(db);

  return {
    async claimSlot(key, claimant, now) {
      return claim.run({ ...keyParams(key), claimant, now: now.toISOString() }).changes === 1;
    },
    async markSlotSending(key, now, claimant) {
      return sending.run({ ...keyParams(key), now: now.toISOString(), claimant: claimant ?? null }).changes === 1;
    },
    async markSlotDelivered(key, receipt, now) {
      delivered.run({
        ...keyParams(key),
        messageId: receipt.messageId,
        continuations: receipt.continuationIds?.length ? JSON.stringify(receipt.continuationIds) : null,
        now: now.toISOString(),
      });
    },
    async markSlotFailed(key, error, now) {
      ended.run({ ...keyParams(key), status: 'failed', error, now: now.toISOString() });
    },
    async markSlotMissed(key, reason, now) {
      missed.run({ ...keyParams(key), error: reason, now: now.toISOString() });
    },
    async getSlot(key) {
      const row = get.get(keyParams(key)) as SlotRow | undefined;
      return row ? readSlotRow(row) : undefined;
    },
    async recoverAbandonedSlots(claimant, now, options = {}) {
      return db.transaction(() => {
        const rows = (abandoned.all({ claimant, aliveSince: options.aliveSince?.toISOString() ?? null }) as SlotRow[]).map(readSlotRow);
        const at = now.toISOString();
        const releasedSlots: SlotRecord[] = [];
        const unknownSlots: SlotRecord[] = [];
        for (const slot of rows) {
          const params = { subscriptionId: slot.subscriptionId, slotAt: slot.slotAt, now: at };
          if (slot.status === 'claimed') {
            ended.run({ ...params, status: 'released', error: 'the bot stopped before sending' });
            releasedSlots.push({ ...slot, status: 'released', updatedAt: at });
          } else {
            const error = 'the bot stopped while sending';
            ended.run({ ...params, status: 'unknown', error });
            const key = { subscriptionId: slot.subscriptionId, slotAt: new Date(slot.slotAt) };
            writeNotice({ kind: 'slot-unknown', key, reason: error, slotAttempts: slot.attempts }, now);
            unknownSlots.push({ ...slot, status: 'unknown', error, updatedAt: at });
          }
        }
        return { released: releasedSlots, unknown: unknownSlots };
      })();
    },
    async expireReleasedSlots(reason, now) {
      return db.transaction(() => {
        const rows = (released.all() as SlotRow[]).map(readSlotRow);
        for (const slot of rows) {
          ended.run({ subscriptionId: slot.subscriptionId, slotAt: slot.slotAt, status: 'missed', error: reason, now: now.toISOString() });
        }
        return rows.map((slot) => ({ ...slot, status: 'missed' as const, error: reason }));
      })();
    },
    async endSlot(key, end, now) {
      return db.transaction(() => {
        const at = now.toISOString();
        ended.run({ ...keyParams(key), status: end.status, error: end.error, now: at });
        if (end.pause) pause.run({ id: key.subscriptionId, reason: end.error, now: at });
        const kind = end.pause ? 'subscription-paused' : end.status === 'unknown' ? 'slot-unknown' : 'slot-failed';
        return writeNotice({ kind, key, reason: end.error, slotAttempts: end.attempts }, now);
      })();
    },
  };
}
