// The store's side of exactly-once notices (issue 17): endSlot and recoverAbandonedSlots write the
// owner's notice in the same transaction as the slot, and the outbox hands each notice to one
// sender at a time through claim → sending → delivered. Written over a list of store factories so
// that another Store implementation (PostgreSQL) can run the same table.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { type NewSubscription, noticeId, type Store } from '../../adapters/store/store.ts';
import { openTestPgStore, postgresSkipMessage } from '../helpers/postgres.ts';

const NOW = new Date('2025-01-14T08:00:00Z');
const LATER = new Date('2025-01-14T08:05:00Z');
const SLOT = new Date('2025-01-14T08:00:00Z');
const sub: NewSubscription = {
  platform: 'slack',
  channelId: 'C1',
  isDirectMessage: false,
  ownerUserId: 'U-owner',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'UTC',
  topic: 'harbour',
};

interface Factory {
  name: string;
  /** Why the factory is skipped; '' when it runs. */
  skip?: string;
  open(): { store: Store; path?: string; cleanup(): void | Promise<void> } | Promise<{ store: Store; cleanup(): Promise<void> }>;
}

const factories: Factory[] = [
  {
    name: 'SQLite',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'briefbot-outbox-'));
      const path = join(dir, 'briefbot.db');
      return { store: createSqliteStore(path), path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    // A fresh schema per test on the test server (issue 18); skipped when it is unreachable.
    name: 'PostgreSQL',
    skip: postgresSkipMessage,
    async open() {
      const opened = await openTestPgStore('outbox');
      // dispose() closes the store too; closing twice is harmless.
      return { store: opened.store, cleanup: () => opened.dispose() };
    },
  },
];

