// createPgStore: the Store on PostgreSQL, for several bot instances on one database
// (DATABASE_URL=postgres://…). Same interface and rules as createSqliteStore; see pg-leases.ts
// for what the instances share and how they take turns.
//
//   const store = await createPgStore('postgres://briefbot@db.internal/briefbot');

import { createPgArticles } from './pg-articles.ts';
import { openPgDatabase, type PgDatabaseOptions } from './pg-database.ts';
import { createPgDeliveredBriefings } from './pg-delivered-briefings.ts';
import { createPgLeases } from './pg-leases.ts';
import { createPgOutbox } from './pg-outbox.ts';
import { createPgSlots } from './pg-slots.ts';
import { createPgStories } from './pg-stories.ts';
import { createPgSubscriptions } from './pg-subscriptions.ts';
import type { Store } from './store.ts';

export type PgStoreOptions = PgDatabaseOptions;

export async function createPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const { pool, location } = await openPgDatabase(url, options);
  let closed = false;
  return {
    location,
    shared: true,
    ...createPgArticles(pool),
    ...createPgStories(pool),
    ...createPgSubscriptions(pool),
    ...createPgSlots(pool),
    ...createPgOutbox(pool),
    ...createPgDeliveredBriefings(pool),
    ...createPgLeases(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
