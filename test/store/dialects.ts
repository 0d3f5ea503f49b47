// The store suite runs once per dialect: SQLite always (a file in a temporary folder), PostgreSQL
// when the test server is reachable (a fresh schema per test), skipped with the reason otherwise.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import { hasPostgres, openTestPgStore, postgresSkipMessage } from '../helpers/postgres.ts';

export interface OpenedStore {
  store: Store;
  /** Closes the store and opens the same data again. */
  reopen(): Promise<Store>;
  /** A second store on the same data, as another instance would open it (PostgreSQL only). */
  another?(): Promise<Store>;
  dispose(): Promise<void>;
}

export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** Why the dialect is skipped; '' when it runs. */
  skipReason: string;
  open(): Promise<OpenedStore>;
}

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  skipReason: '',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'));
    const path = join(dir, 'nested', 'briefbot.db');
    let store = createSqliteStore(path, { busyTimeoutMs: 50 });
    return {
      get store() {
        return store;
      },
      async reopen() {
        await store.close();
        store = createSqliteStore(path, { busyTimeoutMs: 50 });
        return store;
      },
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  skipReason: postgresSkipMessage,
  async open() {
    const opened = await openTestPgStore('store');
    let store = opened.store;
    return {
      get store() {
        return store;
      },
      async reopen() {
        await store.close();
        store = await opened.another();
        return store;
      },
      another: () => opened.another(),
      dispose: () => opened.dispose(),
    };
  },
};

export const STORE_DIALECTS: readonly StoreDialect[] = [sqliteDialect, postgresDialect];
export { hasPostgres };
