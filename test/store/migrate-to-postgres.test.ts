// Moving an existing SQLite store into PostgreSQL: everything a bot keeps reads back the same
// through the PostgreSQL store, subscriptions keep their order, and a second run copies nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../adapters/store/pg-copy-from-sqlite.ts';
import { createPgStore } from '../../adapters/store/pg-store.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { type NewSubscription, noticeId } from '../../adapters/store/store.ts';
import { makeBriefing } from '../commands/fixtures.ts';
import { dropSchema, freshSchemaName, postgresSkipMessage, TEST_DATABASE_URL } from '../helpers/postgres.ts';

const NOW = new Date('2025-01-14T08:00:00Z');
const sub = (channelId: string, extra: Partial<NewSubscription> = {}): NewSubscription => ({
  platform: 'discord',
  channelId,
  isDirectMessage: false,
  ownerUserId: 'U1',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'Europe/Paris',
  ...extra,
});

describe.skipIf(postgresSkipMessage !== '')(`SQLite → PostgreSQL${postgresSkipMessage}`, () => {
  let dir: string | undefined;
  let schema: string | undefined;
  afterEach(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (schema) await dropSchema(schema);
    dir = schema = undefined;
  });

  it('copies articles, stories, analyses, subscriptions, slots, notices and delivered briefings; a rerun adds nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-migrate-'));
    schema = freshSchemaName('migrate');
    const path = join(dir, 'briefbot.db');
    const sqlite = createSqliteStore(path);
    await sqlite.saveArticle({ id: 'a1', outlet: 'Harbour Wire', title: 'Ferries halted', text: 'Ferries stopped on Thursday.', url: 'https://harbour.example/1' }, { feedId: 'f', feedGuid: 'g1' }, NOW);
    await sqlite.saveStory({ id: 's1', label: 'Ferries halted', meta: { keyActors: ['Ines Varga'] } }, NOW);
    await sqlite.addArticleToStory('s1', 'a1', NOW);
    await sqlite.cacheAnalysis('hash-1', 'v1', { sentences: 3 }, NOW);
    const dm = await sqlite.addSubscription(sub('D1', { isDirectMessage: true, topic: 'ferries' }), NOW);
    const channel = await sqlite.addSubscription(sub('C1'), NOW);
    const paused = await sqlite.addSubscription(sub('C2'), NOW);
    await sqlite.pauseSubscription(paused.id, 'Missing Access', NOW);
    const key = { subscriptionId: channel.id, slotAt: NOW };
    await sqlite.claimSlot(key, 'old', NOW);
    await sqlite.markSlotSending(key, NOW);
    await sqlite.markSlotDelivered(key, { messageId: 'm1', continuationIds: ['m2'] }, NOW);
    const unknownKey = { subscriptionId: dm.id, slotAt: NOW };
    await sqlite.claimSlot(unknownKey, 'old', NOW);
    await sqlite.endSlot(unknownKey, { status: 'unknown', error: 'timeout', attempts: 2 }, NOW);
    await sqlite.saveDeliveredBriefing('discord:C1', 's1', makeBriefing({ title: 'Ferries halted', keyPoints: ['Ferries stopped.'] }), NOW);
    const expected = {
      subscriptions: await sqlite.listSubscriptions(),
      slot: await sqlite.getSlot(key),
      unknownSlot: await sqlite.getSlot(unknownKey),
      notice: await sqlite.getNotice(noticeId('slot-unknown', unknownKey)),
      story: await sqlite.getStory('s1'),
      article: await sqlite.getArticle('a1'),
      briefing: await sqlite.lastDeliveredBriefing('discord:C1', 's1'),
    };
    await sqlite.close();

    const first = await copySqliteToPostgres(path, TEST_DATABASE_URL, { schema });
    expect(Object.fromEntries(first.tables.map((t) => [t.table, [t.rows, t.copied]]))).toEqual({
      stories: [1, 1],
      articles: [1, 1],
      analyses: [1, 1],
      subscriptions: [3, 3],
      slots: [2, 2],
      outbox: [1, 1],
      delivered_briefings: [1, 1],
    });
    const again = await copySqliteToPostgres(path, TEST_DATABASE_URL, { schema });
    expect(again.tables.every((t) => t.copied === 0)).toBe(true);

    const pgStore = await createPgStore(TEST_DATABASE_URL, { schema });
    try {
      expect({
        subscriptions: await pgStore.listSubscriptions(),
        slot: await pgStore.getSlot(key),
        unknownSlot: await pgStore.getSlot(unknownKey),
        notice: await pgStore.getNotice(noticeId('slot-unknown', unknownKey)),
        story: await pgStore.getStory('s1'),
        article: await pgStore.getArticle('a1'),
        briefing: await pgStore.lastDeliveredBriefing('discord:C1', 's1'),
      }).toEqual(expected);
      expect(await pgStore.getCachedAnalysis('hash-1', 'v1')).toEqual({ sentences: 3 });
      // A copied article is still a duplicate by its feed GUID.
      expect(await pgStore.saveArticle({ id: 'a9', outlet: 'O', title: 'T', text: 'Other words.' }, { feedId: 'f', feedGuid: 'g1' }, NOW)).toMatchObject({ inserted: false, duplicateOf: 'feedGuid' });
    } finally {
      await pgStore.close();
    }
  });
});
