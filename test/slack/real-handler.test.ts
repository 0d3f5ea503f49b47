// End to end with the real command handler, the static news desk over the bundled demo corpus
// and a throwaway SQLite store: Slack in, the core's answers out, a subscription's post delivered.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { destinationOf } from '../../adapters/scheduler/destination.ts';
import { BUILDING_TEXT } from '../../adapters/slack/constants.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import type { SlackMessage } from '../../src/render/slack-blocks.ts';
import { USER_TIMEZONE } from './fake-slack-api.ts';
import { brokenLimits } from './limits-check.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { directMessage, eventCallback, slashCommand } from './slack-payloads.ts';

describe('Slack with the real command handler and the demo corpus', () => {
  let harness: SlackHarness;
  let store: Store;
  let newsDesk: NewsDesk;

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    newsDesk = createStaticNewsDesk(loadPaths([demoCorpusDir]).articles);
    harness = await startSlackHarness('socket', createCommandHandler({ newsDesk, subscriptions: store }));
  });
  afterAll(async () => {
    await harness.stop();
    await store.close();
  });

  const slash = (text: string) => harness.socket.send('slash_commands', slashCommand(text, `${harness.api.url}/respond/1`));
  const posted = (i: number): SlackMessage => {
    const call = harness.api.callsTo('chat.postMessage')[i]!;
    return { text: String(call.args.text), blocks: call.args.blocks as SlackMessage['blocks'] };
  };

  it('/brief ferries posts the demo story’s briefing in the channel, within every limit', async () => {
    expect((await slash('ferries')).payload).toMatchObject({ text: BUILDING_TEXT });
    await harness.api.waitForCalls('chat.postMessage', 1);
    const message = posted(0);
    expect(message.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(message.blocks)).toContain('Ines Varga');
    expect(brokenLimits(message)).toEqual([]);
  });

  it('/brief with an unknown topic answers only the asker, saying how to get the top stories', async () => {
    const ack = await slash('volcano eruption');
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(String(ack.payload?.text)).toBe('No story matches “volcano eruption”. Try /brief for the top stories.');
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(1); // only the earlier briefing
  });

  it('/brief with a topic that half matches offers the story instead of briefing it', async () => {
    const [story] = await newsDesk.topStories(1);
    const ack = await slash('korea ferries');
    expect(String(ack.payload?.text)).toBe(`No story matches “korea ferries” well. Closest: • ${story!.label} (3 outlets)`);
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a DM "subscribe daily 08:00" creates the subscription; its scheduled post arrives in the DM', async () => {
    const before = harness.api.callsTo('chat.postMessage').length;
    await harness.socket.send('events_api', eventCallback('Ev-sub', directMessage('subscribe daily 08:00 Europe/Paris')));
    await harness.api.waitForCalls('chat.postMessage', before + 1);
    expect(JSON.stringify(posted(before).blocks)).toContain('Subscribed (id ');

    const [subscription] = await store.listSubscriptions({ platform: 'slack', channelId: 'D123' });
    expect(subscription).toMatchObject({ isDirectMessage: true, ownerUserId: 'U123', timezone: 'Europe/Paris' });
    const stories = await newsDesk.topStories(5);
    const receipt = await harness.adapter.deliver(destinationOf(subscription!), {
      kind: 'digest',
      digest: { title: 'Your morning briefing', generatedAt: '2026-11-21T07:00:00Z', stories },
    });
    const scheduled = harness.api.callsTo('chat.postMessage').at(-1)!;
    expect(scheduled.args.channel).toBe('D123');
    expect(receipt.messageId).toMatch(/^\d+\.\d+$/);
    expect(JSON.stringify(scheduled.args.blocks)).toContain('Your morning briefing');
  });

  it('a subscription without a timezone takes the one in the user’s Slack profile', async () => {
    await slash('subscribe weekdays 07:30');
    const subscriptions = await store.listSubscriptions({ platform: 'slack', channelId: 'C1' });
    expect(subscriptions).toEqual([expect.objectContaining({ timezone: USER_TIMEZONE, ownerUserId: 'U123' })]);
  });
});
