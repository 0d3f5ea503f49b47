// The README's pictures: the briefing page of the bundled demo corpus and of the seed corpus
// (../shared/corpus/blinken-seoul, when it is beside the checkout), each with its first quote
// clicked so that both outlets' wording shows highlighted. `npm run screenshots` writes them to
// summaries/; the browser tests take the same pictures into a temporary folder.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article.ts';
import { loadPaths } from '../files/load-paths.ts';
import { demoCorpusDir, repoRoot } from '../files/repo-paths.ts';
import { launchChromium } from './chromium.ts';
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

export async function takeScreenshots(outDir: string, pages = pagesToShoot()): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const served = await serveArticles(pages.map(({ articles, generatedAt }) => ({ articles, generatedAt })), {
    now: new Date('2026-11-20T08:05:00.000Z'),
  });
  const browser = await launchChromium({ viewport: SHOT_VIEWPORT });
  const written: string[] = [];
  try {
    const page = await browser.context.newPage();
    // Nothing but the bot's own pages: any other request fails (and the page must not need it).
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    for (const [i, shot] of pages.entries()) {
      await page.goto(served.stories[i]!.url);
      const firstQuote = page.locator('#q-0 a.item-link');
      if ((await firstQuote.count()) > 0) await firstQuote.click();
      else await page.locator('a.item-link').first().click();
      const file = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
  } finally {
    await browser.close();
    await served.stop();
  }
  return written;
}
