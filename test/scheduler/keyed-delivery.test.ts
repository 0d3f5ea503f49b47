// The one retry layer (send-with-retries.ts) and the outbox sender (owner-notices.ts) against a
// recording platform in virtual time: which repeats each idempotency mechanism allows after an
// answer was lost, and how owner notices are retried, given up and sent once.

import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError, type IdempotencyMechanism } from '../../adapters/chat-adapter.ts';
import { createRecordingAdapter } from '../../adapters/console/recording-adapter.ts';
import { createManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { CONFIG_OWNER, NOTICE_RETRY } from '../../adapters/scheduler/owner-notices.ts';
import { noticeId } from '../../adapters/store/store.ts';
import { sendWithRetries } from '../../adapters/scheduler/send-with-retries.ts';
import { createHarness, type Harness, subscription } from './harness.ts';

const POLICY = { maxAttempts: 5, baseDelayMs: 2000, maxDelayMs: 300_000 };
const DESTINATION = { platform: 'console' as const, channelId: 'news', isDirectMessage: false };
const REPLY = { kind: 'message' as const, text: 'hello', ephemeral: false };
const lost = () => new DeliveryError('the platform answered 503', { permanent: false, code: 'http_503', outcome: 'unknown' });
const refused = (retryAfterMs?: number) =>
  new DeliveryError('rate limited', { permanent: false, code: 'rate_limited', ...(retryAfterMs ? { retryAfterMs } : {}) });

describe('sendWithRetries: a repeat after a lost answer only through the idempotency mechanism', () => {
  const setup = (idempotency: IdempotencyMechanism) => {
    const clock = createManualClock('2025-01-14T08:00:00Z');
    const adapter = createRecordingAdapter('console', { idempotency, now: () => clock.now() });
    const attempts: number[] = [];
    const send = (unknownSince?: Date) =>
      sendWithRetries(adapter, DESTINATION, REPLY, {
        clock,
        policy: POLICY,
        key: 'slot:s1:2025-01-14T08:00:00.000Z',
        since: new Date('2025-01-14T08:00:00Z'),
        ...(unknownSince ? { unknownSince } : {}),
        beforeAttempt: async (n) => void attempts.push(n),
      });
    return { clock, adapter, attempts, send };
  };

  it('lookup: accepted then lost → found by its key, not posted again', async () => {
    const { adapter, send, attempts } = setup({ kind: 'lookup' });
    adapter.acceptThenFailNext(lost());
    const result = await send();
    expect(result).toMatchObject({ ok: true, attempts: 2, found: true, receipt: { messageId: 'console-msg-1' } });
    expect(adapter.posts).toHaveLength(1);
    expect(attempts).toEqual([1, 2]);
  });

  it('lookup: lost before the platform took it → the lookup says "not there", so it is posted', async () => {
    const { adapter, send } = setup({ kind: 'lookup' });
    adapter.failNext(lost());
    expect(await send()).toMatchObject({ ok: true, attempts: 2, found: false });
    expect(adapter.lookups).toEqual([{ key: 'slot:s1:2025-01-14T08:00:00.000Z', found: false }]);
    expect(adapter.posts).toHaveLength(1);
  });

  it('lookup: lookups that keep failing leave it unknown, never reposted, but not final (a later look may settle it)', async () => {
    const { adapter, send } = setup({ kind: 'lookup' });
    adapter.acceptThenFailNext(lost());
    adapter.failLookupNext(lost(), lost(), lost(), lost());
    expect(await send()).toMatchObject({ ok: false, outcome: 'unknown', final: false, attempts: 5 });
    expect(adapter.posts).toHaveLength(1);
  });

  it('lookup: a refusal after a lost answer settles nothing; the next attempt looks again', async () => {
    const { adapter, send, clock } = setup({ kind: 'lookup' });
    adapter.failNext(lost());
    adapter.failLookupNext(refused(9000));
    expect(await send()).toMatchObject({ ok: true, attempts: 3 });
    expect(clock.sleeps).toEqual([2000, 9000]);
    expect(adapter.lookups).toHaveLength(1);
  });

  it('key: repeated with the same key within the window → the platform returns the first message', async () => {
    const { adapter, send } = setup({ kind: 'key', windowMs: 120_000 });
    adapter.acceptThenFailNext(lost(), lost());
    expect(await send()).toMatchObject({ ok: true, attempts: 3, receipt: { messageId: 'console-msg-1' } });
    expect(adapter.posts).toHaveLength(1);
  });

  it('key: once the window has passed since the lost answer, no repeat: unknown and final', async () => {
    const { adapter, send } = setup({ kind: 'key', windowMs: 120_000 });
    adapter.acceptThenFailNext(lost());
    adapter.failNext(refused(150_000));
    expect(await send()).toMatchObject({ ok: false, outcome: 'unknown', final: true, attempts: 2 });
    expect(adapter.posts).toHaveLength(1);
  });

  it('key: an earlier life left the outcome unknown too long ago: nothing is sent', async () => {
    const { adapter, send, attempts } = setup({ kind: 'key', windowMs: 120_000 });
    expect(await send(new Date('2025-01-14T07:50:00Z'))).toMatchObject({ ok: false, outcome: 'unknown', final: true, attempts: 0 });
    expect(attempts).toEqual([]);
    expect(adapter.posts).toEqual([]);
  });

  it('none: a lost answer ends it at once (unknown, final); refusals are retried plainly', async () => {
    const { adapter, send, clock } = setup({ kind: 'none' });
    adapter.failNext(refused(), refused());
    adapter.acceptThenFailNext(lost());
    expect(await send()).toMatchObject({ ok: false, outcome: 'unknown', final: true, attempts: 3 });
    expect(clock.sleeps).toEqual([2000, 4000]);
    expect(adapter.posts).toHaveLength(1);
  });

  it('a permanent refusal stops at once', async () => {
    const { adapter, send } = setup({ kind: 'lookup' });
    adapter.failNext(new DeliveryError('channel_not_found', { permanent: true, code: 'channel_not_found' }));
    expect(await send()).toMatchObject({ ok: false, permanent: true, outcome: 'not-posted', attempts: 1 });
  });
});

describe('owner notices from the outbox', () => {
  let h: Harness;
  afterEach(() => h.close());
  const SLOT = new Date('2025-01-14T08:00:00Z');

  async function failedSlot(owner = 'owner') {
    const sub = await h.store.addSubscription(subscription({ kind: 'daily', hour: 8, minute: 0 }, 'UTC', { ownerUserId: owner }), h.clock.now());
    const key = { subscriptionId: sub.id, slotAt: SLOT };
    await h.store.claimSlot(key, 'dead', SLOT);
    await h.store.endSlot(key, { status: 'failed', error: 'the platform answered 503', attempts: 5 }, SLOT);
    return { sub, id: noticeId('slot-failed', key) };
  }

  it('a platform refusing DMs for a while: retried on later sweeps, delivered once', async () => {
    h = await createHarness('2025-01-14T08:01:00Z', { scheduler: { retry: { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 1000 } } });
    const { id } = await failedSlot();
    h.adapter.failWhen((destination) => (destination.isDirectMessage ? refused() : undefined));
    await h.scheduler.start();
    expect(await h.store.getNotice(id)).toMatchObject({ status: 'pending', attempts: 2, outcomeUnknown: false });
    h.clock.advance(30_000);
    await h.scheduler.sendNotices();
    expect(await h.store.getNotice(id)).toMatchObject({ attempts: 2 }); // not due before a minute
    h.adapter.failWhen(undefined);
    h.clock.advance(NOTICE_RETRY.firstDelayMs);
    await h.scheduler.sendNotices();
    await h.scheduler.sendNotices();
    expect(await h.store.getNotice(id)).toMatchObject({ status: 'delivered', attempts: 3 });
    expect(h.adapter.posts.filter((p) => p.destination.isDirectMessage)).toHaveLength(1);
  });

  it('a DM that can never be delivered is given up after a day, and logged', async () => {
    h = await createHarness('2025-01-14T08:01:00Z', { scheduler: { retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } } });
    const { id } = await failedSlot();
    h.adapter.failWhen((destination) => (destination.isDirectMessage ? refused() : undefined));
    await h.scheduler.start();
    for (let hour = 0; hour < 26; hour++) {
      h.clock.advance(3_600_000);
      await h.scheduler.sendNotices();
    }
    expect(await h.store.getNotice(id)).toMatchObject({ status: 'failed', lastError: expect.stringContaining('given up after a day') });
    expect(h.adapter.posts).toEqual([]);
  });

  it('the user closed their DMs (permanent): failed at once, not retried', async () => {
    h = await createHarness('2025-01-14T08:01:00Z');
    const { id } = await failedSlot();
    h.adapter.failWhen(() => new DeliveryError('cannot message this user', { permanent: true, code: 'DISCORD_CANNOT_MESSAGE_USER' }));
    await h.scheduler.start();
    expect(await h.store.getNotice(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('a subscription from briefbot.yaml has no owner to message: its notice goes to the log', async () => {
    const lines: { message: string; details: Record<string, unknown> }[] = [];
    const log = { info() {}, error() {}, warn: (details: object, message: string) => void lines.push({ message, details: details as Record<string, unknown> }) };
    h = await createHarness('2025-01-14T08:01:00Z', { scheduler: { log } });
    const { id } = await failedSlot(CONFIG_OWNER);
    await h.scheduler.start();
    expect(await h.store.getNotice(id)).toMatchObject({ status: 'delivered', messageId: 'log' });
    expect(h.adapter.posts).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ details: expect.objectContaining({ text: expect.stringContaining('could not be posted') }) }));
  });

  it('no adapter for the platform yet: kept in the outbox until there is one', async () => {
    h = await createHarness('2025-01-14T08:01:00Z');
    const sub = await h.store.addSubscription(subscription({ kind: 'daily', hour: 8, minute: 0 }, 'UTC', { platform: 'slack' }), h.clock.now());
    const key = { subscriptionId: sub.id, slotAt: SLOT };
    await h.store.endSlot(key, { status: 'failed', error: 'no slack adapter is running', attempts: 0 }, SLOT);
    await h.scheduler.start();
    expect(await h.store.getNotice(noticeId('slot-failed', key))).toMatchObject({ status: 'pending', lastError: 'no slack adapter is running' });
  });
});
