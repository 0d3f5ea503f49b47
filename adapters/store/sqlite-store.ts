// createSqliteStore(path): the Store on one SQLite file (better-sqlite3, WAL, migrations at start).
//
//   const store = createSqliteStore('./data/briefbot.db');   // throws BriefError STORE_* on a bad file
//   …
//   await store.close();
//
// The file is held exclusively while open (see open-database.ts): one bot per database file.
// ':memory:' gives a throwaway store for tests.

import { type OpenDatabaseOptions, openDatabase } from './open-database.ts';
import { createSqliteArticles } from './sqlite-articles.ts';
import { createSqliteDeliveredBriefings } from './sqlite-delivered-briefings.ts';
import { createSqliteLeases } from './sqlite-leases.ts';
import { createSqliteOutbox } from './sqlite-outbox.ts';
import { createSqliteSlots } from './sqlite-slots.ts';
import { createSqliteStories } from './sqlite-stories.ts';
import { createSqliteSubscriptions } from './sqlite-subscriptions.ts';
import type { Store } from './store.ts';

export const DEFAULT_DATABASE_PATH = './data/briefbot.db';

export type SqliteStoreOptions = OpenDatabaseOptions;

export function createSqliteStore(path: string = DEFAULT_DATABASE_PATH, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(path, options);
  return {
    location: path,
    // Held exclusively by default (open-database.ts): one process at a time.
    shared: options.exclusive === false,
    ...createSqliteArticles(db),
    ...createSqliteStories(db),
    ...createSqliteSubscriptions(db),
    ...createSqliteSlots(db),
    ...createSqliteOutbox(db),
    ...createSqliteDeliveredBriefings(db),
    ...createSqliteLeases(db),
    async close() {
      if (db.open) db.close();
    },
  };
}