describe.each(factories)('$name store: the outbox of owner notices', (factory) => {
  let store: Store;
  let path: string | undefined;
  let cleanup: () => void | Promise<void>;

  beforeEach(async (context) => {
    if (factory.skip) {
      context.skip(`${factory.name}${factory.skip}`);
      return;
    }
    const opened = await factory.open();
    ({ store, cleanup } = opened);
    path = 'path' in opened ? opened.path : undefined;
  });
  afterEach(async () => {
    if (factory.skip) return;
    await store.close();
    await cleanup();
  });

  async function sendingSlot() {
    const { id } = await store.addSubscription(sub, NOW);
    const key = { subscriptionId: id, slotAt: SLOT };
    await store.claimSlot(key, 'old-process', NOW);
    await store.markSlotSending(key, NOW);
    return { id, key };
  }

  it('endSlot marks the slot and enqueues one notice for its owner; a second endSlot adds none', async () => {
    const { id, key } = await sendingSlot();
    const notice = await store.endSlot(key, { status: 'unknown', error: 'Slack answered HTTP 503', attempts: 3 }, NOW);
    expect(notice).toMatchObject({
      id: noticeId('slot-unknown', key),
      kind: 'slot-unknown',
      subscriptionId: id,
      slotAt: SLOT.toISOString(),
      platform: 'slack',
      recipientUserId: 'U-owner',
      subscription: { id, topic: 'harbour', channelId: 'C1' },
      reason: 'Slack answered HTTP 503',
      slotAttempts: 3,
      status: 'pending',
      attempts: 0,
      outcomeUnknown: false,
    });
    expect(await store.getSlot(key)).toMatchObject({ status: 'unknown', error: 'Slack answered HTTP 503' });
    await store.endSlot(key, { status: 'unknown', error: 'again', attempts: 4 }, LATER);
    expect(await store.listNotices({ subscriptionId: id })).toEqual([expect.objectContaining({ reason: 'Slack answered HTTP 503' })]);
  });

  it('a permanent failure pauses the subscription and enqueues a "paused" notice in the same call', async () => {
    const { id, key } = await sendingSlot();
    const notice = await store.endSlot(key, { status: 'failed', error: 'channel_not_found', pause: true, attempts: 1 }, NOW);
    expect(notice).toMatchObject({ kind: 'subscription-paused', id: noticeId('subscription-paused', key) });
    expect(await store.getSubscription(id)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect(await store.getSlot(key)).toMatchObject({ status: 'failed' });
  });

  it('recovering a slot left mid-send writes its notice in the same transaction', async () => {
    const { key } = await sendingSlot();
    const { unknown } = await store.recoverAbandonedSlots('new-process', NOW);
    expect(unknown).toEqual([expect.objectContaining({ status: 'unknown', attempts: 1 })]);
    expect(await store.getNotice(noticeId('slot-unknown', key))).toMatchObject({ status: 'pending', slotAttempts: 1 });
  });

  // SQLite only: the failure is injected with a SQLite trigger.
  it.skipIf(factory.name !== 'SQLite')('the recovery is all or nothing: a failure half-way leaves every slot "sending" and no notice', async () => {
    if (!path) throw new Error('this test needs a file store');
    const { id, key } = await sendingSlot();
    const second = { subscriptionId: id, slotAt: new Date('2025-01-15T08:00:00Z') };
    await store.claimSlot(second, 'old-process', NOW);
    await store.markSlotSending(second, NOW);
    await store.close();
    // A trigger that fails the second notice's insert stands in for a crash inside the transaction.
    const raw = new Database(path);
    raw.exec(`CREATE TRIGGER boom BEFORE INSERT ON outbox WHEN NEW.slot_at = '${second.slotAt.toISOString()}'
      BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;`);
    raw.close();
    store = createSqliteStore(path);
    await expect(store.recoverAbandonedSlots('new-process', NOW)).rejects.toThrow('simulated crash');
    expect(await store.getSlot(key)).toMatchObject({ status: 'sending' });
    expect(await store.listNotices()).toEqual([]);
  });

  it('claims hand each due notice to one claimant; later ones wait for their time', async () => {
    const { key } = await sendingSlot();
    await store.endSlot(key, { status: 'failed', error: 'x', attempts: 5 }, NOW);
    const [a, b] = await Promise.all([store.claimDueNotices('a', NOW, 10), store.claimDueNotices('b', NOW, 10)]);
    expect([...a!, ...b!]).toHaveLength(1);
    const [claimed] = [...a!, ...b!];
    expect(claimed).toMatchObject({ status: 'claimed' });
    const winner = claimed!.claimant!;
    const loser = winner === 'a' ? 'b' : 'a';
    expect(await store.markNoticeSending(claimed!.id, loser, NOW)).toBe(false);
    expect(await store.markNoticeSending(claimed!.id, winner, NOW)).toBe(true);

    await store.deferNotice(claimed!.id, { nextAttemptAt: LATER, error: 'Slack answered HTTP 503', outcomeUnknown: true }, NOW);
    expect(await store.claimDueNotices('c', NOW, 10)).toEqual([]);
    const [again] = await store.claimDueNotices('c', LATER, 10);
    expect(again).toMatchObject({ status: 'claimed', claimant: 'c', outcomeUnknown: true, attempts: 1, firstAttemptAt: NOW.toISOString() });
    // A later defer with a definite "not posted" keeps the earlier doubt.
    await store.deferNotice(again!.id, { nextAttemptAt: LATER, error: 'rate limited', outcomeUnknown: false }, LATER);
    expect(await store.getNotice(again!.id)).toMatchObject({ outcomeUnknown: true, status: 'pending', lastError: 'rate limited' });

    const [third] = await store.claimDueNotices('c', LATER, 10);
    await store.markNoticeSending(third!.id, 'c', LATER);
    await store.markNoticeDelivered(third!.id, { messageId: 'D1.0001' }, LATER);
    expect(await store.getNotice(third!.id)).toMatchObject({ status: 'delivered', messageId: 'D1.0001', attempts: 2, outcomeUnknown: false });
    expect(await store.claimDueNotices('d', LATER, 10)).toEqual([]);
  });

  it('after a crash: a claimed notice is pending again, one mid-send is pending with its outcome unknown', async () => {
    const { id } = await store.addSubscription(sub, NOW);
    const k1 = { subscriptionId: id, slotAt: SLOT };
    const k2 = { subscriptionId: id, slotAt: new Date('2025-01-15T08:00:00Z') };
    await store.endSlot(k1, { status: 'failed', error: 'x', attempts: 5 }, NOW);
    await store.endSlot(k2, { status: 'failed', error: 'y', attempts: 5 }, NOW);
    const [n1, n2] = await store.claimDueNotices('dead', NOW, 10);
    await store.markNoticeSending(n2!.id, 'dead', NOW);
    expect(await store.recoverAbandonedNotices('dead', LATER)).toEqual([]);
    const recovered = await store.recoverAbandonedNotices('alive', LATER);
    expect(recovered.map((n) => [n.id, n.status, n.outcomeUnknown])).toEqual([
      [n1!.id, 'pending', false],
      [n2!.id, 'pending', true],
    ]);
  });

  it('an unknown slot found on the platform becomes delivered and its notice is cancelled, together', async () => {
    const { key } = await sendingSlot();
    await store.recoverAbandonedSlots('new-process', NOW);
    expect(await store.confirmUnknownSlot(key, { messageId: '1736841600.000100' }, LATER)).toBe(true);
    expect(await store.getSlot(key)).toMatchObject({ status: 'delivered', messageId: '1736841600.000100' });
    expect(await store.getNotice(noticeId('slot-unknown', key))).toMatchObject({ status: 'cancelled' });
    expect(await store.confirmUnknownSlot(key, { messageId: 'other' }, LATER)).toBe(false);
  });

  it('ends notices for good', async () => {
    const { key } = await sendingSlot();
    const notice = await store.endSlot(key, { status: 'unknown', error: 'timeout', attempts: 1 }, NOW);
    await store.endNotice(notice!.id, 'unknown', 'Discord answered 503 and its nonce window has passed', LATER);
    expect(await store.getNotice(notice!.id)).toMatchObject({ status: 'unknown', lastError: expect.stringContaining('nonce window') });
    expect(await store.listNotices({ status: 'pending' })).toEqual([]);
  });
});
