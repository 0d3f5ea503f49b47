// The briefing page in real headless Chromium (Debian's /usr/bin/chromium through playwright-core):
// a click on a key point or quote highlights exactly its span in each outlet's article and
// scrolls it into view; the coverage picture has a cell per outlet × item; hostile article text
// runs nothing; no request leaves 127.0.0.1; the README's screenshots can be taken.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { type Chromium, chromiumMissing, launchChromium } from '../../adapters/web/chromium.ts';
import { type ServedArticles, type ServedStory, serveArticles } from '../../adapters/web/serve-articles.ts';
import { SHOT_VIEWPORT, shootPages } from '../../adapters/web/take-screenshots.ts';
import type { Support } from '../../src/briefing.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from '../helpers/shared-corpus.ts';
import { hostileArticles } from './fixtures.ts';

const missing = chromiumMissing();
const skipMessage = missing ? ` (skipped: ${missing})` : '';

/** The characters of `text` under any of the spans, in order: what the highlighted segments hold. */
function covered(text: string, spans: Support[]): string {
  return [...text].map((c, i) => (spans.some((s) => s.start <= i && i < s.end) ? c : '')).join('');
}

interface PaneState {
  id: string;
  highlighted: string;
  inView: boolean;
}

/** The visible article panes: their highlighted text, and whether the first highlight is in view. */
async function visiblePanes(page: Page): Promise<PaneState[]> {
  return page.$$eval('.source:not([hidden])', (panes) =>
    panes.map((pane) => {
      const hl = [...pane.querySelectorAll('.seg.hl')];
      const box = pane.querySelector('.text')!.getBoundingClientRect();
      const first = hl[0]?.getBoundingClientRect();
      const inView = first !== undefined && first.top >= box.top - 1 && first.bottom <= box.bottom + 1 && box.height > 0;
      return { id: pane.id, highlighted: hl.map((s) => s.textContent).join(''), inView };
    }),
  );
}

/** What the panes should show for these supports: one pane per article, its covered text. */
function expectedPanes(story: ServedStory, supports: Support[]): { id: string; highlighted: string; inView: boolean }[] {
  return story.briefing.sources.flatMap((source, i) => {
    const mine = supports.filter((s) => s.articleId === source.id);
    if (mine.length === 0) return [];
    const text = story.articles.find((a) => a.id === source.id)!.text;
    return [{ id: `a${i}`, highlighted: covered(text, mine), inView: true }];
  });
}

