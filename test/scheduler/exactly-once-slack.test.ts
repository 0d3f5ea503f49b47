// Exactly once on Slack when Slack fails mid-request (issue 17): the real Slack adapter (real bolt
// and its Web API client, no retries of its own) posts scheduled slots to the fake Slack, which
// accepts a post and then answers 503, drops the connection or never answers. The scheduler looks
// the slot's key up in the channel's history (metadata) before posting again, so each slot is in
// the channel once; a slot that cannot be settled ends unknown and its owner gets one notice.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slotDeliveryKey } from '../../adapters/scheduler/delivery-keys.ts';
import { createManualClock, type ManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { createScheduler, type Scheduler } from '../../adapters/scheduler/scheduler.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import { noticeId, type Store } from '../../adapters/store/store.ts';
import type { StoredMessage } from '../slack/fake-slack-api.ts';
import { scriptedCommands } from '../slack/fixtures.ts';
import { type SlackHarness, startSlackHarness } from '../slack/slack-harness.ts';
import { defaultDesk } from './harness.ts';

const SLOT = new Date('2025-01-14T08:00:00Z');
const RETRY = { maxAttempts: 5, baseDelayMs: 2000, maxDelayMs: 300_000 };
const UNAVAILABLE = { status: 503, body: { ok: false, error: 'service_unavailable' } };

let dir: string;
let path: string;
let store: Store;
let clock: ManualClock;
let slack: SlackHarness;
let scheduler: Scheduler | undefined;
let subscriptionId: string;

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  await slack?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-once-slack-'));
  path = join(dir, 'briefbot.db');
  clock = createManualClock('2025-01-14T07:59:00Z');
  slack = await startSlackHarness('http', scriptedCommands(), { postTimeoutMs: 400 }, (api) => api.useClock(() => clock.now()));
  store = createSqliteStore(path);
  const sub = await store.addSubscription(
    { platform: 'slack', channelId: 'C42', isDirectMessage: false, ownerUserId: 'U7', schedule: { kind: 'daily', hour: 8, minute: 0 }, timezone: 'UTC' },
    clock.now(),
  );
  subscriptionId = sub.id;
}

/** A scheduler process on the store (a new claimant each time: a restart). */
async function startScheduler() {
  scheduler = createScheduler({
    store,
    adapters: new Map([['slack', slack.adapter]]),
    newsDesk: defaultDesk(),
    clock,
    wakeups: noWakeups,
    log: silentLog,
    retry: RETRY,
  });
  return scheduler.start();
}

const slotKey = () => slotDeliveryKey({ subscriptionId, slotAt: SLOT });
/** Top-level messages in the channel carrying this slot's key. */
const slotMessages = (): StoredMessage[] =>
  (slack.api.messages.get('C42') ?? []).filter((m) => m.metadata?.event_payload.key === slotKey() && m.thread_ts === undefined);
/** Direct messages to the owner (the fake opens D7 for U7). */
const ownerMessages = (): StoredMessage[] => slack.api.messages.get('D7') ?? [];

async function runSlot() {
  await startScheduler();
  clock.set(new Date(SLOT.getTime() + 30_000));
  const [outcome] = await scheduler!.runDue();
  return outcome;
}

