// The markup parsers (Readability, linkedom, the XML parser) are loaded on first use only: the
// bot's main thread, whose pool parses every page and feed, and the pool's workers, while they only
// analyse, never load them (tens of MB of memory). Checked in a child process that runs the
// compiled dist/ (the test set-up builds it) under a module hook refusing to load those packages.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

const REFUSED = ['linkedom', '@mozilla/readability', 'fast-xml-parser'];
const hooks = `export async function resolve(specifier, context, next) {
  if (${JSON.stringify(REFUSED)}.includes(specifier)) throw new Error('refused to load ' + specifier);
  return next(specifier, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const dist = (path: string) => pathToFileURL(join(repoRoot, 'dist', path)).href;

function runWithoutParsers(script: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-lazy-'));
  try {
    writeFileSync(join(dir, 'script.mjs'), script);
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, join(dir, 'script.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('markup parsers load on first use', () => {
  it('the desk, the parser front and a working analysis pool load without them; a parse here then asks for them', () => {
    const run = runWithoutParsers(`
      await import(${JSON.stringify(dist('adapters/news-desk/story-news-desk.js'))});
      const { inProcessParser, poolParser } = await import(${JSON.stringify(dist('adapters/ingest/untrusted-parser.js'))});
      const { createAnalysePool } = await import(${JSON.stringify(dist('adapters/ingest/analyse-pool.js'))});
      const pool = createAnalysePool({ workers: 1 });
      const [record] = await pool.analyse([{ id: 'a1', outlet: 'Test Wire', title: 'Ferry talks', text: 'Mayor Odile Brannock of Quillmere said on Monday that the ferry talks would resume.' }]);
      console.log('analysed', record.mentions.some((m) => m.canonical.includes('Brannock')));
      const refused = async (p) => p.then(() => 'parsed', (e) => (String(e.message).includes('refused to load') ? 'refused' : 'other: ' + e.message));
      console.log('here', await refused(inProcessParser.readFeed('<rss version="2.0"><channel></channel></rss>', 'feed')));
      console.log('pool', await refused(poolParser(() => pool).readFeed('<rss version="2.0"><channel></channel></rss>', 'feed')));
      await pool.close();
    `);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toContain('analysed true');
    // Loaded only when asked for: the parse on this thread and the one in the worker reach for them.
    expect(run.stdout).toContain('here refused');
    expect(run.stdout).toContain('pool refused');
    expect(run.status).toBe(0);
  });
});
