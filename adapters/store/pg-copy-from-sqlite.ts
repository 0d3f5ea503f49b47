// Moves an existing SQLite store into PostgreSQL (bin/migrate-to-postgres.ts): both are brought to
// the latest schema, then every kept table is copied in one PostgreSQL transaction, in the order
// the foreign keys need. Rows already in the target (same key) are left as they are, so running
// it twice copies nothing twice. Runtime state (instance leases, poll leases, seen events) is not
// copied: it belongs to running processes.

import type Database from 'better-sqlite3';
import type pg from 'pg';
import { openDatabase } from './open-database.ts';
import { inTransaction, openPgDatabase, type PgDatabaseOptions } from './pg-database.ts';

/** Parents before children; subscriptions in rowid order so that PostgreSQL's seq keeps their order. */
export const COPIED_TABLES = ['stories', 'articles', 'analyses', 'subscriptions', 'slots', 'outbox', 'delivered_briefings'] as const;

export interface CopyReport {
  from: string;
  to: string;
  tables: Array<{ table: string; rows: number; copied: number }>;
}

const BATCH = 200;

async function columnTypes(client: pg.PoolClient, table: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ column_name: string; data_type: string; is_generated: string; is_identity: string }>(
    `SELECT column_name, data_type, is_generated, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Map(rows.filter((r) => r.is_identity !== 'YES' && r.is_generated !== 'ALWAYS').map((r) => [r.column_name, r.data_type]));
}

function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'boolean') return value === 1 || value === true || value === '1';
  return value;
}

async function copyTable(db: Database.Database, client: pg.PoolClient, table: string) {
  const types = await columnTypes(client, table);
  const sqliteColumns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  const columns = sqliteColumns.filter((c) => types.has(c));
  const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
  let copied = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((c) => `$${params.push(convert(row[c], types.get(c)!))}`).join(', ')})`);
    const result = await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, params);
    copied += result.rowCount ?? 0;
  }
  return { table, rows: rows.length, copied };
}

export async function copySqliteToPostgres(sqlitePath: string, url: string, options: PgDatabaseOptions = {}): Promise<CopyReport> {
  const db = openDatabase(sqlitePath, { exclusive: true });
  try {
    const { pool, location } = await openPgDatabase(url, options);
    try {
      const tables = await inTransaction(pool, async (client) => {
        const report = [];
        for (const table of COPIED_TABLES) report.push(await copyTable(db, client, table));
        return report;
      });
      return { from: sqlitePath, to: location, tables };
    } finally {
      await pool.end();
    }
  } finally {
    db.close();
  }
}
