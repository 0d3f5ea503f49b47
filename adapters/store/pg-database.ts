// Opens the PostgreSQL store: a node-postgres pool on DATABASE_URL, the schema brought up to date
// by the same migration list as SQLite, and small helpers for queries and transactions.
//
// Several bot instances may start at once on one database: the migrations run under a
// transaction-scoped advisory lock, so exactly one of them applies each migration and the others
// find it done. A database migrated by a newer briefbot is refused, untouched (STORE_TOO_NEW).

import pg from 'pg';
import { BriefError } from '../../src/errors.ts';
import { MIGRATIONS, migrationSql, SCHEMA_VERSION } from './migrations.ts';

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

export interface PgDatabaseOptions {
  /**
   * A schema to work in (created when missing) instead of the user's default: tests give each
   * file its own, and one database can hold several independent bots.
   */
  schema?: string;
  /** Connections in the pool. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection at start before giving up. Default 5000 ms. */
  connectTimeoutMs?: number;
}

/** Any number fits in a 64-bit advisory lock key; this one is "briefbot" in ASCII, truncated. */
const MIGRATION_LOCK = 0x6272_6965_6662;

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//i.test(value.trim());
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain schema name: '${name}' (use a-z, 0-9 and _)`);
  return `"${name}"`;
}

function unavailable(where: string, error: unknown): BriefError {
  if (error instanceof BriefError) return error;
  const detail = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
  return new BriefError(
    'STORE_UNAVAILABLE',
    `cannot use the PostgreSQL database ${where}: ${detail}. Check that the server runs and DATABASE_URL is right; nothing was changed.`,
  );
}

async function migrate(client: pg.PoolClient, where: string, schema: string | undefined): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Under the lock: instances creating the same schema at once would otherwise collide.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new BriefError(
        'STORE_TOO_NEW',
        `${where} has schema version ${current}, newer than this briefbot knows (${SCHEMA_VERSION}); it was left untouched. Run a newer briefbot.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migrationSql(migration, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

export interface PgDatabase {
  pool: pg.Pool;
  /** Where the data lives, password left out. */
  location: string;
}

export async function openPgDatabase(url: string, options: PgDatabaseOptions = {}): Promise<PgDatabase> {
  const schema = options.schema ? quoteIdent(options.schema) : undefined;
  const location = `${redactUrl(url)}${options.schema ? ` (schema ${options.schema})` : ''}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    // Every connection works in the store's schema; the schema is a plain identifier (checked).
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection the server drops (restart, network) must not crash the process: the pool
  // replaces it, and the next query reports any lasting trouble.
  pool.on('error', () => {});
  let client: pg.PoolClient | undefined;
  try {
    client = await pool.connect();
    await migrate(client, location, schema);
    client.release();
    return { pool, location };
  } catch (error) {
    client?.release(true);
    await pool.end().catch(() => {});
    throw unavailable(location, error);
  }
}

/** Runs `work` in one transaction on one connection; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** ISO text of a timestamptz column (node-postgres reads them as Dates). */
export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}
