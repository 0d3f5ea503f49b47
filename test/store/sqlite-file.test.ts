// SQLite's own file: where it goes, its journal mode and its schema version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrationSql, SCHEMA_VERSION } from '../../adapters/store/migrations.ts';
import { CACHE_KIB, openDatabase } from '../../adapters/store/open-database.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-sqlite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSqliteStore: the file', () => {
  it('creates the folder and file, in WAL mode, at the latest schema version, held by one process', async () => {
    const path = join(dir, 'nested', 'briefbot.db');
    const store = createSqliteStore(path, { busyTimeoutMs: 50 });
    expect(store.shared).toBe(false);
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });
});

describe('openDatabase: memory', () => {
  it("keeps SQLite's 2 MB page cache, not the 16 MB better-sqlite3 is built with", () => {
    const db = openDatabase(join(dir, 'briefbot.db'));
    expect(CACHE_KIB).toBe(2_000);
    expect(db.pragma('cache_size', { simple: true })).toBe(-CACHE_KIB);
    db.close();
    // What a connection gets without the pragma: the reason for it.
    const raw = new Database(join(dir, 'other.db'));
    expect(raw.pragma('cache_size', { simple: true })).toBe(-16_000);
    raw.close();
  });
});

describe('createSqliteStore: migrating an older file', () => {
  const NOW = new Date('2025-01-14T08:00:00Z');
  it('a database of schema 1 gains the subscription origin column (migration 4): rows owned by "config" become config-owned, the rest command-owned', async () => {
    const oldPath = join(dir, 'v1.db');
    const raw = new Database(oldPath);
    raw.exec(migrationSql(MIGRATIONS[0]!, 'sqlite'));
    raw.pragma('user_version = 1');
    const insert = raw.prepare(`INSERT INTO subscriptions (id, platform, channel_id, is_direct_message, owner_user_id, schedule_json,
      timezone, status, created_at, updated_at) VALUES (?, 'console', 'terminal', 0, ?, '{"kind":"daily","hour":8,"minute":0}', 'UTC', 'active', ?, ?)`);
    insert.run('cfg111', 'config', NOW.toISOString(), NOW.toISOString());
    insert.run('cmd222', 'console-user', NOW.toISOString(), NOW.toISOString());
    raw.close();
    const migrated = createSqliteStore(oldPath, { busyTimeoutMs: 50 });
    try {
      expect((await migrated.getSubscription('cfg111'))?.origin).toBe('config');
      expect((await migrated.getSubscription('cmd222'))?.origin).toBe('command');
    } finally {
      await migrated.close();
    }
  });
});
