// A database file that is corrupt, locked or from a newer version stops the start with a clear
// error — and the file is left byte for byte as it was.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { BriefError } from '../../src/errors.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fingerprint = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function openError(path: string): BriefError {
  try {
    createSqliteStore(path, { busyTimeoutMs: 50 });
  } catch (error) {
    return error as BriefError;
  }
  throw new Error('expected the store to refuse the file');
}

async function seed(path: string): Promise<string> {
  const store = createSqliteStore(path);
  const sub = await store.addSubscription(
    { platform: 'console', channelId: 'c', isDirectMessage: false, ownerUserId: 'u', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'UTC' },
    new Date('2025-01-14T00:00:00Z'),
  );
  await store.close();
  return sub.id;
}

describe('opening a bad database file', () => {
  it('refuses a file that is not a database, and leaves it untouched', () => {
    const path = join(dir, 'briefbot.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    const before = fingerprint(path);
    const error = openError(path);
    expect(error.code).toBe('STORE_CORRUPT');
    expect(error.message).toBe(
      `${path} is not a readable SQLite database (file is not a database). It was left untouched: restore it from a backup, or move it aside to start with an empty store.`,
    );
    expect(fingerprint(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a damaged database (truncated mid-page), and leaves it untouched', async () => {
    const path = join(dir, 'briefbot.db');
    const store = createSqliteStore(path);
    for (let i = 0; i < 300; i++) {
      await store.saveArticle({ id: `a${i}`, outlet: 'o', title: 't', text: `article number ${i} `.repeat(50) }, {}, new Date());
    }
    await store.close();
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 2) + 100);
    const before = fingerprint(path);
    expect(openError(path).code).toBe('STORE_CORRUPT');
    expect(fingerprint(path)).toBe(before);
  });

  it('refuses a database another store has open, then opens it with every row once that one closes', async () => {
    const path = join(dir, 'briefbot.db');
    const id = await seed(path);
    const first = createSqliteStore(path);
    const error = openError(path);
    expect(error.code).toBe('STORE_LOCKED');
    expect(error.message).toBe(
      `${path} is locked by another process (is another briefbot running on it?). Nothing was changed: stop the other process or set a different database path.`,
    );
    expect(await first.getSubscription(id)).toBeDefined();
    await first.close();
    const second = createSqliteStore(path);
    expect(await second.getSubscription(id)).toBeDefined();
    await second.close();
  });

  it('refuses a database another process holds in a write transaction', async () => {
    const path = join(dir, 'briefbot.db');
    const id = await seed(path);
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(path)});
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('locked\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
      });
      expect(openError(path).code).toBe('STORE_LOCKED');
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const store = createSqliteStore(path);
    expect(await store.getSubscription(id)).toBeDefined();
    await store.close();
  });

  it('refuses a database from a newer briefbot, and leaves it untouched', async () => {
    const path = join(dir, 'briefbot.db');
    await seed(path);
    const raw = new Database(path);
    // Rollback-journal mode too, so that switching it to WAL would show as a change.
    raw.pragma('journal_mode = DELETE');
    raw.pragma('user_version = 99');
    raw.close();
    const before = fingerprint(path);
    const error = openError(path);
    expect(error.code).toBe('STORE_TOO_NEW');
    expect(error.message).toContain('schema version 99');
    expect(fingerprint(path)).toBe(before);
  });
});
