// The README's pictures: the briefing page of the bundled demo corpus and of the seed corpus
// (../shared/corpus/blinken-seoul, when it is beside the checkout), each with its first quote
// clicked so that both outlets' wording shows highlighted. `npm run screenshots` writes them to
// summaries/; the browser tests take the same pictures into a temporary folder.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article.ts';
import { loadPaths } from '../files/load-paths.ts';
import { demoCorpusDir, repoRoot } from '../files/repo-paths.ts';
import { type Chromium, launchChromium } from './chromium.ts';
import { serveArticles } from './serve-articles.ts';

export const seedCorpusDir = join(repoRoot, '..', 'shared', 'corpus', 'blinken-seoul');

export interface PageToShoot {
  name: string;
  articles: Article[];
  generatedAt: string;
}

/** The demo page, and the seed corpus's when it is there; fixed times, so the pictures only change when the page does. */
export function pagesToShoot(seedDir = seedCorpusDir): PageToShoot[] {
  const pages = [{ name: 'briefing-page-demo', articles: loadPaths([demoCorpusDir]).articles, generatedAt: '2026-11-20T08:00:00.000Z' }];
  if (existsSync(seedDir)) {
    pages.push({ name: 'briefing-page-blinken-seoul', articles: loadPaths([seedDir]).articles, generatedAt: '2023-11-09T12:00:00.000Z' });
  }
  return pages;
}

export const SHOT_VIEWPORT = { width: 1440, height: 1100 };

/** Writes `<name>.png` per page into `outDir`, after serving the pages on 127.0.0.1 and launching Chromium. */
export async function takeScreenshots(outDir: string, pages = pagesToShoot()): Promise<string[]> {
  const served = await serveArticles(pages.map(({ articles, generatedAt }) => ({ articles, generatedAt })), {
    now: new Date('2026-11-20T08:05:00.000Z'),
  });
  const browser = await launchChromium();
  try {
    return await shootPages(browser, pages.map((p, i) => ({ name: p.name, url: served.stories[i]!.url })), outDir);
  } finally {
    await browser.close();
    await served.stop();
  }
}

/** Each page with its first quote (else first item) clicked, as `<outDir>/<name>.png`. */
export async function shootPages(browser: Chromium, shots: { name: string; url: string }[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const page = await browser.context.newPage();
  const written: string[] = [];
  try {
    await page.setViewportSize(SHOT_VIEWPORT);
    // Nothing but the bot's own pages: any other request fails (and the page must not need it).
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    for (const shot of shots) {
      await page.goto(shot.url);
      const firstQuote = page.locator('#q-0 a.item-link');
      if ((await firstQuote.count()) > 0) await firstQuote.click();
      else await page.locator('a.item-link').first().click();
      const file = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
  } finally {
    await page.close();
  }
  return written;
}
