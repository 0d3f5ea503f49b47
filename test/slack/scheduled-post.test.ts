// A scheduled post end to end: a subscription made by DM in Slack, the real scheduler on a manual
// clock, and the post arriving at the (fake) Slack API; a channel that is gone pauses it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { createScheduler } from '../../adapters/scheduler/scheduler.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import { nextFireTime } from '../../src/commands/next-fire-time.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { directMessage, eventCallback } from './slack-payloads.ts';

describe('a Slack subscription posted by the scheduler', () => {
  let harness: SlackHarness;
  let store: Store;

  beforeEach(async () => {
    store = createSqliteStore(':memory:');
  });
  afterEach(async () => {
    await harness.stop();
    await store.close();
  });

  async function subscribeByDm() {
    const newsDesk = createStaticNewsDesk(loadPaths([demoCorpusDir]).articles);
    harness = await startSlackHarness('socket', createCommandHandler({ newsDesk, subscriptions: store }));
    await harness.socket.send('events_api', eventCallback('Ev-sub', directMessage('subscribe daily 08:00')));
    await harness.api.waitForCalls('chat.postMessage', 1);
    const [subscription] = await store.listSubscriptions({ platform: 'slack' });
    const clock = createManualClock(new Date());
    const scheduler = createScheduler({
      store,
      adapters: new Map([['slack', harness.adapter]]),
      newsDesk,
      clock,
      wakeups: noWakeups,
      log: silentLog,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await scheduler.start();
    // A minute after the subscription's next 08:00 (in the user's timezone, from their profile).
    const slot = nextFireTime(subscription!.schedule, subscription!.timezone, clock.now());
    clock.set(new Date(slot!.getTime() + 60_000));
    return scheduler;
  }

  it('the daily briefing arrives in the DM where the subscription was made', async () => {
    const scheduler = await subscribeByDm();
    const outcomes = await scheduler.runDue();
    await scheduler.stop();
    expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered' })]);
    const posts = harness.api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2); // the "Subscribed" answer, then the scheduled post
    expect(posts[1]!.args.channel).toBe('D123');
    expect(JSON.stringify(posts[1]!.args.blocks)).toContain('Top stories');
  });

  it('a DM that is gone for good (channel_not_found) pauses the subscription instead of retrying', async () => {
    const scheduler = await subscribeByDm();
    harness.api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const outcomes = await scheduler.runDue();
    await scheduler.stop();
    expect(outcomes).toEqual([expect.objectContaining({ result: 'failed', paused: true })]);
    const [subscription] = await store.listSubscriptions({ platform: 'slack' });
    expect(subscription).toMatchObject({ status: 'paused' });
  });
});
