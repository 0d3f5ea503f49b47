// `npm start` with DATABASE_URL: the bot keeps its data in PostgreSQL (no SQLite file), and a
// DATABASE_URL that is not PostgreSQL's stops the start with one clear line.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runStart } from '../../adapters/app/run-start.ts';
import { dropSchema, freshSchemaName, postgresSkipMessage, TEST_DATABASE_URL } from '../helpers/postgres.ts';

const home = process.cwd();
afterEach(() => process.chdir(home));

/** `npm start -- --once` in `cwd` with these variables (and none of the developer's). */
async function start(cwd: string, extra: Record<string, string>) {
  process.chdir(cwd);
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK|DISCORD|BRIEFBOT|DATABASE)_/.test(key)) delete env[key];
  let stdout = '';
  let stderr = '';
  const sink = (append: (t: string) => void) => ({
    write: (t: string) => {
      append(t);
      return true;
    },
  });
  const outcome = await runStart(
    { once: true },
    {
      stdout: sink((t) => {
        stdout += t;
      }),
      stderr: sink((t) => {
        stderr += t;
      }),
      stdin: new PassThrough(),
      env: { ...env, BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries'), ...extra },
    },
  );
  if (outcome.bot) await outcome.bot.stop();
  return { status: outcome.code, stdout, stderr };
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
    const run = await start(cwd, { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema });
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

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-pg-'));
    const run = await start(cwd, { DATABASE_URL: 'mysql://bot@127.0.0.1/briefbot' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'briefbot: DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/database); unset it to use the SQLite file',
    );
  });
});
