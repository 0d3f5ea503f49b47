// Exactly once on Discord when Discord fails mid-request (issue 17): the real Discord adapter
// (real discord.js REST, retries off) posts scheduled slots to the fake Discord, which creates the
// message and then answers 503, drops the connection or never answers. Every message of a slot
// carries a nonce derived from the slot with enforce_nonce, so the scheduler's repeat within the
// nonce window returns the message Discord already has; past the window the slot ends unknown.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_NONCE } from '../../adapters/discord/constants.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/create-discord-adapter.ts';
import { nonceFor } from '../../adapters/discord/post-to-channel.ts';
import { slotDeliveryKey } from '../../adapters/scheduler/delivery-keys.ts';
import { createManualClock, type ManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { createScheduler, type Scheduler } from '../../adapters/scheduler/scheduler.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { noticeId, type Store } from '../../adapters/store/store.ts';
import { FakeDiscord, type ScriptedResponse } from '../discord/fake/fake-discord.ts';
import { snowflake } from '../discord/fake/snowflakes.ts';
import { recordingLogger } from '../discord/fixtures.ts';
import { defaultDesk } from './harness.ts';

const SLOT = new Date('2025-01-14T08:00:00Z');
const OWNER = '1200000000000000777';
const UNAVAILABLE: ScriptedResponse = { status: 503, body: { message: '503: Service Unavailable', code: 0 } };
const limited = (seconds: number): ScriptedResponse => ({
  status: 429,
  headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
  body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
});

let dir: string;
let store: Store;
let clock: ManualClock;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let scheduler: Scheduler | undefined;
let channelId: string;
let subscriptionId: string;

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  await adapter?.stop();
  await fake?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-once-discord-'));
  clock = createManualClock('2025-01-14T07:59:00Z');
  channelId = snowflake();
  fake = await FakeDiscord.start({ guilds: [{ id: snowflake(), name: 'Newsroom', channelIds: [channelId] }], now: () => clock.now().getTime() });
  adapter = createDiscordAdapter({
    token: fake.token,
    apiUrl: fake.apiUrl,
    commandHandler: { handle: async () => ({ kind: 'message', text: 'unused', ephemeral: true }) },
    newsDesk: defaultDesk(),
    logger: recordingLogger().logger,
    postTimeoutMs: 400,
  });
  store = createSqliteStore(join(dir, 'briefbot.db'));
  const sub = await store.addSubscription(
    { platform: 'discord', channelId, isDirectMessage: false, ownerUserId: OWNER, schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'UTC' },
    clock.now(),
  );
  subscriptionId = sub.id;
}

async function startScheduler() {
  scheduler = createScheduler({ store, adapters: new Map([['discord', adapter]]), newsDesk: defaultDesk(), clock, wakeups: noWakeups, log: silentLog });
  return scheduler.start();
}

async function runSlot() {
  await startScheduler();
  clock.set(new Date(SLOT.getTime() + 30_000));
  const [outcome] = await scheduler!.runDue();
  return outcome;
}

const channelPosts = () => fake.requestsTo('POST', new RegExp(`^/channels/${channelId}/messages$`));
const slotNonce = () => nonceFor(slotDeliveryKey({ subscriptionId, slotAt: SLOT }), 0);
/** Messages Discord created for the owner's DMs (any DM channel: each open may name a new one). */
const ownerNotices = () => fake.created.filter((m) => m.channelId !== channelId);

