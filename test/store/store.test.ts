// The store suite, run against every dialect (SQLite always; PostgreSQL when reachable, each
// test in its own schema): the same calls must give the same answers on both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSubscription, Store } from '../../adapters/store/store.ts';
import type { Article } from '../../src/article.ts';
import { makeBriefing } from '../commands/fixtures.ts';
import { type OpenedStore, STORE_DIALECTS } from './dialects.ts';

const NOW = new Date('2025-01-14T08:00:00Z');
const sub: NewSubscription = {
  platform: 'slack',
  channelId: 'C1',
  isDirectMessage: false,
  workspaceId: 'T1',
  ownerUserId: 'U1',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'Asia/Seoul',
  topic: 'korea',
};
const article = (id: string, text: string, url?: string): Article => ({ id, outlet: `Outlet ${id}`, title: `Title ${id}`, text, ...(url ? { url } : {}) });

for (const dialect of STORE_DIALECTS) {
describe.skipIf(dialect.skipReason !== '')(`store on ${dialect.name}${dialect.skipReason}`, () => {
let opened: OpenedStore;
let store: Store;

beforeEach(async () => {
  opened = await dialect.open();
  store = opened.store;
});
afterEach(async () => {
  await opened.dispose();
});

it('keeps data across reopening', async () => {
  const created = await store.addSubscription(sub, NOW);
  await store.saveArticle(article('a1', 'Kept text.'), {}, NOW);
  store = await opened.reopen();
  expect(await store.getSubscription(created.id)).toEqual(created);
  expect((await store.getArticle('a1'))?.article.text).toBe('Kept text.');
});

describe('subscriptions', () => {
  it('adds, lists by channel or owner, pauses, resumes and removes', async () => {
    const a = await store.addSubscription(sub, NOW);
    const b = await store.addSubscription({ ...sub, channelId: 'C2', topic: undefined as never }, NOW);
    expect(a.id).toMatch(/^[a-z0-9]{6}$/);
    expect(a).toMatchObject({ status: 'active', createdAt: NOW.toISOString(), topic: 'korea' });
    expect((await store.listSubscriptions({ channelId: 'C1' })).map((s) => s.id)).toEqual([a.id]);
    expect((await store.listSubscriptions({ ownerUserId: 'U1' })).map((s) => s.id)).toEqual([a.id, b.id]);
    await store.pauseSubscription(a.id, 'channel_not_found', NOW);
    expect(await store.getSubscription(a.id)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect((await store.listSubscriptions({ status: 'active' })).map((s) => s.id)).toEqual([b.id]);
    await store.resumeSubscription(a.id, NOW);
    expect(await store.getSubscription(a.id)).toMatchObject({ status: 'active' });
    expect(await store.removeSubscription(a.id, NOW)).toBe(true);
    expect(await store.removeSubscription(a.id, NOW)).toBe(false);
    expect(await store.getSubscription(a.id)).toBeUndefined();
  });

  it('ensureSubscription returns the existing one instead of adding a copy (config subscriptions at each start)', async () => {
    const first = await store.ensureSubscription(sub, NOW);
    const second = await store.ensureSubscription(sub, new Date('2025-01-15T00:00:00Z'));
    expect(second.id).toBe(first.id);
    const other = await store.ensureSubscription({ ...sub, timezone: 'UTC' }, NOW);
    expect(other.id).not.toBe(first.id);
    expect(await store.listSubscriptions()).toHaveLength(2);
  });
});

describe('subscription origin (migration 4)', () => {
  it('new subscriptions are command-owned unless made from the config; list filters by origin', async () => {
    const byCommand = await store.addSubscription(sub, NOW);
    const fromConfig = await store.ensureSubscription({ ...sub, ownerUserId: 'config', origin: 'config' }, NOW);
    expect(byCommand.origin).toBe('command');
    expect(fromConfig.origin).toBe('config');
    // Same destination, schedule and topic, but another owner: not the same subscription.
    expect(fromConfig.id).not.toBe(byCommand.id);
    expect((await store.listSubscriptions({ origin: 'config' })).map((s) => s.id)).toEqual([fromConfig.id]);
  });

  it('ensureSubscription keeps a paused config subscription instead of adding a second one', async () => {
    const first = await store.ensureSubscription({ ...sub, origin: 'config' }, NOW);
    await store.pauseSubscription(first.id, 'channel_not_found', NOW);
    const again = await store.ensureSubscription({ ...sub, origin: 'config' }, NOW);
    expect(again).toMatchObject({ id: first.id, status: 'paused' });
  });
});

describe('slots', () => {
  const slotAt = new Date('2025-01-14T23:00:00Z');

  it('lets exactly one claim win, records the message id, and refuses later claims', async () => {
    const { id } = await store.addSubscription(sub, NOW);
    const key = { subscriptionId: id, slotAt };
    const claims = await Promise.all([store.claimSlot(key, 'a', NOW), store.claimSlot(key, 'b', NOW), store.claimSlot(key, 'a', NOW)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.markSlotSending(key, NOW);
    await store.markSlotDelivered(key, { messageId: '1705.42', continuationIds: ['1705.43'] }, NOW);
    expect(await store.getSlot(key)).toMatchObject({ status: 'delivered', messageId: '1705.42', attempts: 1 });
    expect(await store.claimSlot(key, 'c', NOW)).toBe(false);
    expect(await store.lastSlot(id)).toMatchObject({ slotAt: slotAt.toISOString(), status: 'delivered' });
  });

  it('after a crash: claimed → released (claimable once more), sending → unknown (never claimable)', async () => {
    const { id } = await store.addSubscription(sub, NOW);
    const claimedKey = { subscriptionId: id, slotAt };
    const sendingKey = { subscriptionId: id, slotAt: new Date('2025-01-15T23:00:00Z') };
    await store.claimSlot(claimedKey, 'old-process', NOW);
    await store.claimSlot(sendingKey, 'old-process', NOW);
    await store.markSlotSending(sendingKey, NOW);
    const recovered = await store.recoverAbandonedSlots('new-process', NOW);
    expect(recovered.released.map((s) => s.slotAt)).toEqual([claimedKey.slotAt.toISOString()]);
    expect(recovered.unknown.map((s) => s.slotAt)).toEqual([sendingKey.slotAt.toISOString()]);
    expect(await store.claimSlot(sendingKey, 'new-process', NOW)).toBe(false);
    expect(await store.claimSlot(claimedKey, 'new-process', NOW)).toBe(true);
    expect(await store.claimSlot(claimedKey, 'another', NOW)).toBe(false);
    // A second recovery by the same process leaves its own claims alone.
    expect(await store.recoverAbandonedSlots('new-process', NOW)).toEqual({ released: [], unknown: [] });
  });

  it('expires released slots nobody took, and records missed slots', async () => {
    const { id } = await store.addSubscription(sub, NOW);
    const key = { subscriptionId: id, slotAt };
    await store.claimSlot(key, 'old', NOW);
    await store.recoverAbandonedSlots('new', NOW);
    expect((await store.expireReleasedSlots('superseded', NOW)).map((s) => s.status)).toEqual(['missed']);
    expect(await store.claimSlot(key, 'new', NOW)).toBe(false);
    const later = { subscriptionId: id, slotAt: new Date('2025-01-16T23:00:00Z') };
    await store.markSlotMissed(later, 'the bot was not running', NOW);
    expect(await store.getSlot(later)).toMatchObject({ status: 'missed', error: 'the bot was not running' });
  });
});

describe('articles', () => {
  it('stores an article once whether it returns by GUID, by a URL with tracking parameters, or with the same text', async () => {
    const first = await store.saveArticle(article('a1', 'North Korea  launched a satellite.', 'https://www.example.com/news/1?utm_source=x#top'), { feedId: 'f1', feedGuid: 'g1' }, NOW);
    expect(first).toMatchObject({ inserted: true, stored: { canonicalUrl: 'https://example.com/news/1', feedGuid: 'g1' } });
    const cases: Array<[Article, { feedId?: string; feedGuid?: string }, string]> = [
      [article('a2', 'different text', 'https://other.example/2'), { feedId: 'f1', feedGuid: 'g1' }, 'feedGuid'],
      [article('a3', 'other text', 'http://example.com/news/1/?fbclid=abc'), { feedId: 'f2', feedGuid: 'changed' }, 'canonicalUrl'],
      [article('a4', 'North Korea launched a satellite.\n'), {}, 'contentHash'],
      // Case and quote marks do not make a new article (the feeds' dedupe agrees: one hash).
      [article('a5', 'NORTH KOREA launched a “satellite.”'), {}, 'contentHash'],
      [article('a1', 'completely new text'), {}, 'id'],
    ];
    for (const [a, origin, reason] of cases) {
      const result = await store.saveArticle(a, origin, NOW);
      expect(result, reason).toMatchObject({ inserted: false, duplicateOf: reason, stored: { article: { id: 'a1' } } });
    }
    expect(await store.getArticle('a2')).toBeUndefined();
  });

  it('caches analysis by content hash and analyser version', async () => {
    const { stored } = await store.saveArticle(article('a1', 'Some text.'), {}, NOW);
    expect(await store.getCachedAnalysis(stored.contentHash, 'v1')).toBeUndefined();
    await store.cacheAnalysis(stored.contentHash, 'v1', { sentences: 1 }, NOW);
    expect(await store.getCachedAnalysis(stored.contentHash, 'v1')).toEqual({ sentences: 1 });
    expect(await store.getCachedAnalysis(stored.contentHash, 'v2')).toBeUndefined();
  });
});

describe('stories', () => {
  it('keeps a story with its articles and outlets, most recently updated first', async () => {
    await store.saveArticle(article('a1', 'one'), {}, NOW);
    await store.saveArticle(article('a2', 'two'), {}, NOW);
    await store.saveStory({ id: 's1', label: 'Seoul visit', meta: { terms: ['seoul'] } }, NOW);
    await store.saveStory({ id: 's2', label: 'Kyiv talks' }, NOW);
    await store.addArticleToStory('s1', 'a1', new Date('2025-01-14T09:00:00Z'));
    await store.addArticleToStory('s1', 'a2', new Date('2025-01-14T10:00:00Z'));
    expect(await store.getStory('s1')).toMatchObject({ label: 'Seoul visit', meta: { terms: ['seoul'] }, articleIds: ['a1', 'a2'], outlets: ['Outlet a1', 'Outlet a2'] });
    expect((await store.listStories({ limit: 10 })).map((s) => s.id)).toEqual(['s1', 's2']);
    expect((await store.listStories({ limit: 10, updatedSince: new Date('2025-01-14T09:30:00Z') })).map((s) => s.id)).toEqual(['s1']);
    expect((await store.storyArticles('s1')).map((a) => a.id)).toEqual(['a1', 'a2']);
    await expect(store.addArticleToStory('s1', 'missing', NOW)).rejects.toThrow('no stored article missing');
  });
});

describe('delivered briefings', () => {
  it('keeps the last briefing per destination and story', async () => {
    const b1 = makeBriefing({ title: 'One', keyPoints: ['a'] });
    const b2 = makeBriefing({ title: 'Two', keyPoints: ['b'] });
    await store.saveDeliveredBriefing('slack:C1', 's1', b1, NOW);
    await store.saveDeliveredBriefing('slack:C1', 's1', b2, new Date('2025-01-15T08:00:00Z'));
    expect(await store.lastDeliveredBriefing('slack:C1', 's1')).toEqual({ briefing: b2, deliveredAt: '2025-01-15T08:00:00.000Z' });
    expect(await store.lastDeliveredBriefing('slack:C2', 's1')).toBeUndefined();
  });
});
});
}
