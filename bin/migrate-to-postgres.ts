// `npm run migrate:postgres`: moves a SQLite store's data into PostgreSQL, so that an existing bot
// can become several instances on one database. Stop the bot first (the SQLite file is held
// exclusively while it runs). Safe to run again: rows already copied are left as they are.
//
//   DATABASE_URL=postgres://briefbot@db.internal/briefbot npm run migrate:postgres -- --from ./data/briefbot.db

import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { DEFAULT_DATABASE_PATH } from '../adapters/store/sqlite-store.ts';
import { isPostgresUrl } from '../adapters/store/pg-database.ts';
import { copySqliteToPostgres } from '../adapters/store/pg-copy-from-sqlite.ts';
import { isBriefError } from '../src/errors.ts';

const options = new Command()
  .name('migrate:postgres')
  .description('copy a SQLite store into PostgreSQL')
  .option('--from <file>', 'the SQLite file', DEFAULT_DATABASE_PATH)
  .option('--to <url>', 'the PostgreSQL database (default: $DATABASE_URL)')
  .option('--schema <name>', 'a schema in that database (default: $DATABASE_SCHEMA, else the default one)')
  .parse()
  .opts<{ from: string; to?: string; schema?: string }>();

async function main(): Promise<number> {
  const url = options.to ?? process.env.DATABASE_URL?.trim();
  if (!isPostgresUrl(url)) {
    process.stderr.write('migrate:postgres: give the target as --to postgres://… or DATABASE_URL\n');
    return 2;
  }
  if (!existsSync(options.from)) {
    process.stderr.write(`migrate:postgres: ${options.from} does not exist (give the SQLite file with --from)\n`);
    return 2;
  }
  const schema = options.schema ?? process.env.DATABASE_SCHEMA?.trim();
  const report = await copySqliteToPostgres(options.from, url, schema ? { schema } : {});
  process.stdout.write(`Copied ${report.from} → ${report.to}\n`);
  for (const { table, rows, copied } of report.tables) {
    process.stdout.write(`  ${table.padEnd(20)} ${String(rows).padStart(7)} rows, ${copied} new${copied < rows ? ` (${rows - copied} already there)` : ''}\n`);
  }
  process.stdout.write('Now start every instance with DATABASE_URL set to it.\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`migrate:postgres: ${isBriefError(error) ? error.message : (error as Error).stack}\n`);
    process.exitCode = 1;
  },
);
