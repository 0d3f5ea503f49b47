// The markup parsers (Readability, linkedom, the XML parser) are loaded on first use only: the
// bot's main thread, whose pool parses every page and feed, and the pool's workers, while they only
// analyse, never load them (tens of MB of memory). Checked in a child process that runs the
// compiled dist/ (the test set-up builds it) under a module hook refusing to load those packages.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { createAnalysePool } from '../../adapters/ingest/analyse-pool.ts';

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
  it('the desk, the news room, the parser front and a working analysis pool load without them; a parse here then asks for them', () => {
    const run = runWithoutParsers(`
      await import(${JSON.stringify(dist('adapters/news-desk/story-news-desk.js'))});
      await import(${JSON.stringify(dist('adapters/news-desk/create-news-room.js'))});
      const { itemToArticle } = await import(${JSON.stringify(dist('adapters/feeds/item-to-article.js'))});
      const item = { url: 'https://quillmere.example/ferry', title: 'Ferry talks resume in Quillmere', contentText: 'Mayor Odile Brannock said the ferry talks would resume on Monday.' };
      const built = await itemToArticle(item, {}, { outlet: 'Quillmere Wire', fetchFullText: false, textOnly: true });
      console.log('text item', built.article?.title);
      const { inProcessParser, poolParser } = await import(${JSON.stringify(dist('adapters/ingest/untrusted-parser.js'))});
      const { createAnalysePool } = await import(${JSON.stringify(dist('adapters/ingest/analyse-pool.js'))});
      // The compiled worker module, not the build's bundle: inside the bundle the packages are
      // bundled too, out of this hook's sight.
      const pool = createAnalysePool({ workers: 1, entry: new URL(${JSON.stringify(dist('adapters/ingest/analyse-worker.js'))}) });
      const [record] = await pool.analyse([{ id: 'a1', outlet: 'Test Wire', title: 'Ferry talks', text: 'Mayor Odile Brannock of Quillmere said on Monday that the ferry talks would resume.' }]);
      console.log('analysed', record.mentions.some((m) => m.canonical.includes('Brannock')));
      const refused = async (p) => p.then(() => 'parsed', (e) => (String(e.message).includes('refused to load') ? 'refused' : 'other: ' + e.message));
      console.log('html item', await refused(itemToArticle({ ...item, contentHtml: '<p>Mayor Odile Brannock said so.</p>' }, {}, { outlet: 'Quillmere Wire', fetchFullText: false })));
      console.log('here', await refused(inProcessParser.readFeed('<rss version="2.0"><channel></channel></rss>', 'feed')));
      console.log('pool', await refused(poolParser(() => pool).readFeed('<rss version="2.0"><channel></channel></rss>', 'feed')));
      await pool.close();
    `);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.stdout).toContain('analysed true');
    // The bot's wiring (the poller's item → article step included) loads without them, and an item
    // of a feed read in the workers (text already) becomes an article without them.
    expect(run.stdout).toContain('text item Ferry talks resume in Quillmere');
    expect(run.stdout).toContain('html item refused');
    // Loaded only when asked for: the parse on this thread and the one in the worker reach for them.
    expect(run.stdout).toContain('here refused');
    expect(run.stdout).toContain('pool refused');
    expect(run.status).toBe(0);
  });

  // The same parses through each way a worker can start: from the TypeScript source (CommonJS under
  // tsx), and from the build's bundle (the default, where esbuild must have put the parsers inside:
  // a failed bundle only prints a warning and the workers fall back to the modules, so the bundle's
  // presence is checked here too).
  const entries = {
    'the TypeScript source (CommonJS under tsx)': new URL('../../adapters/ingest/analyse-worker.ts', import.meta.url),
    'the build bundle': pathToFileURL(join(repoRoot, 'dist', 'bundles', 'analyse-worker.cjs')),
  };
  it.each(Object.entries(entries))('a worker run from %s loads them at its first parse too', async (_how, entry) => {
    expect(existsSync(entry), `${entry.href} exists`).toBe(true);
    const pool = createAnalysePool({ workers: 1, entry });
    try {
      const feed = await pool.parse({
        task: 'feed',
        body: '<rss version="2.0"><channel><title>Quillmere Wire</title><item><title>Ferry talks resume</title><link>https://quillmere.example/a</link><description>&lt;p&gt;The ferry talks resume.&lt;/p&gt;</description></item></channel></rss>',
        name: 'Quillmere Wire',
      });
      expect(feed.items.map((i) => i.title)).toEqual(['Ferry talks resume']);
      const page = await pool.parse({
        task: 'page',
        html: `<html><head><title>Quillmere ferry</title></head><body><article><p>${'The ferry to Quillmere resumed service on Monday after talks with Mayor Odile Brannock. '.repeat(12)}</p></article></body></html>`,
        name: 'https://quillmere.example/a',
      });
      expect(page.body).toContain('Odile Brannock');
    } finally {
      await pool.close();
    }
  });
});