describe.skipIf(missing !== undefined)(`the briefing page in Chromium${skipMessage}`, () => {
  let served: ServedArticles;
  let browser: Chromium;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  let demo: ServedStory;
  let hostile: ServedStory;
  let seed: ServedStory | undefined;

  beforeAll(async () => {
    const sets = [
      { articles: loadPaths([demoCorpusDir]).articles, generatedAt: '2026-11-20T08:00:00.000Z' },
      { articles: hostileArticles, generatedAt: '2026-03-02T09:00:00.000Z' },
      ...(hasSeedCorpus ? [{ articles: loadPaths([seedCorpusDir]).articles, generatedAt: '2023-11-09T12:00:00.000Z' }] : []),
    ];
    served = await serveArticles(sets);
    [demo, hostile, seed] = served.stories as [ServedStory, ServedStory, ServedStory | undefined];
    browser = await launchChromium();
    browser.context.on('request', (r) => requests.push(r.url()));
    // Anything not for the bot's own server fails; the test below checks none was even tried.
    await browser.context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  }, 60_000);

  it('runs its script (and only its script) under the CSP', async () => {
    await page.goto(demo.url);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(await page.locator('.source:not([hidden])').count()).toBe(0);
  });

  it('a click on each key point highlights its exact words in every outlet that reports it, in view', async () => {
    await page.goto(demo.url);
    for (const [i, point] of demo.briefing.keyPoints.entries()) {
      await page.locator(`#kp-${i} a.item-link`).click();
      const panes = await visiblePanes(page);
      expect(panes).toEqual(expectedPanes(demo, point.support));
      // The key point itself is one outlet's sentence, highlighted word for word.
      expect(panes.map((p) => p.highlighted)).toContain(point.text);
    }
  });

  it('a click on an outlet’s name under a quote shows that outlet’s own wording only', async () => {
    await page.goto(demo.url);
    const quote = demo.briefing.quotes[0]!;
    const outlet = demo.briefing.sources.findIndex((s) => s.id === quote.support[1]!.articleId);
    await page.locator(`#q-0 a.outlet-link[href="#q-0-o${outlet}"]`).click();
    expect(await visiblePanes(page)).toEqual(expectedPanes(demo, [quote.support[1]!]));
  });

  it('draws a coverage cell per outlet × item, filled where the outlet reports it; a filled cell shows that outlet’s span', async () => {
    await page.goto(demo.url);
    const b = demo.briefing;
    const outlets = [...new Set(b.sources.map((s) => s.outlet))];
    const items = [...b.keyPoints.map((k) => k.support), ...b.quotes.map((q) => q.support), ...b.openQuestions.map((q) => q.evidence)];
    expect(await page.locator('table.coverage td.cell').count()).toBe(outlets.length * items.length);
    const filled = await page.$$eval('table.coverage tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td.cell')].map((c) => (c.classList.contains('on') ? 1 : 0))));
    const expected = outlets.map((o) => items.map((spans) => (spans.some((s) => b.sources.find((x) => x.id === s.articleId)!.outlet === o) ? 1 : 0)));
    expect(filled).toEqual(expected);

    // The second outlet's cell for the first key point it reports.
    const column = expected[1]!.indexOf(1);
    await page.locator('table.coverage tbody tr').nth(1).locator('td.cell').nth(column).locator('a.ev').click();
    const theirs = items[column]!.filter((s) => b.sources.find((x) => x.id === s.articleId)!.outlet === outlets[1]);
    expect(await visiblePanes(page)).toEqual(expectedPanes(demo, theirs));
  });

  it('opens the item named in the address (a shared link)', async () => {
    await page.goto(`${demo.url}#q-1`);
    expect(await visiblePanes(page)).toEqual(expectedPanes(demo, demo.briefing.quotes[1]!.support));
  });

  it.skipIf(!hasSeedCorpus)(`the seed corpus: every quote’s span highlighted in each outlet that carries it${seedSkipMessage}`, async () => {
    const story = seed!;
    await page.goto(story.url);
    const both = story.briefing.quotes.filter((q) => new Set(q.support.map((s) => s.articleId)).size === 2);
    expect(both.length).toBeGreaterThanOrEqual(3);
    for (const [i, quote] of story.briefing.quotes.entries()) {
      await page.locator(`#q-${i} a.item-link`).click();
      const panes = await visiblePanes(page);
      expect(panes).toEqual(expectedPanes(story, quote.support));
      expect(panes.map((p) => p.highlighted)).toContain(quote.text);
    }
  });

  it('shows hostile article text as text: no script runs, no image loads, no dialog opens', async () => {
    await page.goto(hostile.url);
    for (const link of await page.locator('a.item-link').all()) await link.click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned = 1</script>');
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
  });

  it('takes the README’s screenshots (PNG, the page with its first quote clicked)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'briefbot-shots-'));
    const shots = [{ name: 'briefing-page-demo', url: demo.url }, ...(seed ? [{ name: 'briefing-page-blinken-seoul', url: seed.url }] : [])];
    const files = await shootPages(browser, shots, out);
    expect(files.map((f) => f.split('/').pop())).toEqual(hasSeedCorpus ? ['briefing-page-demo.png', 'briefing-page-blinken-seoul.png'] : ['briefing-page-demo.png']);
    for (const file of files) {
      const png = readFileSync(file);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHOT_VIEWPORT.width, SHOT_VIEWPORT.height]);
      expect(png.length).toBeGreaterThan(50_000);
    }
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
  });
});
