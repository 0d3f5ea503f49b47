// What lets several instances share one PostgreSQL store without doing the same work twice:
//
// - instance leases: each instance renews its row every few seconds (the scheduler does); the
//   slots of an instance whose lease ran out are taken over by the others (recoverAbandonedSlots);
// - source poll leases: a source is polled by the one instance that takes its row while the
//   source is due and not held (or held by an instance whose lease ran out); the poll sets when
//   it is next due, for everyone;
// - seen events: Slack retries an event it thinks was missed, possibly to another instance
//   behind the load balancer, or over another Socket Mode connection; the event id's row decides.
//
// Each decision is one INSERT … ON CONFLICT DO UPDATE … WHERE: the row lock makes concurrent
// callers take turns, and the loser's WHERE no longer holds, so it changes no row.

import type pg from 'pg';
import type { EventLog, InstanceLeases, SourcePollLeases } from './store.ts';

export function createPgLeases(pool: pg.Pool): InstanceLeases & SourcePollLeases & EventLog {
  let lastPruneAt = 0;
  return {
    async renewInstanceLease(instanceId, now) {
      await pool.query(
        `INSERT INTO instances (id, started_at, heartbeat_at) VALUES ($1, $2, $2)
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`,
        [instanceId, now],
      );
    },
    async endInstanceLease(instanceId) {
      await pool.query('DELETE FROM instances WHERE id = $1', [instanceId]);
    },
    async claimSourcePoll(sourceKey, holder, now, leaseUntil) {
      const result = await pool.query(
        `INSERT INTO source_polls (source_key, holder, lease_until) VALUES ($1, $2, $3)
         ON CONFLICT (source_key) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
           WHERE (source_polls.holder IS NULL OR source_polls.holder = excluded.holder OR source_polls.lease_until < $4)
             AND (source_polls.next_due_at IS NULL OR source_polls.next_due_at <= $4)`,
        [sourceKey, holder, leaseUntil, now],
      );
      return result.rowCount === 1;
    },
    async finishSourcePoll(sourceKey, holder, nextDueAt) {
      await pool.query('UPDATE source_polls SET holder = NULL, lease_until = NULL, next_due_at = $3 WHERE source_key = $1 AND holder = $2', [
        sourceKey,
        holder,
        nextDueAt,
      ]);
    },
    async firstDelivery(eventId, now, ttlMs) {
      const expired = new Date(now.getTime() - ttlMs);
      if (now.getTime() - lastPruneAt >= ttlMs / 4) {
        lastPruneAt = now.getTime();
        await pool.query('DELETE FROM seen_events WHERE seen_at < $1', [expired]);
      }
      const result = await pool.query(
        `INSERT INTO seen_events (event_id, seen_at) VALUES ($1, $2)
         ON CONFLICT (event_id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_events.seen_at < $3`,
        [eventId, now, expired],
      );
      return result.rowCount === 1;
    },
  };
}
