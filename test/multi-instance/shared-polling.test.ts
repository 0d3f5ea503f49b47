// Feed polling shared by instances on one PostgreSQL database: a source is polled by one
// instance at a time and, once polled, not again by anyone until it is due; the other instance
// takes the new stories from the store, under the same story ids.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNewsRoom, type NewsRoom } from '../../adapters/news-desk/create-news-room.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { createFakeClock, type FakeClock } from '../feeds/fake-clock.ts';
import { openTestPgStore, postgresSkipMessage, type TestPgStore } from '../helpers/postgres.ts';
import { STORIES_DIR } from '../stories/story-corpus.ts';

let db: TestPgStore | undefined;
let dir: string | undefined;
const rooms: NewsRoom[] = [];
afterEach(async () => {
  for (const room of rooms.splice(0)) await room.stop();
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = undefined;
  dir = undefined;
});

describe.skipIf(postgresSkipMessage !== '')(`two instances, one folder source${postgresSkipMessage}`, () => {
  it('one polls it, the other takes its stories from the store; nobody polls again before it is due', async () => {
    db = await openTestPgStore('polls');
    dir = mkdtempSync(join(tmpdir(), 'briefbot-polls-'));
    // Two stories of three articles each: enough to show the split, quick to analyse.
    cpSync(STORIES_DIR, join(dir, 'stories'), { recursive: true, filter: (path) => path === STORIES_DIR || /\/(glacier|breach)-[^/]+\.md$/.test(path) });
    const config = parseConfig(`sources:\n  - { name: Local, folder: "${join(dir, 'stories')}", interval: 5m }\n`, 'briefbot.yaml');
    const clocks: FakeClock[] = [];
    for (const [i, store] of [db.store, await db.another()].entries()) {
      const clock = createFakeClock(Date.parse('2023-11-10T12:00:00Z'));
      const room = createNewsRoom({ config, store, clock, random: () => 0.5, analysisWorkers: 0, shared: { leases: store, instanceId: `instance-${i}` } });
      await room.start();
      rooms.push(room);
      clocks.push(clock);
    }
    const b = rooms[1]!;
    // Both instances' first polls come due at once.
    for (const clock of clocks) clock.advance(10_000);
    await Promise.all(rooms.map((room) => room.poller.idle()));
    await Promise.all(rooms.map((room) => room.catchUpShared()));

    const polled = rooms.map((room) => room.poller.status()[0]!);
    expect(polled.filter((s) => s.lastPolledAt !== undefined)).toHaveLength(1);
    // The other one's /brief status says so instead of "not checked yet".
    const other = rooms[polled.findIndex((s) => s.lastPolledAt === undefined)]!;
    expect(other.poller.statusLines()[0]).toMatch(/^✓ Local \(folder .*\): polled by another instance \(seen 0 s ago\), next check in /);
    expect(polled.reduce((n, s) => n + s.articlesAdded, 0)).toBe(6);
    // The same stories, under the same ids, with the same articles, in both instances' books.
    const books = rooms.map((room) =>
      room.book
        .stories()
        .map((story) => [story.id, room.book.articles(story.id).map((article) => article.id).sort()] as const)
        .sort(),
    );
    expect(books[0]).toHaveLength(2);
    expect(books[1]).toEqual(books[0]);
    // The instance that did not poll answers /brief about them from the store.
    const story = (await b.newsDesk.findStory('glacier lake')).story!;
    expect((await b.newsDesk.briefStory(story.id)).sources).toHaveLength(3);

    // A minute later the other instance's timer fires: the source is not due, so it is not read again.
    for (const clock of clocks) clock.advance(60_000);
    await Promise.all(rooms.map((room) => room.poller.pollNow()));
    expect(rooms.map((room) => room.poller.status()[0]!.lastPolledAt).filter((t) => t !== undefined)).toHaveLength(1);
  });
});
