// SQLite's own file: where it goes, its journal mode and its schema version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../adapters/store/migrations.ts';
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
