// Right after a restart the bot serves the stories already in its store, before any source is
// read again, and says that it is still reading: never "no stories" when the store has some.
// The sources are two small folders (one article, and none), so the test stays light; a fake
// clock keeps their first poll from coming until the test lets it.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNewsRoom } from '../../adapters/news-desk/create-news-room.ts';
import { createStaticResolver } from '../../adapters/net/resolver.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { composeBriefReply } from '../../src/commands/compose-brief-reply.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { LATER_DIR } from '../stories/story-corpus.ts';
import { createFakeClock } from './fake-clock.ts';

const START = Date.parse('2023-11-10T12:00:00Z');
const empty = mkdtempSync(join(tmpdir(), 'briefbot-empty-'));
const config = parseConfig(`sources:\n  - { name: Later, folder: "${LATER_DIR}", interval: 5m }\n  - { name: Empty, folder: "${empty}", interval: 5m }\n`, 'briefbot.yaml');

function openRoom(store: ReturnType<typeof createSqliteStore>, clock = createFakeClock(START)) {
  const room = createNewsRoom({ config, store, clock, resolve: createStaticResolver({}), random: () => 0.5, analysisWorkers: 0 });
  return { room, clock };
}

const ask = (room: ReturnType<typeof openRoom>['room'], topic?: string) =>
  composeBriefReply(room.newsDesk, { ...(topic ? { topic } : {}), digestSize: 5, now: new Date(START) });

describe('serving from the store at once', () => {
  it('before any source is read: an empty store says it is still reading, not that there are no stories', async () => {
    const store = createSqliteStore(':memory:');
    const { room } = openRoom(store);
    await room.start();
    expect(room.newsDesk.reading?.()).toEqual({ reading: 2, total: 2 });
    expect(await ask(room)).toMatchObject({ kind: 'message', text: 'No stories yet: still reading 2 of 2 sources. Try again in a moment.' });
    expect(await ask(room, 'glacier')).toMatchObject({ kind: 'message', text: expect.stringContaining('No story matches “glacier” yet (still reading 2 of 2 sources') });
    await room.stop();
    await store.close();
  });

  it('after a restart: the stored stories are served before the sources are read, and the answers say so', async () => {
    const store = createSqliteStore(':memory:');
    const first = openRoom(store);
    await first.room.start();
    first.clock.advance(10_000);
    await first.room.poller.idle();
    const before = await ask(first.room);
    expect(before).toMatchObject({ kind: 'digest', digest: { title: 'Top stories' } });
    await first.room.stop();

    // The restart: nothing polled yet (the fake clock has not moved), the stories are there.
    const again = openRoom(store);
    await again.room.start();
    expect(again.room.newsDesk.reading?.()).toEqual({ reading: 2, total: 2 });
    const digest = await ask(again.room);
    expect(digest).toMatchObject({ kind: 'digest', digest: { title: 'Top stories (still reading 2 of 2 sources; here is what I have)' } });
    expect(digest.kind === 'digest' && digest.digest.stories.map((s) => s.id).sort()).toEqual(
      before.kind === 'digest' && before.digest.stories.map((s) => s.id).sort(),
    );
    const glacier = await ask(again.room, 'glacier lake');
    expect(glacier).toMatchObject({ kind: 'briefing', briefing: { notes: expect.arrayContaining(['Still reading 2 of 2 sources; this briefing is from what I have so far.']) } });
    expect(glacier.kind === 'briefing' && glacier.briefing.keyPoints.length).toBeGreaterThan(0);

    // Once every source has been read, the answers are plain again.
    again.clock.advance(10_000);
    await again.room.poller.idle();
    expect(again.room.newsDesk.reading?.()).toEqual({ reading: 0, total: 2 });
    expect(await ask(again.room)).toMatchObject({ kind: 'digest', digest: { title: 'Top stories' } });
    const plain = await ask(again.room, 'glacier lake');
    expect(plain.kind === 'briefing' && (plain.briefing.notes ?? []).some((n) => n.startsWith('Still reading'))).toBe(false);
    await again.room.stop();
    await store.close();
  });
});
