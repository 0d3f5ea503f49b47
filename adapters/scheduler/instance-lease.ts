// Several bot instances on one shared store (PostgreSQL): each renews its lease every few
// seconds; an instance whose lease has not been renewed for `leaseMs` is taken to be dead, and
// the others take over its slots through the usual crash rules (claimed → released and posted
// again, sending → unknown and its owner told once). With renewals every 10 s and a 30 s lease,
// a dead instance's work is taken over within about 40 s.
//
// On a store one process holds (SQLite), every other claimant is gone: no lease is consulted.

import type { Store } from '../store/store.ts';

export interface LeaseOptions {
  /** An instance not seen for this long is dead. Default 30 s. */
  leaseMs: number;
  /** How often an instance renews its lease and looks for dead instances' work. Default 10 s. */
  renewEveryMs: number;
}

export const DEFAULT_LEASE: LeaseOptions = { leaseMs: 30_000, renewEveryMs: 10_000 };

/** The cut-off for recovery: claimants renewed at or after it are alive (undefined: everyone else is gone). */
export function aliveSince(store: Pick<Store, 'shared'>, now: Date, lease: LeaseOptions): Date | undefined {
  return store.shared ? new Date(now.getTime() - lease.leaseMs) : undefined;
}

/** Instances start in the same minute as each other: each walks the due list from its own point. */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  if (items.length === 0) return [];
  const start = offset % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}
