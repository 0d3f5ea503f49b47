// The core stays pure: nothing under src/ talks to a platform, a scheduler, a database or the network.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../adapters/files/repo-paths.ts';

const FORBIDDEN_IMPORTS = /from\s+['"](discord\.js|@discordjs\/[\w-]+|@slack\/[\w-]+|node-cron|better-sqlite3|ws|undici|node:(http|https|net|dns|tls|dgram|child_process)|(http|https|net|dns|tls|dgram))['"]|require\(\s*['"](discord\.js|@slack\/|node-cron|better-sqlite3)/;
const NETWORK_CALLS = /\b(fetch|XMLHttpRequest|WebSocket)\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the core (src/) is pure', () => {
  const files = sources(join(repoRoot, 'src'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s imports no platform SDK, scheduler, database or network module', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code.match(FORBIDDEN_IMPORTS)?.[0]).toBeUndefined();
    expect(code.match(NETWORK_CALLS)?.[0]).toBeUndefined();
  });

  it('the check itself catches a forbidden import', () => {
    expect(FORBIDDEN_IMPORTS.test("import { Client } from 'discord.js';")).toBe(true);
    expect(FORBIDDEN_IMPORTS.test("import cron from 'node-cron';")).toBe(true);
    expect(FORBIDDEN_IMPORTS.test("import { App } from '@slack/bolt';")).toBe(true);
    expect(NETWORK_CALLS.test('await fetch(url)')).toBe(true);
  });
});
