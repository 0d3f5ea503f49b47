// PostgreSQL for tests: the server on 127.0.0.1:5432 (trust auth; BRIEFBOT_TEST_DATABASE_URL
// overrides), one fresh schema per store so that test files, and tests, run in parallel without
// seeing each other's rows. Tests that need it skip, saying why, when the server is unreachable.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPgStore, type PgStoreOptions } from '../../adapters/store/pg-store.ts';
import type { Store } from '../../adapters/store/store.ts';

export const TEST_DATABASE_URL = process.env.BRIEFBOT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const unreachable = await probe();
export const hasPostgres = unreachable === undefined;
export const postgresSkipMessage = hasPostgres
  ? ''
  : ` (skipped: PostgreSQL is not reachable at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, '@')}: ${unreachable}; .ci/run starts it)`;
if (!hasPostgres) {
  // CI (.ci/run) has just made sure the server runs: there a missing server is a failure, not a skip.
  if (process.env.BRIEFBOT_REQUIRE_POSTGRES === '1') throw new Error(`BRIEFBOT_REQUIRE_POSTGRES=1 but PostgreSQL is unreachable at ${TEST_DATABASE_URL}: ${unreachable}`);
  console.warn(`PostgreSQL tests${postgresSkipMessage}`);
}

/** A schema name no other test uses. */
export function freshSchemaName(label = 't'): string {
  return `${label.replace(/[^a-z0-9_]/g, '_').slice(0, 20)}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export interface TestPgStore {
  store: Store;
  schema: string;
  /** Another store (pool) on the same schema: a second instance. */
  another(options?: PgStoreOptions): Promise<Store>;
  /** Closes every store opened here and drops the schema. */
  dispose(): Promise<void>;
}

export async function openTestPgStore(label?: string, options: PgStoreOptions = {}): Promise<TestPgStore> {
  const schema = freshSchemaName(label);
  const opened: Store[] = [];
  const open = async (extra: PgStoreOptions = {}) => {
    const store = await createPgStore(TEST_DATABASE_URL, { maxConnections: 4, ...options, ...extra, schema });
    opened.push(store);
    return store;
  };
  const store = await open();
  return {
    store,
    schema,
    another: open,
    async dispose() {
      await Promise.all(opened.map((s) => s.close()));
      await dropSchema(schema);
    },
  };
}
