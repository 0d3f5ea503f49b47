import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../adapters/chat-adapter.ts';
import { makeBriefing } from '../commands/fixtures.ts';
import { createFakeDesk } from '../commands/fixtures.ts';
import { createHarness, type Harness, subscription } from './harness.ts';

const HOURLY = { kind: 'cron', expression: '0 * * * *' } as const;
const DAILY_8 = { kind: 'daily', hour: 8, minute: 0 } as const;
const HOUR = 3_600_000;

let h: Harness;
afterEach(() => h.close());

const postedSlots = async (subscriptionId: string) => (await h.store.lastSlot(subscriptionId))?.slotAt;

describe('scheduled posts', () => {
  it('posts a due slot once and records the platform message id', async () => {
    h = await createHarness('2025-01-14T07:00:00Z');
    const sub = await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    expect(h.adapter.posts).toHaveLength(0);

    h.clock.set('2025-01-14T08:00:00Z');
    const outcomes = await h.scheduler.runDue();
    expect(outcomes).toEqual([
      { subscriptionId: sub.id, slotAt: '2025-01-14T08:00:00.000Z', result: 'delivered', messageId: 'console-msg-1', attempts: 1 },
    ]);
    expect(h.adapter.posts[0]).toMatchObject({ destination: { platform: 'console', channelId: 'news' }, reply: { kind: 'digest' } });
    expect(await h.store.getSlot({ subscriptionId: sub.id, slotAt: new Date('2025-01-14T08:00:00Z') })).toMatchObject({
      status: 'delivered',
      messageId: 'console-msg-1',
    });

    // Wake-ups during the rest of the day (the minute sweep, a second node-cron fire) post nothing.
    for (let minute = 0; minute < 120; minute++) {
      h.clock.advance(60_000);
      await h.scheduler.runDue();
    }
    expect(h.adapter.posts).toHaveLength(1);
  });

  it('never posts a slot from before the subscription existed', async () => {
    h = await createHarness('2025-01-14T08:30:00Z');
    await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    const report = await h.scheduler.start();
    expect(report.outcomes).toEqual([]);
    expect(h.adapter.posts).toHaveLength(0);
  });

  it('two checks racing for the same slot post it once', async () => {
    h = await createHarness('2025-01-14T07:59:00Z');
    await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    await Promise.all([h.scheduler.runDue(), h.scheduler.runDue(), h.scheduler.runDue()]);
    expect(h.adapter.posts).toHaveLength(1);
  });

  it('stops posting once unsubscribed', async () => {
    h = await createHarness('2025-01-14T07:30:00Z');
    const sub = await h.store.addSubscription(subscription(HOURLY, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    await h.scheduler.runDue();
    await h.store.removeSubscription(sub.id, h.clock.now());
    h.clock.set('2025-01-14T09:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts).toHaveLength(1);
  });
});

describe('restarts', () => {
  it('after a downtime spanning two slots, posts exactly one catch-up, then carries on', async () => {
    h = await createHarness('2025-01-14T06:30:00Z');
    const sub = await h.store.addSubscription(subscription(HOURLY, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T07:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts).toHaveLength(1);

    // Down from 07:30 to 09:45: the 08:00 and 09:00 slots pass unseen.
    await h.restart('2025-01-14T09:45:00Z');
    const report = await h.scheduler.start();
    expect(report.outcomes).toEqual([expect.objectContaining({ slotAt: '2025-01-14T09:00:00.000Z', result: 'delivered' })]);
    expect(h.adapter.posts).toHaveLength(2);

    for (let minute = 0; minute < 15; minute++) {
      h.clock.advance(60_000);
      await h.scheduler.runDue();
    }
    expect(h.adapter.posts).toHaveLength(3);
    expect(await postedSlots(sub.id)).toBe('2025-01-14T10:00:00.000Z');
    expect(await h.store.getSlot({ subscriptionId: sub.id, slotAt: new Date('2025-01-14T08:00:00Z') })).toBeUndefined();
  });

  it('a restart right after a post does not post it again', async () => {
    h = await createHarness('2025-01-14T07:59:00Z');
    await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    await h.scheduler.runDue();
    await h.restart('2025-01-14T08:05:00Z');
    expect((await h.scheduler.start()).outcomes).toEqual([]);
    expect(h.adapter.posts).toHaveLength(1);
  });

  it('a downtime longer than the grace posts nothing late, and records the slot as missed', async () => {
    h = await createHarness('2025-01-13T07:00:00Z', { scheduler: { graceMs: 2 * HOUR } });
    const sub = await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    await h.restart('2025-01-15T11:00:00Z');
    const report = await h.scheduler.start();
    expect(report.outcomes).toEqual([
      {
        subscriptionId: sub.id,
        slotAt: '2025-01-15T08:00:00.000Z',
        result: 'missed',
        error: 'the bot was not running (3 slots older than the catch-up grace)',
      },
    ]);
    expect(h.adapter.posts).toHaveLength(0);
    h.clock.set('2025-01-16T08:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts).toHaveLength(1);
  });
});

describe("what's new", () => {
  it('the next briefing of a story already delivered here carries what changed since', async () => {
    const desk = createFakeDesk({
      'story-seoul': makeBriefing({ title: 'Blinken visits Seoul', keyPoints: ['Blinken met Yoon.'], questions: [['Satellite', 'Will there be a third launch?']] }),
    });
    h = await createHarness('2025-01-14T07:00:00Z', { desk });
    await h.store.addSubscription(subscription(DAILY_8, 'UTC', { topic: 'seoul' }), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts[0]?.reply).toMatchObject({ kind: 'briefing', storyId: 'story-seoul' });
    expect(h.adapter.posts[0]?.reply).not.toHaveProperty('whatsNew');

    desk.update(
      'story-seoul',
      makeBriefing({ title: 'Blinken visits Seoul', keyPoints: ['Blinken met Yoon.', 'North Korea fired a missile.'], questions: [] }),
    );
    h.clock.set('2025-01-15T08:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts[1]?.reply).toMatchObject({
      kind: 'briefing',
      whatsNew: {
        sinceDeliveredAt: '2025-01-14T08:00:00.000Z',
        newKeyPoints: [{ text: 'North Korea fired a missile.' }],
        newQuotes: [],
        openedQuestions: [],
        resolvedQuestions: ['Will there be a third launch?'],
      },
    });
  });
});

describe('delivery failures', () => {
  async function oneSlot() {
    h = await createHarness('2025-01-14T07:59:00Z');
    const sub = await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    return sub;
  }

  it('retries a rate limit after the platform’s Retry-After, then posts once', async () => {
    await oneSlot();
    const limited = () => new DeliveryError('rate limited', { permanent: false, code: 'rate_limited', retryAfterMs: 1500 });
    h.adapter.failNext(limited(), limited());
    const [outcome] = await h.scheduler.runDue();
    expect(outcome).toMatchObject({ result: 'delivered', attempts: 3 });
    expect(h.clock.sleeps).toEqual([1500, 1500]);
    expect(h.adapter.posts).toHaveLength(1);
  });

  it('backs off exponentially on server errors, and gives up after the last attempt, telling the owner', async () => {
    const sub = await oneSlot();
    const down = () => new DeliveryError('server error 503', { permanent: false, code: 'server_error' });
    h.adapter.failWhen((destination) => (destination.isDirectMessage ? undefined : down()));
    const [outcome] = await h.scheduler.runDue();
    expect(outcome).toMatchObject({ result: 'failed', paused: false, ownerTold: true, error: 'server error 503' });
    expect(h.clock.sleeps).toEqual([2000, 4000, 8000, 16000]);
    expect(h.adapter.posts).toEqual([
      expect.objectContaining({
        destination: expect.objectContaining({ channelId: 'dm-owner', isDirectMessage: true }),
        reply: expect.objectContaining({ text: expect.stringContaining('could not be posted to channel news after 5 attempts (server error 503)') }),
      }),
    ]);
    expect(await h.store.getSubscription(sub.id)).toMatchObject({ status: 'active' });
    expect(await h.store.getSlot({ subscriptionId: sub.id, slotAt: new Date('2025-01-14T08:00:00Z') })).toMatchObject({ status: 'failed', attempts: 5 });
  });

  it('a permanent failure pauses the subscription and tells its owner, without retrying', async () => {
    const sub = await oneSlot();
    h.adapter.failNext(new DeliveryError('channel_not_found', { permanent: true, code: 'channel_not_found' }));
    const [outcome] = await h.scheduler.runDue();
    expect(outcome).toMatchObject({ result: 'failed', paused: true, ownerTold: true });
    expect(h.clock.sleeps).toEqual([]);
    expect(await h.store.getSubscription(sub.id)).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect(h.adapter.posts.map((p) => p.destination.channelId)).toEqual(['dm-owner']);
    expect(h.adapter.posts[0]?.reply).toMatchObject({ kind: 'message', text: expect.stringMatching(/^Your subscription [a-z0-9]{6} \(daily 08:00 UTC\) is paused/) });

    h.clock.set('2025-01-15T08:00:00Z');
    await h.scheduler.runDue();
    expect(h.adapter.posts).toHaveLength(1);
  });

  it('a news desk that fails marks the slot failed and the scheduler keeps going', async () => {
    h = await createHarness('2025-01-14T07:59:00Z', {
      desk: { ...createFakeDesk({}), topStories: () => Promise.reject(new Error('index offline')) },
    });
    await h.store.addSubscription(subscription(DAILY_8, 'UTC'), h.clock.now());
    await h.scheduler.start();
    h.clock.set('2025-01-14T08:00:00Z');
    const [outcome] = await h.scheduler.runDue();
    expect(outcome).toMatchObject({ result: 'failed', error: 'could not prepare the briefing: index offline' });
  });
});
