import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsRoom, type NewsRoom } from '../../adapters/news-desk/create-news-room.ts';
import { createStaticResolver } from '../../adapters/net/resolver.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { Article } from '../../src/article.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import type { BriefbotConfig } from '../../src/config/types.ts';
import { briefErrorOf } from '../helpers/brief-error-of.ts';
import { type LocalServer, send, startLocalServer } from '../net/local-server.ts';
import { expectedStory, LATER_DIR, loadArticles, STORIES_DIR } from '../stories/story-corpus.ts';
import { createFakeClock } from './fake-clock.ts';
import { articlePage, atomFeed, itemFromArticle, jsonFeed, rdfFeed, rssFeed } from './feed-fixtures.ts';

const own = loadArticles(STORIES_DIR);
const [later] = loadArticles(LATER_DIR);
let laterPublished = false;

let server: LocalServer;
const pageUrl = (id: string) => server.url(`/pages/${id}`);
const itemsOf = (outlet: string) =>
  [...own, ...(laterPublished ? [later!] : [])].filter((a) => a.outlet === outlet).map((a) => itemFromArticle(a, { url: pageUrl(a.id) }));

beforeAll(async () => {
  const routes: Parameters<typeof startLocalServer>[0] = {
    '/alpine.xml': (q, r) => send(200, 'application/rss+xml', rssFeed('Alpine Courier', itemsOf('Alpine Courier')))(q, r),
    '/continental.atom': (q, r) => send(200, 'application/atom+xml', atomFeed('Continental Wire', itemsOf('Continental Wire')))(q, r),
    '/meridian.json': (q, r) => send(200, 'application/feed+json', jsonFeed('The Meridian Post', itemsOf('The Meridian Post')))(q, r),
    '/sentinel.rdf': (q, r) => send(200, 'application/rdf+xml', rdfFeed('The Sentinel Review', itemsOf('The Sentinel Review')))(q, r),
    // Summaries only: the bot fetches each article page.
    '/herald.xml': (q, r) =>
      send(200, 'application/rss+xml', rssFeed('Estmark Herald', itemsOf('Estmark Herald').map(({ html: _, ...item }) => ({ ...item, summary: 'Read more on our site.' }))))(q, r),
    '/image.png': send(200, 'image/png', Buffer.from([0x89, 0x50])),
  };
  for (const a of [...own, later!]) routes[`/pages/${a.id}`] = send(200, 'text/html; charset=utf-8', articlePage(a));
  server = await startLocalServer(routes);
});

afterAll(() => server.close());

function configFor(): BriefbotConfig {
  const feeds = ['/alpine.xml', '/continental.atom', '/meridian.json', '/sentinel.rdf', '/herald.xml'];
  // The feeds are on 127.0.0.1: the allowlists let the bot fetch them and the pasted links, as a config file would.
  return parseConfig(
    `sources:\n${feeds.map((f) => `  - { name: "${f.slice(1)}", url: "${server.url(f)}", interval: 5m }`).join('\n')}\nfetch:\n  allowFeeds: ['127.0.0.1:${server.port}']\n  allowLinks: ['127.0.0.1:${server.port}']\n  timeout: 20s\n`,
    'briefbot.yaml',
  );
}

async function openRoom(store: Store, clock = createFakeClock(Date.parse('2023-11-10T12:00:00Z'))): Promise<{ room: NewsRoom; clock: typeof clock }> {
  const resolve = createStaticResolver({ 'intranet.test': ['192.168.1.20'] });
  const room = createNewsRoom({ config: configFor(), store, clock, resolve, random: () => 0.5 });
  await room.start();
  clock.advance(10_000);
  await room.poller.idle();
  return { room, clock };
}

/** Feed articles get ids from their URLs; the corpus file they came from names their story. */
const storyName = (room: NewsRoom, id: string) => {
  const title = room.book.articles(id)[0]!.title;
  return expectedStory([...own, later!].find((a) => a.title === title)!.id);
};

