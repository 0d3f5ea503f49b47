// Instance leases, source poll leases and seen events in SQLite. One process holds a SQLite file
// (open-database.ts locks it), so these rarely decide anything here; they exist so that the bot
// runs the same code on either store (pg-leases.ts is the one that arbitrates between instances).

import type Database from 'better-sqlite3';
import type { EventLog, InstanceLeases, SourcePollLeases } from './store.ts';

export function createSqliteLeases(db: Database.Database): InstanceLeases & SourcePollLeases & EventLog {
  const renew = db.prepare(`
    INSERT INTO instances (id, started_at, heartbeat_at) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`);
  const end = db.prepare('DELETE FROM instances WHERE id = ?');
  const claimPoll = db.prepare(`
    INSERT INTO source_polls (source_key, holder, lease_until) VALUES (@key, @holder, @until)
    ON CONFLICT (source_key) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
      WHERE (source_polls.holder IS NULL OR source_polls.holder = excluded.holder OR source_polls.lease_until < @now)
        AND (source_polls.next_due_at IS NULL OR source_polls.next_due_at <= @now)`);
  const finishPoll = db.prepare(`
    UPDATE source_polls SET holder = NULL, lease_until = NULL, next_due_at = @due WHERE source_key = @key AND holder = @holder`);
  const seen = db.prepare(`
    INSERT INTO seen_events (event_id, seen_at) VALUES (@id, @now)
    ON CONFLICT (event_id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_events.seen_at < @expired`);
  const forget = db.prepare('DELETE FROM seen_events WHERE seen_at < ?');
  let lastPruneAt = 0;

  return {
    async renewInstanceLease(instanceId, now) {
      renew.run(instanceId, now.toISOString(), now.toISOString());
    },
    async endInstanceLease(instanceId) {
      end.run(instanceId);
    },
    async claimSourcePoll(sourceKey, holder, now, leaseUntil) {
      return claimPoll.run({ key: sourceKey, holder, until: leaseUntil.toISOString(), now: now.toISOString() }).changes === 1;
    },
    async finishSourcePoll(sourceKey, holder, nextDueAt) {
      finishPoll.run({ key: sourceKey, holder, due: nextDueAt.toISOString() });
    },
    async firstDelivery(eventId, now, ttlMs) {
      const expired = new Date(now.getTime() - ttlMs).toISOString();
      if (now.getTime() - lastPruneAt >= ttlMs / 4) {
        lastPruneAt = now.getTime();
        forget.run(expired);
      }
      return seen.run({ id: eventId, now: now.toISOString(), expired }).changes === 1;
    },
  };
}
