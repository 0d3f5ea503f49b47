// `npm start` as a user runs it: on the embedded defaults, with a configuration, with a broken
// store. The start runs in this process (runStart, what bin/start.ts calls); one test runs the
// compiled command itself as npm does, and checks that SIGTERM stops it and frees the database.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runStart, type StartOptions } from '../../adapters/app/run-start.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

const home = process.cwd();
afterEach(() => process.chdir(home));

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK|DISCORD|BRIEFBOT|DATABASE)_/.test(key)) delete env[key];
  return { ...env, ...extra };
}

/** Runs the start in `cwd` as `npm start` would, and returns its exit code and output. */
async function start(cwd: string, options: StartOptions = {}) {
  process.chdir(cwd);
  let stdout = '';
  let stderr = '';
  const outcome = await runStart(options, {
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
    stdin: new PassThrough(),
    env: cleanEnv({ BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries') }),
  });
  if (outcome.bot) await outcome.bot.stop();
  return { status: outcome.code, stdout, stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'briefbot-start-'));

describe('npm start', () => {
  it('on the embedded defaults prints the demo briefing, writes it once, and keeps a SQLite file', async () => {
    const cwd = tempDir();
    const first = await start(cwd);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^# Tessaly halts island ferries/);
    expect(first.stdout).toContain('## Key quotes');
    expect(first.stderr).toContain('running on the embedded defaults');
    expect(readdirSync(join(cwd, 'summaries')).sort()).toEqual([
      'tessaly-halts-island-ferries-after-cracks-found-in-hulls-2026-11-20.json',
      'tessaly-halts-island-ferries-after-cracks-found-in-hulls-2026-11-20.md',
    ]);
    expect(existsSync(join(cwd, 'data', 'briefbot.db'))).toBe(true);
    const again = await start(cwd);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('already holds this briefing');
  });

  it('with a configuration reads its folder source into stories and prints the digest', async () => {
    const cwd = tempDir();
    cpSync(join(repoRoot, 'corpus', 'stories'), join(cwd, 'stories'), { recursive: true });
    writeFileSync(join(cwd, 'briefbot.yaml'), 'sources:\n  - name: Local\n    folder: ./stories\nsubscriptions:\n  - platform: console\n    channel: terminal\n    schedule: daily 08:00\n');
    const run = await start(cwd, { once: true });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`configuration from ${join(cwd, 'briefbot.yaml')}`);
    expect(run.stdout).toContain('# Top stories');
    expect(run.stdout.match(/^- \*\*/gm)).toHaveLength(4);
  });

  it('a wrong configuration key stops the start with a line naming it', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'briefbot.yaml'), 'timezone: Asia/Seol\n');
    const run = await start(cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/briefbot.yaml: timezone: expected an IANA time zone.*did you mean Asia\/Seoul\?/);
  });

  it('a corrupt database file stops the start with a clear error and is left as it was', async () => {
    const cwd = tempDir();
    const db = join(cwd, 'bad.db');
    writeFileSync(db, 'this is not a SQLite database, but it is somebody’s data');
    writeFileSync(join(cwd, 'briefbot.yaml'), `database: ${db}\n`);
    const run = await start(cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^briefbot: .*bad\.db/m);
    expect(readFileSync(db, 'utf8')).toBe('this is not a SQLite database, but it is somebody’s data');
  });

  it('the compiled command, run as npm runs it, stops cleanly on SIGTERM and frees the database for the next start', async () => {
    const cwd = tempDir();
    // A console subscription keeps the bot running after its start.
    writeFileSync(join(cwd, 'briefbot.yaml'), 'subscriptions:\n  - platform: console\n    channel: terminal\n    schedule: daily 08:00\n');
    const child = spawn('sh', ['-c', `exec node ${join(repoRoot, 'bin', 'run.mjs')} start`], {
      cwd,
      env: cleanEnv({ BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries') }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const running = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('Ctrl-C stops')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the bot exited (${code}) before it ran: ${stderr}`)));
    });
    await running;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The lock is released: a second start on the same database file runs.
    const again = await start(cwd, { once: true });
    expect(again.stderr).not.toContain('locked');
    expect(again.status).toBe(0);
  });
});
