import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryDedupeIndex } from '../../adapters/feeds/dedupe.ts';
import type { IncomingArticle } from '../../adapters/feeds/poll-result.ts';
import { createSourcePoller, type SourcePoller } from '../../adapters/feeds/source-poller.ts';
import { createSafeFetch } from '../../adapters/net/safe-fetch.ts';
import type { Article } from '../../src/article.ts';
import { parseAddressPattern } from '../../src/config/address-pattern.ts';
import type { FeedSourceConfig, FolderSourceConfig, SourceConfig } from '../../src/config/types.ts';
import { type LocalServer, redirect, send, startLocalServer, streamBytes } from '../net/local-server.ts';
import { LATER_DIR, loadArticles, STORIES_DIR } from '../stories/story-corpus.ts';
import { createFakeClock } from './fake-clock.ts';
import { articlePage, atomFeed, itemFromArticle, jsonFeed, rdfFeed, rssFeed } from './feed-fixtures.ts';

const MINUTE = 60_000;
const articles = new Map(loadArticles(STORIES_DIR).map((a) => [a.id, a]));
const article = (id: string) => articles.get(id)!;

let server: LocalServer;
const slowTimers: NodeJS.Timeout[] = [];
let malformedFixed = false;
const pageUrl = (id: string) => server.url(`/pages/${id}`);
const local = (a: Article) => itemFromArticle(a, { url: pageUrl(a.id) });
const summaryOnly = (a: Article) => ({ title: a.title, url: pageUrl(a.id), summary: a.text.split('\n\n')[0]!, guid: `herald-${a.id}` });

beforeAll(async () => {
  const routes: Parameters<typeof startLocalServer>[0] = {
    '/alpine.xml': (req, res) => send(200, 'application/rss+xml', rssFeed('Alpine Courier', [local(article('glacier-alpine-courier'))]))(req, res),
    '/continental.atom': (req, res) =>
      send(200, 'application/atom+xml', atomFeed('Continental Wire', ['glacier-continental-wire', 'breach-continental-wire'].map((id) => local(article(id)))))(req, res),
    '/meridian.json': (req, res) =>
      send(200, 'application/feed+json', jsonFeed('The Meridian Post', ['launch-meridian-post', 'election-meridian-post'].map((id) => local(article(id)))))(req, res),
    '/sentinel.rdf': (req, res) => send(200, 'application/rdf+xml', rdfFeed('The Sentinel Review', [local(article('breach-sentinel-review'))]))(req, res),
    '/herald.xml': (req, res) =>
      send(200, 'application/rss+xml', rssFeed('Estmark Herald', [summaryOnly(article('breach-estmark-herald')), { ...summaryOnly(article('election-estmark-herald')), url: server.url('/pages/missing') }]))(req, res),
    '/etag.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"feed-v1"') return void res.writeHead(304, { etag: '"feed-v1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-v1"', 'last-modified': 'Thu, 09 Nov 2023 07:00:00 GMT' });
      res.end(rssFeed('Etag News', [local(article('launch-continental-wire'))]));
    },
    '/copy.xml': (req, res) => {
      // The Alpine Courier article again: another GUID, tracking parameters, http for https.
      const copy = local(article('glacier-alpine-courier'));
      send(200, 'application/rss+xml', rssFeed('Aggregator', [{ ...copy, guid: 'agg-991', url: `${copy.url}?utm_source=agg&fbclid=abc` }]))(req, res);
    },
    '/same-text.xml': (req, res) => {
      const copy = local(article('glacier-alpine-courier'));
      send(200, 'application/rss+xml', rssFeed('Mirror', [{ ...copy, guid: 'mirror-1', url: server.url('/mirror/sankt-iliar') }]))(req, res);
    },
    '/malformed.xml': (req, res) =>
      malformedFixed
        ? send(200, 'application/rss+xml', rssFeed('Fixed', [local(article('election-sentinel-review'))]))(req, res)
        : send(200, 'application/rss+xml', '<rss version="2.0"><channel><title>Broken</title><item><title>x</channel></rss>')(req, res),
    '/empty.xml': send(200, 'application/rss+xml', rssFeed('Quiet', [])),
    '/huge.xml': streamBytes(50 * 1024 * 1024, { bytes: 0, finished: false }),
    '/slow.xml': (_req, res) => {
      slowTimers.push(setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed('Slow', [])), 5000));
    },
    '/to-private.xml': redirect('http://10.0.0.1/feed.xml'),
  };
  for (const a of articles.values()) routes[`/pages/${a.id}`] = send(200, 'text/html; charset=utf-8', articlePage(a));
  server = await startLocalServer(routes);
});

