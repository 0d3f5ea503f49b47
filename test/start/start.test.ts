// `npm start` as a user runs it: on the embedded defaults, with a configuration, with a broken store.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

function start(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  for (const key of Object.keys(clean)) if (/^(SLACK|DISCORD|BRIEFBOT|DATABASE)_/.test(key)) delete clean[key];
  return spawnSync(tsx, [join(repoRoot, 'bin', 'start.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    env: { ...clean, BRIEFBOT_SUMMARIES_DIR: join(cwd, 'summaries'), ...env },
    timeout: 60_000,
  });
}

describe('npm start', () => {
  it('on the embedded defaults prints the demo briefing, writes it once, and keeps a SQLite file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-'));
    const first = start(cwd);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^# Tessaly halts island ferries/);
    expect(first.stdout).toContain('## Key quotes');
    expect(first.stderr).toContain('running on the embedded defaults');
    expect(readdirSync(join(cwd, 'summaries')).sort()).toEqual([
      'tessaly-halts-island-ferries-after-cracks-found-in-hulls-2026-11-20.json',
      'tessaly-halts-island-ferries-after-cracks-found-in-hulls-2026-11-20.md',
    ]);
    expect(existsSync(join(cwd, 'data', 'briefbot.db'))).toBe(true);
    const again = start(cwd);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('already holds this briefing');
  });

  it('with a configuration reads its folder source into stories and prints the digest', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-'));
    cpSync(join(repoRoot, 'corpus', 'stories'), join(cwd, 'stories'), { recursive: true });
    writeFileSync(join(cwd, 'briefbot.yaml'), 'sources:\n  - name: Local\n    folder: ./stories\nsubscriptions:\n  - platform: console\n    channel: terminal\n    schedule: daily 08:00\n');
    const run = start(cwd, ['--once']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`configuration from ${join(cwd, 'briefbot.yaml')}`);
    expect(run.stdout).toContain('# Top stories');
    expect(run.stdout.match(/^- \*\*/gm)).toHaveLength(4);
  });

  it('a wrong configuration key stops the start with a line naming it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-'));
    writeFileSync(join(cwd, 'briefbot.yaml'), 'timezone: Asia/Seol\n');
    const run = start(cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/briefbot.yaml: timezone: expected an IANA time zone.*did you mean Asia\/Seoul\?/);
  });

  it('a corrupt database file stops the start with a clear error and is left as it was', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'briefbot-start-'));
    const db = join(cwd, 'bad.db');
    writeFileSync(db, 'this is not a SQLite database, but it is somebody’s data');
    writeFileSync(join(cwd, 'briefbot.yaml'), `database: ${db}\n`);
    const run = start(cwd);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^briefbot: .*bad\.db/m);
    expect(readFileSync(db, 'utf8')).toBe('this is not a SQLite database, but it is somebody’s data');
  });
});
