// `npm start` with DATABASE_URL: the bot keeps its data in PostgreSQL (no SQLite file), and a
// DATABASE_URL that is not PostgreSQL's stops the start with one clear line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { dropSchema, freshSchemaName, postgresSkipMessage, TEST_DATABASE_URL } from '../helpers/postgres.ts';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

function start(cwd: string, env: Record<string, string>) {
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (/^(SLACK|DISCORD|BRIEFBOT|DATABASE)_/.test(key)) delete clean[key];
  return spawnSync(tsx, [join(repoRoot, 'bin', 'start.ts'), '--once'], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...clean, BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries'), ...env },
    timeout: 60_000,
  });
}

describe('npm start with DATABASE_URL', () => {
  let schema: string | undefined;
  afterEach(async () => {
    if (schema) await dropSchema(schema);
    schema = undefined;
  });

  it.skipIf(postgresSkipMessage !== '')(`keeps its data in PostgreSQL and writes no SQLite file${postgresSkipMessage}`, async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-pg-'));
    schema = freshSchemaName('start');
    const run = start(cwd, { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema });
    expect(run.stderr).not.toContain('Error');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# Tessaly halts island ferries/);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [schema]);
      expect(rows[0].n).toBeGreaterThanOrEqual(8);
    } finally {
      await client.end();
    }
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-pg-'));
    const run = start(cwd, { DATABASE_URL: 'mysql://bot@127.0.0.1/briefbot' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'briefbot: DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/database); unset it to use the SQLite file',
    );
  });
});