afterAll(() => {
  slowTimers.forEach(clearTimeout);
  return server.close();
});

const feed = (path: string, extra: Partial<FeedSourceConfig> = {}): FeedSourceConfig => ({
  kind: 'feed',
  name: path.replace(/^\//, ''),
  url: server.url(path),
  intervalMs: 15 * MINUTE,
  fetchFullText: true,
  ...extra,
});

// Generous by default so a busy 2-core machine never times out a healthy local feed.
function setup(sources: SourceConfig[], random = () => 0.5, timeoutMs = 5000) {
  const clock = createFakeClock();
  const received: IncomingArticle[] = [];
  // The test server is on 127.0.0.1: its port is allowed here through the configuration's allowlist.
  const fetch = createSafeFetch({ allow: [parseAddressPattern(`127.0.0.1:${server.port}`)!], timeoutMs, maxBytes: 1024 * 1024 });
  const poller = createSourcePoller({ sources, fetch, dedupe: createMemoryDedupeIndex(), clock, random, onArticles: (a) => void received.push(...a) });
  return { clock, received, poller, statusOf: (name: string) => poller.status().find((s) => s.name === name)! };
}

async function runDue(clock: ReturnType<typeof createFakeClock>, poller: SourcePoller, ms: number) {
  clock.advance(ms);
  await poller.idle();
}

describe('polling feeds from a local server', () => {
  it('reads RSS, Atom, RDF and JSON Feed, crediting each feed as the outlet', async () => {
    const { received, poller } = setup(['/alpine.xml', '/continental.atom', '/meridian.json', '/sentinel.rdf'].map((p) => feed(p)));
    await poller.pollNow();
    const byOutlet = received.map((r) => `${r.article.outlet}: ${r.article.title}`).sort();
    expect(byOutlet).toEqual(
      [
        `Alpine Courier: ${article('glacier-alpine-courier').title}`,
        `Continental Wire: ${article('glacier-continental-wire').title}`,
        `Continental Wire: ${article('breach-continental-wire').title}`,
        `The Meridian Post: ${article('launch-meridian-post').title}`,
        `The Meridian Post: ${article('election-meridian-post').title}`,
        `The Sentinel Review: ${article('breach-sentinel-review').title}`,
      ].sort(),
    );
    for (const { article: a } of received) {
      const original = [...articles.values()].find((o) => o.title === a.title)!;
      expect(a.text).toBe(original.text);
      expect(a.publishedAt?.slice(0, 10)).toBe(original.publishedAt);
    }
  });

  it('fetches the article page for summary-only items, and falls back to the summary when it cannot', async () => {
    const { received, poller, statusOf } = setup([feed('/herald.xml')]);
    await poller.pollNow();
    const [breach, election] = ['breach-estmark-herald', 'election-estmark-herald'].map((id) => received.find((r) => r.article.title === article(id).title)!.article);
    expect(breach!.text).toBe(article('breach-estmark-herald').text);
    expect(election!.text).toBe(article('election-estmark-herald').text.split('\n\n')[0]);
    expect(statusOf('herald.xml').itemNotes).toEqual([expect.stringContaining('full text not fetched')]);
    expect(statusOf('herald.xml').itemNotes[0]).toContain('404');
  });

  it('asks with ETag and Last-Modified, and a 304 brings nothing new', async () => {
    const { received, poller, statusOf } = setup([feed('/etag.xml')]);
    await poller.pollNow();
    await poller.pollNow();
    const asked = server.requests.filter((r) => r.path === '/etag.xml').at(-1)!;
    expect(asked.headers['if-none-match']).toBe('"feed-v1"');
    expect(asked.headers['if-modified-since']).toBe('Thu, 09 Nov 2023 07:00:00 GMT');
    expect(received).toHaveLength(1);
    expect(statusOf('etag.xml')).toMatchObject({ state: 'ok', lastNotModified: true, articlesAdded: 1 });
  });

  it('stores an article once when it comes through two feeds with another GUID and tracking parameters', async () => {
    const { received, poller, statusOf } = setup([feed('/alpine.xml'), feed('/copy.xml'), feed('/same-text.xml')]);
    await poller.pollNow('alpine.xml');
    await poller.pollNow('copy.xml');
    await poller.pollNow('same-text.xml');
    await poller.pollNow();
    expect(received.map((r) => r.article.title)).toEqual([article('glacier-alpine-courier').title]);
    expect(statusOf('copy.xml').duplicatesSkipped).toBe(2);
    expect(statusOf('same-text.xml').duplicatesSkipped).toBe(2);
  });
});

describe('failing feeds are retried with backoff, reported, and never stop the others', () => {
  const broken: [string, string][] = [
    ['/malformed.xml', 'not well-formed XML'],
    ['/huge.xml', 'larger than the 1 MB limit'],
    ['/slow.xml', 'no complete answer within 1 s'],
    ['/to-private.xml', "won't follow the redirect"],
  ];

  it.each(broken)('%s fails with a clear status line while the good feed is read', async (path, says) => {
    const name = path.slice(1);
    // The slow server answers after 5 s; a 1 s limit fails it without a long wait.
    const { received, poller, statusOf, clock } = setup([feed('/alpine.xml'), feed(path)], undefined, 1000);
    poller.start();
    await runDue(clock, poller, 10_000);
    expect(received).toHaveLength(1);
    expect(statusOf(name)).toMatchObject({ state: 'failing', consecutiveFailures: 1, lastError: expect.stringContaining(says) });
    const line = poller.statusLines().find((l) => l.includes(name))!;
    expect(line).toMatch(/^✗ /);
    expect(line).toContain(says);
    expect(poller.statusLines().find((l) => l.includes('alpine.xml'))).toMatch(/^✓ alpine\.xml .*1 new article since start/);
    await poller.stop();
  });

  it('reads an empty feed as healthy, with nothing taken in', async () => {
    const { received, poller, statusOf } = setup([feed('/empty.xml')]);
    await poller.pollNow();
    expect(received).toEqual([]);
    expect(statusOf('empty.xml')).toMatchObject({ state: 'ok', articlesAdded: 0 });
  });

  it('backs off 30 s, 60 s, 120 s, then recovers to the interval once the feed is fixed', async () => {
    malformedFixed = false;
    const { poller, statusOf, clock } = setup([feed('/malformed.xml')]);
    poller.start();
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await runDue(clock, poller, clock.pendingDelays()[0]!);
      delays.push(clock.pendingDelays()[0]!);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000]);
    expect(statusOf('malformed.xml').consecutiveFailures).toBe(3);
    malformedFixed = true;
    await runDue(clock, poller, clock.pendingDelays()[0]!);
    expect(statusOf('malformed.xml')).toMatchObject({ state: 'ok', consecutiveFailures: 0, articlesAdded: 1 });
    expect(clock.pendingDelays()).toEqual([15 * MINUTE]);
    await poller.stop();
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('spreads polls with ±10 % jitter around the interval', async () => {
    for (const [random, expected] of [
      [0, 13.5 * MINUTE],
      [1, 16.5 * MINUTE],
    ] as const) {
      const { poller, clock } = setup([feed('/empty.xml')], () => random);
      poller.start();
      await runDue(clock, poller, 10_000);
      expect(clock.pendingDelays()).toEqual([expected]);
      await poller.stop();
    }
  });
});

describe('polling a folder', () => {
  it('takes in new files only, and reports an unchanged folder as nothing new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-folder-'));
    try {
      const copy = (id: string, from = STORIES_DIR) => writeFileSync(join(dir, `${id}.md`), readCorpusFile(from, id));
      copy('glacier-alpine-courier');
      const source: FolderSourceConfig = { kind: 'folder', name: 'drop folder', path: dir, intervalMs: MINUTE };
      const { received, poller, statusOf } = setup([source]);
      await poller.pollNow();
      await poller.pollNow();
      expect(statusOf('drop folder')).toMatchObject({ state: 'ok', lastNotModified: true, articlesAdded: 1 });
      copy('glacier-sentinel-review', LATER_DIR);
      writeFileSync(join(dir, 'notes.bin'), Buffer.from([0, 1, 2]));
      await poller.pollNow();
      expect(received.map((r) => r.article.id)).toEqual(['glacier-alpine-courier', 'glacier-sentinel-review']);
      expect(received[1]!.article.outlet).toBe('The Sentinel Review');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing folder as failing', async () => {
    const source: FolderSourceConfig = { kind: 'folder', name: 'gone', path: join(tmpdir(), 'briefbot-no-such-folder'), intervalMs: MINUTE };
    const { poller, statusOf } = setup([source]);
    await poller.pollNow();
    expect(statusOf('gone')).toMatchObject({ state: 'failing', lastError: expect.stringContaining('ENOENT') });
  });
});

function readCorpusFile(dir: string, id: string): string {
  return readFileSync(join(dir, `${id}.md`), 'utf8');
}
