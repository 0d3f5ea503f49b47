// The outbox of owner notices in SQLite (issue 17). A notice is enqueued inside the transaction
// that ends its slot (enqueueNotice is called from sqlite-slots.ts), then claimed, sent and
// confirmed by the scheduler. The state machine is documented on NoticeOutbox in store.ts.

import type Database from 'better-sqlite3';
import type { Platform } from '../../src/commands/command.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import { readSubscriptionRow, type SubscriptionRow } from './sqlite-subscriptions.ts';
import { type NoticeKind, type NoticeOutbox, type NoticeRecord, type NoticeStatus, noticeId, type SlotKey } from './store.ts';

interface NoticeRow {
  id: string;
  kind: NoticeKind;
  subscription_id: string;
  slot_at: string;
  platform: string;
  recipient_user_id: string;
  subscription_json: string;
  reason: string;
  slot_attempts: number;
  status: NoticeStatus;
  claimant: string | null;
  attempts: number;
  outcome_unknown: number;
  first_attempt_at: string | null;
  next_attempt_at: string;
  message_id: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

function readNoticeRow(row: NoticeRow): NoticeRecord {
  return {
    id: row.id,
    kind: row.kind,
    subscriptionId: row.subscription_id,
    slotAt: row.slot_at,
    platform: row.platform as Platform,
    recipientUserId: row.recipient_user_id,
    subscription: JSON.parse(row.subscription_json) as Subscription,
    reason: row.reason,
    slotAttempts: row.slot_attempts,
    status: row.status,
    attempts: row.attempts,
    outcomeUnknown: row.outcome_unknown === 1,
    ...(row.first_attempt_at !== null ? { firstAttemptAt: row.first_attempt_at } : {}),
    nextAttemptAt: row.next_attempt_at,
    ...(row.claimant !== null ? { claimant: row.claimant } : {}),
    ...(row.message_id !== null ? { messageId: row.message_id } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewNotice {
  kind: NoticeKind;
  key: SlotKey;
  reason: string;
  slotAttempts: number;
}

/**
 * Writes a notice for the subscription's owner, unless one with the same id exists. Must run inside
 * the caller's transaction (the one that changes the slot). Undefined when the subscription row is gone.
 */
export function createNoticeWriter(db: Database.Database): (notice: NewNotice, now: Date) => NoticeRecord | undefined {
  const subscription = db.prepare(`SELECT * FROM subscriptions WHERE id = ?`);
  const insert = db.prepare(`
    INSERT INTO outbox (id, kind, subscription_id, slot_at, platform, recipient_user_id, subscription_json, reason,
      slot_attempts, status, next_attempt_at, created_at, updated_at)
    VALUES (@id, @kind, @subscriptionId, @slotAt, @platform, @recipient, @subscriptionJson, @reason, @slotAttempts,
      'pending', @now, @now, @now)
    ON CONFLICT (id) DO NOTHING`);
  const byId = db.prepare(`SELECT * FROM outbox WHERE id = ?`);
  return (notice, now) => {
    const row = subscription.get(notice.key.subscriptionId) as SubscriptionRow | undefined;
    if (!row) return undefined;
    const id = noticeId(notice.kind, notice.key);
    insert.run({
      id,
      kind: notice.kind,
      subscriptionId: notice.key.subscriptionId,
      slotAt: notice.key.slotAt.toISOString(),
      platform: row.platform,
      recipient: row.owner_user_id,
      subscriptionJson: JSON.stringify(readSubscriptionRow(row)),
      reason: notice.reason,
      slotAttempts: notice.slotAttempts,
      now: now.toISOString(),
    });
    return readNoticeRow(byId.get(id) as NoticeRow);
  };
}

export function createSqliteOutbox(db: Database.Database): NoticeOutbox {
  const byId = db.prepare(`SELECT * FROM outbox WHERE id = ?`);
  const due = db.prepare(`
    SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY created_at, id LIMIT @limit`);
  const claim = db.prepare(`
    UPDATE outbox SET status = 'claimed', claimant = @claimant, updated_at = @now WHERE id = @id AND status = 'pending'`);
  const sending = db.prepare(`
    UPDATE outbox SET status = 'sending', attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, @now),
      updated_at = @now
    WHERE id = @id AND claimant = @claimant AND status IN ('claimed', 'sending')`);
  const delivered = db.prepare(`
    UPDATE outbox SET status = 'delivered', message_id = @messageId, outcome_unknown = 0, updated_at = @now WHERE id = @id`);
  const ended = db.prepare(`UPDATE outbox SET status = @status, last_error = @error, updated_at = @now WHERE id = @id`);
  const deferred = db.prepare(`
    UPDATE outbox SET status = 'pending', claimant = NULL, next_attempt_at = @next, last_error = @error,
      outcome_unknown = max(outcome_unknown, @unknown), updated_at = @now
    WHERE id = @id`);
  const abandoned = db.prepare(`
    SELECT * FROM outbox WHERE status IN ('claimed', 'sending') AND claimant != @claimant
      AND (@aliveSince IS NULL OR claimant NOT IN (SELECT id FROM instances WHERE heartbeat_at >= @aliveSince))
    ORDER BY created_at, id`);
  const release = db.prepare(`
    UPDATE outbox SET status = 'pending', claimant = NULL, next_attempt_at = @now,
      outcome_unknown = CASE WHEN status = 'sending' THEN 1 ELSE outcome_unknown END, updated_at = @now
    WHERE id = @id`);
  const slotFound = db.prepare(`
    UPDATE slots SET status = 'delivered', message_id = @messageId, continuation_ids_json = @continuations, error = NULL,
      updated_at = @now
    WHERE subscription_id = @subscriptionId AND slot_at = @slotAt AND status = 'unknown'`);
  const cancelUnknownNotice = db.prepare(`
    UPDATE outbox SET status = 'cancelled', claimant = NULL, last_error = 'the briefing was found in the channel', updated_at = @now
    WHERE id = @id AND status != 'delivered'`);

  const get = (id: string) => {
    const row = byId.get(id) as NoticeRow | undefined;
    return row ? readNoticeRow(row) : undefined;
  };

  return {
    async claimDueNotices(claimant, now, limit) {
      return db.transaction(() => {
        const at = now.toISOString();
        const ids = (due.all({ now: at, limit }) as { id: string }[]).map((r) => r.id);
        return ids.filter((id) => claim.run({ id, claimant, now: at }).changes === 1).map((id) => get(id)!);
      })();
    },
    async markNoticeSending(id, claimant, now) {
      return sending.run({ id, claimant, now: now.toISOString() }).changes === 1;
    },
    async markNoticeDelivered(id, receipt, now) {
      delivered.run({ id, messageId: receipt.messageId, now: now.toISOString() });
    },
    async endNotice(id, status, error, now) {
      ended.run({ id, status, error, now: now.toISOString() });
    },
    async deferNotice(id, retry, now) {
      deferred.run({
        id,
        next: retry.nextAttemptAt.toISOString(),
        error: retry.error,
        unknown: retry.outcomeUnknown ? 1 : 0,
        now: now.toISOString(),
      });
    },
    async recoverAbandonedNotices(claimant, now, options = {}) {
      return db.transaction(() => {
        const rows = abandoned.all({ claimant, aliveSince: options.aliveSince?.toISOString() ?? null }) as NoticeRow[];
        for (const row of rows) release.run({ id: row.id, now: now.toISOString() });
        return rows.map((row) => get(row.id)!);
      })();
    },
    async confirmUnknownSlot(key, receipt, now) {
      return db.transaction(() => {
        const at = now.toISOString();
        const changed = slotFound.run({
          subscriptionId: key.subscriptionId,
          slotAt: key.slotAt.toISOString(),
          messageId: receipt.messageId,
          continuations: receipt.continuationIds?.length ? JSON.stringify(receipt.continuationIds) : null,
          now: at,
        }).changes;
        cancelUnknownNotice.run({ id: noticeId('slot-unknown', key), now: at });
        return changed === 1;
      })();
    },
    async getNotice(id) {
      return get(id);
    },
    async listNotices(filter = {}) {
      const where: string[] = [];
      const params: Record<string, string> = {};
      if (filter.subscriptionId !== undefined) {
        where.push('subscription_id = @subscriptionId');
        params.subscriptionId = filter.subscriptionId;
      }
      if (filter.status !== undefined) {
        where.push('status = @status');
        params.status = filter.status;
      }
      const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
      return (db.prepare(sql).all(params) as NoticeRow[]).map(readNoticeRow);
    },
  };
}
