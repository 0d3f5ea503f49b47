// PostgreSQL with several instances: separate pools on one schema race for the same rows, start
// (and migrate) together, and a database from a newer briefbot or an unreachable server stops
// the start with a clear error.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../adapters/store/migrations.ts';
import { createPgStore } from '../../adapters/store/pg-store.ts';
import type { NewSubscription, Store } from '../../adapters/store/store.ts';
import { briefErrorOf } from '../helpers/brief-error-of.ts';
import { dropSchema, freshSchemaName, openTestPgStore, postgresSkipMessage, TEST_DATABASE_URL, type TestPgStore } from '../helpers/postgres.ts';

const NOW = new Date('2025-01-14T08:00:00Z');
const sub = (i: number): NewSubscription => ({
  platform: 'console',
  channelId: `channel-${i}`,
  isDirectMessage: false,
  ownerUserId: 'owner',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'UTC',
});

describe.skipIf(postgresSkipMessage !== '')(`PostgreSQL shared by several instances${postgresSkipMessage}`, () => {
  let db: TestPgStore | undefined;
  afterEach(async () => {
    await db?.dispose();
    db = undefined;
  });

  it('gives each of 100 slots to exactly one of three instances claiming them all at once', async () => {
    db = await openTestPgStore('claims');
    const instances: Store[] = [db.store, await db.another(), await db.another()];
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push((await db.store.addSubscription(sub(i), NOW)).id);
    const wins = await Promise.all(
      instances.map(async (store, n) => {
        let won = 0;
        // Each instance walks the slots in its own order, as the scheduler's rotation does.
        for (let k = 0; k < ids.length; k++) {
          const id = ids[(k + n * 33) % ids.length]!;
          if (await store.claimSlot({ subscriptionId: id, slotAt: NOW }, `instance-${n}`, NOW)) won++;
        }
        return won;
      }),
    );
    expect(wins.reduce((a, b) => a + b, 0)).toBe(100);
    const { rows } = await pg_query(db.schema, 'SELECT count(*)::int AS n, count(DISTINCT subscription_id)::int AS d FROM slots');
    expect(rows[0]).toEqual({ n: 100, d: 100 });
  });

  it('agrees on one subscription when instances starting together ensure the same configured one', async () => {
    db = await openTestPgStore('ensure');
    const instances: Store[] = [db.store, await db.another(), await db.another()];
    const made = await Promise.all(instances.map((store) => store.ensureSubscription(sub(1), NOW)));
    expect(new Set(made.map((s) => s.id)).size).toBe(1);
    expect(await db.store.listSubscriptions()).toHaveLength(1);
  });

  it('stores an article once when instances save the same text at once', async () => {
    db = await openTestPgStore('articles');
    const instances: Store[] = [db.store, await db.another(), await db.another()];
    const results = await Promise.all(
      instances.map((store, n) => store.saveArticle({ id: `a${n}`, outlet: 'O', title: 'T', text: 'The same words, fetched three times.' }, {}, NOW)),
    );
    expect(results.filter((r) => r.inserted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.stored.article.id)).size).toBe(1);
  });

  it('migrates once when several instances start together, and records the version', async () => {
    const schema = freshSchemaName('migrate');
    try {
      const stores = await Promise.all([1, 2, 3].map(() => createPgStore(TEST_DATABASE_URL, { schema, maxConnections: 2 })));
      await Promise.all(stores.map((s) => s.close()));
      const { rows } = await pg_query(schema, 'SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      await dropSchema(schema);
    }
  });

  it('refuses a database migrated by a newer briefbot, and changes nothing', async () => {
    db = await openTestPgStore('newer');
    await pg_query(db.schema, `INSERT INTO schema_migrations (version, name) VALUES (${SCHEMA_VERSION + 7}, 'from the future')`);
    const error = await briefErrorOf(createPgStore(TEST_DATABASE_URL, { schema: db.schema }));
    expect(error.code).toBe('STORE_TOO_NEW');
    expect(error.message).toContain(`schema version ${SCHEMA_VERSION + 7}, newer than this briefbot knows (${SCHEMA_VERSION})`);
    expect(error.message).toContain(`(schema ${db.schema})`);
  });

  it('says which server it could not reach, without the password', async () => {
    const error = await briefErrorOf(createPgStore('postgres://bot:hunter2@127.0.0.1:1/briefbot', { connectTimeoutMs: 2000 }));
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(error.message).toMatch(/^cannot use the PostgreSQL database postgres:\/\/bot@127\.0\.0\.1:1\/briefbot: .*ECONNREFUSED.*Check that the server runs/);
    expect(error.message).not.toContain('hunter2');
  });
});

async function pg_query(schema: string, sql: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
