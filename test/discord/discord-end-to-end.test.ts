// The Discord adapter with the real pieces around it: the core's command handler, the static
// NewsDesk over the demo corpus, the SQLite store (in memory) and the scheduler, against a fake
// Discord. Subscribe in a channel, get the scheduled post, lose permission, get paused.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createManualClock, type ManualClock } from '../../adapters/scheduler/manual-clock.ts';
import { createScheduler } from '../../adapters/scheduler/scheduler.ts';
import { silentLog } from '../../adapters/scheduler/scheduler-log.ts';
import { noWakeups } from '../../adapters/scheduler/wakeups.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import { DISCORD_ERROR } from '../../adapters/discord/constants.ts';
import { parsePartButtonId } from '../../adapters/discord/part-buttons.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import { briefCommand, buttonPress, MODERATOR_PERMISSIONS, newAsker } from './fake/interaction-payloads.ts';
import { firstAnswer, type Harness, startHarness } from './harness.ts';

let h: Harness;
let store: Store;
let desk: NewsDesk;
let clock: ManualClock;

beforeEach(async () => {
  clock = createManualClock('2024-03-04T07:00:00Z');
  store = createSqliteStore(':memory:');
  desk = createStaticNewsDesk(loadPaths([demoCorpusDir]).articles, { generatedAt: '2024-03-04T07:00:00.000Z' });
  const commandHandler = createCommandHandler({ newsDesk: desk, subscriptions: store });
  h = await startHarness({ commandHandler, newsDesk: desk, now: () => clock.now() });
});
afterEach(async () => {
  await h.close();
  await store.close();
});

const where = (permissions?: bigint) => ({ guildId: h.guildId, channelId: h.channelId, ...(permissions ? { permissions } : {}) });

describe('with the real command handler', () => {
  it('/brief now briefs the demo story; its Sources button shows every source privately', async () => {
    const call = briefCommand(h.fake.applicationId, newAsker(), where(), { subcommand: 'now', options: { topic: 'ferries' } });
    h.fake.sendInteraction(call);
    const edit = { body: await firstAnswer(h.fake, call) };
    const [story] = await desk.topStories(1);
    expect(edit.body.embeds[0].title).toBe(story!.label);

    const sourcesId = edit.body.components[0].components.find((b: { label: string }) => b.label === 'Sources').custom_id;
    expect(parsePartButtonId(sourcesId)).toEqual({ part: 'sources', storyId: story!.id });
    const press = buttonPress(h.fake.applicationId, newAsker(), where(), sourcesId);
    h.fake.sendInteraction(press);
    const part = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(press.token));
    expect(part.body.embeds[0].title).toMatch(/^Sources — /);
    expect(part.body.embeds[0].description.split('\n')).toHaveLength(3);
    expect(h.fake.rejections).toEqual([]);
  });

  it('a topic that reads like a command stays a topic: /brief now cannot subscribe a channel', async () => {
    const call = briefCommand(h.fake.applicationId, newAsker(), where(), { subcommand: 'now', options: { topic: 'subscribe daily 08:00' } });
    h.fake.sendInteraction(call);
    await firstAnswer(h.fake, call);
    expect(await store.listSubscriptions()).toEqual([]);
  });
});

describe('subscribe, scheduled post, then the bot loses permission', () => {
  it('posts on schedule, and a 403 pauses the subscription and tells its owner by DM', async () => {
    const owner = newAsker('editor');
    const options = { schedule: 'daily 08:00', timezone: 'UTC' };
    const call = briefCommand(h.fake.applicationId, owner, where(MODERATOR_PERMISSIONS), { subcommand: 'subscribe', options });
    h.fake.sendInteraction(call);
    const confirmation = { body: await firstAnswer(h.fake, call) };
    // Answered publicly: the channel sees who subscribed it.
    expect(confirmation.body.content).toMatch(/^Subscribed \(id \w+\)/);
    expect(confirmation.body.flags ?? 0).toBe(0);
    const [subscription] = await store.listSubscriptions();
    expect(subscription).toMatchObject({ platform: 'discord', channelId: h.channelId, ownerUserId: owner.id, isDirectMessage: false, workspaceId: h.guildId });

    const scheduler = createScheduler({
      store,
      adapters: new Map([['discord', h.adapter]]),
      newsDesk: desk,
      clock,
      wakeups: noWakeups,
      log: silentLog,
      retry: { maxAttempts: 2, baseDelayMs: 10 },
    });
    await scheduler.start();
    try {
      clock.set('2024-03-04T08:00:30Z');
      expect((await scheduler.runDue()).map((o) => o.result)).toEqual(['delivered']);
      const post = h.fake.requestsTo('POST', new RegExp(`^/channels/${h.channelId}/messages$`));
      expect(post).toHaveLength(1);
      expect(post[0]!.body.embeds[0].title).toBeTruthy();

      h.fake.scriptChannelPosts(h.channelId, { status: 403, body: { message: 'Missing Permissions', code: DISCORD_ERROR.missingPermissions } });
      clock.set('2024-03-05T08:00:30Z');
      const [outcome] = await scheduler.runDue();
      expect(outcome).toMatchObject({ result: 'failed', paused: true, ownerTold: true });
      expect((await store.getSubscription(subscription!.id))?.status).toBe('paused');

      const dm = h.fake.requestsTo('POST', /^\/users\/@me\/channels$/);
      expect(dm.map((r) => r.body.recipient_id)).toEqual([owner.id]);
      const told = h.fake.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && !r.path.includes(h.channelId));
      expect(told).toHaveLength(1);
      expect(told[0]!.body.content).toMatch(/paused/i);
      expect(h.fake.requestsTo('POST', new RegExp(`^/channels/${h.channelId}/messages$`)).map((r) => r.status)).toEqual([200, 403]);
      expect(h.fake.rejections).toEqual([]);
    } finally {
      await scheduler.stop();
    }
  });

  it('subscribing in a DM with the bot posts to that DM channel', async () => {
    const asker = newAsker();
    const call = briefCommand(h.fake.applicationId, asker, { dmChannelId: '1300000000000000777' }, { subcommand: 'subscribe', options: { schedule: 'weekdays 07:30' } });
    h.fake.sendInteraction(call);
    const answer = await firstAnswer(h.fake, call);
    const [subscription] = await store.listSubscriptions();
    expect(subscription).toMatchObject({ channelId: '1300000000000000777', isDirectMessage: true, ownerUserId: asker.id });
    // In a DM nobody else can see the answer: a plain message, never flagged private.
    expect(answer.content).toMatch(/^Subscribed/);
    expect(answer.flags ?? 0).toBe(0);
  });
});