describe('feeds in, stories out, through the NewsDesk', () => {
  it('polls five feeds of four formats into the four stories, each with its outlets', async () => {
    const store = createSqliteStore(':memory:');
    const { room } = await openRoom(store);
    const top = await room.newsDesk.topStories(10);
    expect(top.map((s) => storyName(room, s.id)).sort()).toEqual(['breach', 'election', 'glacier', 'launch']);
    const breach = top.find((s) => storyName(room, s.id) === 'breach')!;
    expect(breach.outlets.sort()).toEqual(['Continental Wire', 'Estmark Herald', 'The Sentinel Review']);
    expect(breach.articleCount).toBe(3);
    expect(breach.lead).toBeTruthy();
    const briefing = await room.newsDesk.briefStory(breach.id);
    expect(briefing.title).toBe(breach.label);
    expect(briefing.sources.map((s) => s.title).sort()).toEqual(own.filter((a) => a.id.startsWith('breach-')).map((a) => a.title).sort());
    // Every key point is verbatim from the article (as ingested from the feed and stored) it points to.
    const texts = new Map((await store.storyArticles(breach.id)).map((a) => [a.id, a.text]));
    for (const point of briefing.keyPoints) {
      expect(point.support.map((s) => texts.get(s.articleId)?.slice(s.start, s.end))).toContain(point.text);
    }
    expect(briefing.keyPoints[0]!.text).toBe(breach.lead);
    expect((await room.newsDesk.sourceStatus!()).every((line) => line.startsWith('✓'))).toBe(true);
    await room.stop();
    await store.close();
  });

  it('analyses each article once: at ingest, on the workers; briefings, served twice and after a restart, reuse it', async () => {
    const store = createSqliteStore(':memory:');
    const { room } = await openRoom(store);
    const ingested = (await room.newsDesk.topStories(10)).reduce((n, s) => n + s.articleCount, 0);
    expect(ingested).toBe(own.length);
    // The book keeps no texts; the desk reads them from the store.
    expect(room.book.stories().flatMap((s) => room.book.articles(s.id)).every((a) => a.text === '')).toBe(true);
    expect(room.analyser.stats.misses).toBe(own.length);
    const story = (await room.newsDesk.findStory('glacier lake')).story!;
    const first = await room.newsDesk.briefStory(story.id);
    const second = await room.newsDesk.briefStory(story.id);
    expect(second).toEqual(first);
    expect(room.analyser.stats.misses).toBe(own.length);
    await room.stop();

    // A restart reads the analyses back from the store's cache: nothing is analysed again.
    const again = createNewsRoom({ config: configFor(), store, clock: createFakeClock(Date.parse('2023-11-10T12:00:00Z')), resolve: createStaticResolver({}), analysisWorkers: 0 });
    await again.start();
    const restored = await again.newsDesk.briefStory(story.id);
    // Restored in publication order, so the sources may come in another order.
    expect(restored.sources.map((s) => s.id).sort()).toEqual(first.sources.map((s) => s.id).sort());
    expect(again.analyser.stats.misses).toBe(0);
    expect(again.analyser.stats.hits).toBeGreaterThanOrEqual(own.length);
    await again.stop();
    await store.close();
  });

  it('finds a story by words, and offers candidates when the words fit two', async () => {
    const store = createSqliteStore(':memory:');
    const { room } = await openRoom(store);
    const glacier = await room.newsDesk.findStory('glacier lake');
    expect(storyName(room, glacier.story!.id)).toBe('glacier');
    const estmark = await room.newsDesk.findStory('Estmark');
    expect(estmark.story).toBeUndefined();
    expect(estmark.candidates.map((c) => storyName(room, c.id)).sort()).toEqual(['breach', 'election']);
    await expect(room.newsDesk.briefStory('story-nope')).rejects.toMatchObject({ code: 'UNKNOWN_STORY' });
    await room.stop();
    await store.close();
  });

  it('keeps story ids across a restart, and a later article joins its story', async () => {
    const store = createSqliteStore(':memory:');
    const first = await openRoom(store);
    const glacierStory = (await first.room.newsDesk.findStory('glacier')).story!;
    await first.room.stop();

    laterPublished = true;
    const pageFetches = () => server.requests.filter((r) => r.path.startsWith('/pages/')).length;
    const fetchedBefore = pageFetches();
    try {
      const second = await openRoom(store, createFakeClock(Date.parse('2023-11-11T12:00:00Z')));
      // The summary-only items were known from the store: their pages were not fetched again.
      expect(pageFetches()).toBe(fetchedBefore);
      const after = (await second.room.newsDesk.findStory('glacier')).story!;
      expect(after.id).toBe(glacierStory.id);
      expect(after.articleCount).toBe(4);
      expect(after.outlets).toContain('The Sentinel Review');
      const stored = await store.getStory(after.id);
      expect(stored?.articleIds).toHaveLength(4);
      // Known articles were not fetched or stored again after the restart.
      expect((await second.room.newsDesk.topStories(10)).reduce((n, s) => n + s.articleCount, 0)).toBe(own.length + 1);
      await second.room.stop();
    } finally {
      laterPublished = false;
      await store.close();
    }
  });
});

describe('briefing pasted links', () => {
  let room: NewsRoom;
  let store: Store;
  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    ({ room } = await openRoom(store));
  });
  afterAll(async () => {
    await room.stop();
    await store.close();
  });

  const page = (a: Article) => pageUrl(a.id);

  it('briefs the pages behind the links', async () => {
    const launch = own.filter((a) => a.id.startsWith('launch-')).slice(0, 2);
    const briefing = await room.newsDesk.briefUrls!(launch.map(page));
    expect(briefing.sources.map((s) => s.outlet).sort()).toEqual(launch.map((a) => a.outlet).sort());
    expect(briefing.sources.map((s) => s.url).sort()).toEqual(launch.map(page).sort());
  });

  it('notes a link it could not use and briefs the others', async () => {
    const briefing = await room.newsDesk.briefUrls!([page(own[0]!), 'http://intranet.test/wiki']);
    expect(briefing.sources).toHaveLength(1);
    expect(briefing.notes).toEqual([expect.stringContaining('intranet.test resolves to 192.168.1.20')]);
  });

  it.each([
    ['a private address', ['http://10.0.0.8/admin'], 'URL_REFUSED', 'private-network'],
    ['the metadata address', ['http://169.254.169.254/latest/meta-data/'], 'URL_REFUSED', 'cloud metadata'],
    ['a file URL', ['file:///etc/passwd'], 'BAD_URL', 'only http and https'],
    ['an image', ['IMAGE'], 'BAD_CONTENT_TYPE', 'image/png'],
    ['too many links', ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `https://news.test/${x}`), 'BAD_URL', 'up to 5 links'],
  ])('refuses %s with a clear message', async (_name, urls, code, says) => {
    const resolved = urls.map((u) => (u === 'IMAGE' ? server.url('/image.png') : u));
    const refused = await briefErrorOf(room.newsDesk.briefUrls!(resolved));
    expect(refused.code).toBe(code);
    expect(refused.message).toContain(says);
  });
});
