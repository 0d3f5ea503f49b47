// Opens the SQLite file safely: a corrupt, locked or newer-than-us file stops the start with a
// clear BriefError and is left exactly as it was — never deleted, never recreated.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BriefError } from '../../src/errors.ts';
import { MIGRATIONS, migrationSql, SCHEMA_VERSION } from './migrations.ts';

export interface OpenDatabaseOptions {
  /** How long to wait for another process's lock before giving up. Default 2000 ms. */
  busyTimeoutMs?: number;
  /**
   * Hold the file exclusively while open (default true): a second bot on the same file fails at
   * start instead of both sending the same slot.
   */
  exclusive?: boolean;
  /** Run PRAGMA quick_check at start (default true). */
  checkIntegrity?: boolean;
}

function storeError(path: string, error: unknown): BriefError {
  if (error instanceof BriefError) return error;
  const code = (error as { code?: string }).code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new BriefError(
      'STORE_CORRUPT',
      `${path} is not a readable SQLite database (${detail}). It was left untouched: restore it from a backup, or move it aside to start with an empty store.`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new BriefError(
      'STORE_LOCKED',
      `${path} is locked by another process (is another briefbot running on it?). Nothing was changed: stop the other process or set a different database path.`,
    );
  }
  return new BriefError('STORE_UNAVAILABLE', `cannot open the database ${path}: ${detail}`);
}

function schemaVersion(db: Database.Database, path: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new BriefError(
      'STORE_TOO_NEW',
      `${path} has schema version ${current}, newer than this briefbot knows (${SCHEMA_VERSION}); it was left untouched. Run a newer briefbot.`,
    );
  }
  return current;
}

function migrate(db: Database.Database, current: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migrationSql(migration, 'sqlite'));
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** SQLite's page cache per connection, KiB. */
export const CACHE_KIB = 2_000;

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  const inMemory = path === ':memory:';
  let db: Database.Database | undefined;
  try {
    if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 2000 });
    if (options.exclusive ?? true) db.pragma('locking_mode = EXCLUSIVE');
    // Read before writing anything: a file that is not a database fails here, unchanged.
    if (options.checkIntegrity ?? true) {
      const verdict = db.pragma('quick_check', { simple: true });
      if (verdict !== 'ok') {
        throw Object.assign(new Error(`integrity check: ${String(verdict)}`), { code: 'SQLITE_CORRUPT' });
      }
    } else {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    }
    const version = schemaVersion(db, path);
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // The page cache, in KiB (negative): better-sqlite3 builds SQLite with a 16 MB default
    // (SQLITE_DEFAULT_CACHE_SIZE=-16000), which ingest fills: 14-15 MB of the bot's memory at
    // 10,000 articles (`node dist/bench/measure-serving.js 10000`, the main thread's malloc heap).
    // SQLite's own default, 2 MB: a page not cached is read back from the system's file cache.
    db.pragma(`cache_size = -${CACHE_KIB}`);
    migrate(db, version);
    return db;
  } catch (error) {
    db?.close();
    throw storeError(path, error);
  }
}