describe('Slack accepts a scheduled post, then fails: one message, found by its key', () => {
  it.each([
    ['answers 503', { ...UNAVAILABLE, afterAccept: true }],
    ['drops the connection', { afterAccept: true, drop: true }],
    ['never answers (the post times out)', { afterAccept: true, hang: true }],
    ['answers internal_error ("some aspect may have succeeded")', { afterAccept: true, body: { ok: false, error: 'internal_error' } }],
  ])('%s → looked up before any repeat, recorded delivered, no notice', async (_name, fault) => {
    await setUp();
    slack.api.script('chat.postMessage', fault);
    const outcome = await runSlot();

    expect(slotMessages()).toHaveLength(1);
    expect(outcome).toMatchObject({ result: 'delivered', messageId: slotMessages()[0]!.ts, attempts: 2, found: true });
    expect(slotMessages()[0]!.metadata).toEqual({ event_type: 'briefbot_slot', event_payload: { key: slotKey(), part: 0 } });
    const [lookup] = slack.api.callsTo('conversations.history');
    expect(lookup!.args).toMatchObject({ channel: 'C42', include_all_metadata: 'true' });
    expect(Number(lookup!.args.oldest)).toBeLessThanOrEqual(SLOT.getTime() / 1000);
    expect(await store.getSlot({ subscriptionId, slotAt: SLOT })).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(ownerMessages()).toEqual([]);
  });

  it('a 503 before Slack took the post: the lookup finds nothing, so it is posted (once)', async () => {
    await setUp();
    slack.api.script('chat.postMessage', UNAVAILABLE);
    const outcome = await runSlot();
    expect(outcome).toMatchObject({ result: 'delivered', attempts: 2 });
    expect(outcome).not.toHaveProperty('found');
    expect(slack.api.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slotMessages()).toHaveLength(1);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('rate limits during the retry (on the lookup, then on the post) are waited out for their Retry-After', async () => {
    await setUp();
    const limited = (seconds: number) => ({ status: 429, headers: { 'retry-after': String(seconds) }, body: { ok: false, error: 'ratelimited' } });
    // Attempt 1: the post times out before Slack took it. Attempt 2: the lookup is rate limited.
    // Attempt 3: the lookup finds nothing; the post is rate limited. Attempt 4: looked up again (a
    // 429 settles nothing about attempt 1), not there, posted.
    slack.api.script('chat.postMessage', { hang: true }, limited(7));
    slack.api.script('conversations.history', limited(30));
    const outcome = await runSlot();
    expect(outcome).toMatchObject({ result: 'delivered', attempts: 4 });
    expect(clock.sleeps).toEqual([2000, 30_000, 7000]);
    expect(slotMessages()).toHaveLength(1);
    expect(await store.getSlot({ subscriptionId, slotAt: SLOT })).toMatchObject({ status: 'delivered', attempts: 4 });
  });

  it('Slack keeps failing after taking the post: the slot ends unknown, never reposted, and the owner is told once', async () => {
    await setUp();
    slack.api.script('chat.postMessage', { ...UNAVAILABLE, afterAccept: true });
    // Every lookup of the run fails, and so does the one before the notice.
    slack.api.script('conversations.history', UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);
    const outcome = await runSlot();

    expect(outcome).toMatchObject({ result: 'unknown', attempts: 5, ownerTold: true });
    expect(slotMessages()).toHaveLength(1);
    expect(ownerMessages()).toHaveLength(1);
    expect(ownerMessages()[0]!.text).toContain('it may or may not have arrived');
    expect(ownerMessages()[0]!.metadata).toMatchObject({ event_type: 'briefbot_notice', event_payload: { key: noticeId('slot-unknown', { subscriptionId, slotAt: SLOT }) } });

    // Later sweeps and a restart tell nobody again and post nothing again.
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      await scheduler!.runDue();
      await scheduler!.sendNotices();
    }
    await scheduler!.stop();
    await startScheduler();
    expect(slotMessages()).toHaveLength(1);
    expect(ownerMessages()).toHaveLength(1);
  });
});

describe('crashes and the outbox (the process dies; the next one carries on from the store)', () => {
  it('killed after the notice was written, before it was sent: the next start sends it, once', async () => {
    await setUp();
    // The dead process got as far as ending the slot (with its notice) in one transaction.
    const key = { subscriptionId, slotAt: SLOT };
    await store.claimSlot(key, 'dead-process', SLOT);
    await store.markSlotSending(key, SLOT);
    await store.endSlot(key, { status: 'failed', error: 'Slack answered HTTP 503', attempts: 5 }, SLOT);

    clock.set('2025-01-14T08:10:00Z');
    await startScheduler();
    expect(ownerMessages()).toHaveLength(1);
    expect(ownerMessages()[0]!.text).toContain('could not be posted to channel C42 after 5 attempts');
    expect(await store.getNotice(noticeId('slot-failed', key))).toMatchObject({ status: 'delivered', messageId: ownerMessages()[0]!.ts });
    await scheduler!.stop();
    await startScheduler();
    expect(ownerMessages()).toHaveLength(1);
  });

  it('killed while sending the notice, after Slack took it: found by its key at the next start, not sent twice', async () => {
    await setUp();
    const key = { subscriptionId, slotAt: SLOT };
    await store.claimSlot(key, 'dead-process', SLOT);
    await store.endSlot(key, { status: 'failed', error: 'could not prepare the briefing: index offline', attempts: 0 }, SLOT);
    const [notice] = await store.claimDueNotices('dead-process', SLOT, 1);
    await store.markNoticeSending(notice!.id, 'dead-process', SLOT);
    await slack.adapter.deliver({ platform: 'slack', channelId: 'D7', isDirectMessage: true }, { kind: 'message', text: 'the notice', ephemeral: false }, { key: notice!.id });

    clock.set('2025-01-14T08:01:00Z');
    await startScheduler();
    expect(ownerMessages()).toHaveLength(1);
    expect(await store.getNotice(notice!.id)).toMatchObject({ status: 'delivered', messageId: ownerMessages()[0]!.ts, attempts: 2 });
  });

  it('killed mid-send of a slot that did reach the channel: at restart it is found, recorded delivered, nobody is told', async () => {
    await setUp();
    const key = { subscriptionId, slotAt: SLOT };
    await store.claimSlot(key, 'dead-process', SLOT);
    await store.markSlotSending(key, SLOT);
    clock.set(new Date(SLOT.getTime() + 5000));
    await slack.adapter.deliver({ platform: 'slack', channelId: 'C42', isDirectMessage: false }, { kind: 'message', text: 'the briefing', ephemeral: false }, { key: slotKey() });

    clock.set('2025-01-14T08:02:00Z');
    const report = await startScheduler();
    expect(report.unknown.map((s) => s.slotAt)).toEqual([SLOT.toISOString()]);
    expect(await store.getSlot(key)).toMatchObject({ status: 'delivered', messageId: slotMessages()[0]!.ts });
    expect(await store.getNotice(noticeId('slot-unknown', key))).toMatchObject({ status: 'cancelled' });
    expect(slotMessages()).toHaveLength(1);
    expect(ownerMessages()).toEqual([]);
  });

  it('killed mid-send of a slot that never reached the channel: the owner is told it did not arrive', async () => {
    await setUp();
    const key = { subscriptionId, slotAt: SLOT };
    await store.claimSlot(key, 'dead-process', SLOT);
    await store.markSlotSending(key, SLOT);

    clock.set('2025-01-14T08:02:00Z');
    await startScheduler();
    expect(await store.getSlot(key)).toMatchObject({ status: 'unknown' });
    expect(slotMessages()).toEqual([]);
    expect(ownerMessages()).toHaveLength(1);
    expect(ownerMessages()[0]!.text).toMatch(/^The .* briefing of your subscription .* did not arrive in channel C42/);
  });
});