describe('Discord creates a scheduled post, then fails: the repeat carries the same nonce, one message', () => {
  it.each([
    ['answers 503', { ...UNAVAILABLE, afterAccept: true }],
    ['drops the connection', { status: 0, afterAccept: true, drop: true }],
    ['never answers (the post times out)', { status: 0, afterAccept: true, hang: true }],
  ] as [string, ScriptedResponse][])('%s → the second create returns the first message', async (_name, fault) => {
    await setUp();
    fake.scriptChannelPosts(channelId, fault);
    const outcome = await runSlot();

    const created = fake.messagesIn(channelId);
    expect(created).toHaveLength(1);
    expect(outcome).toMatchObject({ result: 'delivered', messageId: created[0]!.id, attempts: 2 });
    expect(channelPosts().map((r) => [r.body.nonce, r.body.enforce_nonce])).toEqual([
      [slotNonce(), true],
      [slotNonce(), true],
    ]);
    expect(slotNonce().length).toBeLessThanOrEqual(25);
    expect(await store.getSlot({ subscriptionId, slotAt: SLOT })).toMatchObject({ status: 'delivered', messageId: created[0]!.id, attempts: 2 });
    expect(ownerNotices()).toEqual([]);
    expect(fake.rejections).toEqual([]);
  });

  it('a rate limit during the retry is handed back and waited out by the scheduler, then one message', async () => {
    await setUp();
    fake.scriptChannelPosts(channelId, { ...UNAVAILABLE, afterAccept: true }, limited(5));
    const outcome = await runSlot();
    expect(outcome).toMatchObject({ result: 'delivered', attempts: 3 });
    expect(clock.sleeps[0]).toBe(2000);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(5000);
    expect(fake.messagesIn(channelId)).toHaveLength(1);
    expect(channelPosts().map((r) => r.status)).toEqual([503, 429, 200]);
  });

  it('past the nonce window a repeat could duplicate: the slot ends unknown, is not posted again, and the owner is told once', async () => {
    await setUp();
    // Created, then a 503; the retry is told to wait longer than the window.
    fake.scriptChannelPosts(channelId, { ...UNAVAILABLE, afterAccept: true }, limited(DISCORD_NONCE.windowMs / 1000 + 60));
    const outcome = await runSlot();
    expect(outcome).toMatchObject({ result: 'unknown', attempts: 2, ownerTold: true });
    expect(fake.messagesIn(channelId)).toHaveLength(1);
    expect(ownerNotices()).toHaveLength(1);
    expect(ownerNotices()[0]!.body.content).toContain('it may or may not have arrived');
    expect(ownerNotices()[0]!.nonce).toBe(nonceFor(noticeId('slot-unknown', { subscriptionId, slotAt: SLOT }), 0));

    clock.advance(24 * 3_600_000);
    await scheduler!.runDue();
    await scheduler!.sendNotices();
    expect(fake.messagesIn(channelId)).toHaveLength(2); // the next day's slot, not a repeat
    expect(ownerNotices()).toHaveLength(1);
  });
});

describe('killed while sending an owner notice on Discord', () => {
  async function noticeLeftSending() {
    const key = { subscriptionId, slotAt: SLOT };
    await store.claimSlot(key, 'dead-process', SLOT);
    await store.endSlot(key, { status: 'failed', error: 'Discord answered 503', attempts: 5 }, SLOT);
    const [notice] = await store.claimDueNotices('dead-process', SLOT, 1);
    await store.markNoticeSending(notice!.id, 'dead-process', SLOT);
    // Discord created the DM; the process died before recording it.
    const dm = await adapter.openDirectMessage(OWNER);
    await adapter.deliver({ platform: 'discord', channelId: dm, isDirectMessage: true }, { kind: 'message', text: 'the notice', ephemeral: false }, { key: notice!.id });
    return notice!;
  }

  it('restarted within the nonce window: the repeat returns the DM Discord already has', async () => {
    await setUp();
    clock.set(SLOT);
    const notice = await noticeLeftSending();
    clock.set(new Date(SLOT.getTime() + 30_000));
    await startScheduler();
    expect(ownerNotices()).toHaveLength(1);
    expect(await store.getNotice(notice.id)).toMatchObject({ status: 'delivered', messageId: ownerNotices()[0]!.id });
  });

  it('restarted after the window: not sent again (it may be there); the notice is recorded unknown', async () => {
    await setUp();
    clock.set(SLOT);
    const notice = await noticeLeftSending();
    clock.set(new Date(SLOT.getTime() + 10 * 60_000));
    await startScheduler();
    expect(ownerNotices()).toHaveLength(1);
    expect(await store.getNotice(notice.id)).toMatchObject({ status: 'unknown' });
  });
});
