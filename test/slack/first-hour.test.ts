// A new user's first hour on Slack, end to end: real bolt in Socket Mode against the fake Slack,
// the core's command handler over the demo corpus's one-story desk, an in-memory SQLite store.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import type { SlackBlock } from '../../src/render/slack-blocks.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { directMessage, eventCallback, slashCommand } from './slack-payloads.ts';

const textOf = (blocks: SlackBlock[]) =>
  blocks
    .map((b) => (b.type === 'section' ? b.text.text : b.type === 'context' ? b.elements.map((e) => e.text).join(' | ') : ''))
    .join('\n');

describe('first hour on Slack', () => {
  let harness: SlackHarness;
  let store: Store;

  beforeAll(async () => {
    store = createSqliteStore(':memory:');
    const newsDesk = createStaticNewsDesk(loadPaths([demoCorpusDir]).articles);
    await newsDesk.findStory('ferry'); // warm, as a running bot is
    harness = await startSlackHarness('socket', createCommandHandler({ newsDesk, subscriptions: store }));
  });
  afterAll(async () => {
    await harness.stop();
    await store.close();
  });

  let responses = 0;
  const slash = (text: string) => harness.socket.send('slash_commands', slashCommand(text, `${harness.api.url}/respond/${++responses}`));

  it('/brief help is Slack’s: typed commands, the user’s own timezone, DMs and mentions', async () => {
    const ack = await slash('help');
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    const help = textOf(ack.payload!.blocks as SlackBlock[]);
    expect(help).toContain('/brief &lt;topic&gt; — a briefing on the story that best matches the words');
    expect(help).toContain('The timezone defaults to yours (your Slack profile), else the workspace’s, else UTC');
    expect(help).toContain('In a DM with me, type the words alone');
    expect(help).toContain('/brief resume [id]');
    expect(help).not.toContain('topic:');
  });

  it('a DM that says hello gets a welcome', async () => {
    const before = harness.api.callsTo('chat.postMessage').length;
    await harness.socket.send('events_api', eventCallback('Ev-hello', directMessage('hello')));
    const [reply] = (await harness.api.waitForCalls('chat.postMessage', before + 1)).slice(before);
    expect(String(reply!.args.text)).toMatch(/^Hello! Briefings: one story/);
    expect(String(reply!.args.text)).toContain('Try /brief for the top stories, /brief ferries for one story');
  });

  it('/brief ferry (singular) finds the ferries story; actors read as lines and quotes carry roles', async () => {
    const before = harness.api.callsTo('chat.postMessage').length;
    await slash('ferry');
    const [post] = (await harness.api.waitForCalls('chat.postMessage', before + 1)).slice(before);
    const all = textOf(post!.args.blocks as SlackBlock[]);
    expect(all).toContain('*People:* Ines Varga (Transport Minister) · Marta Solheim (engineer, Tessaly Maritime Institute)');
    expect(all).toContain('*Places:* Orrin Islands · Port Ellis · Tessaly');
    expect(all).toContain('> — *Ines Varga*, Transport Minister');
  });

  it('/brief korea news does not brief the ferry story through its "news conference"', async () => {
    const before = harness.api.callsTo('chat.postMessage').length;
    const ack = await slash('korea news');
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'No story matches “korea news”. Try /brief for the top stories.' });
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(before);
  });

  it('/brief subscribe daily 08:00 Seoul korea takes Seoul as the timezone and says so', async () => {
    const ack = await slash('subscribe daily 08:00 Seoul korea');
    const answer = String(ack.payload?.text);
    expect(answer).toMatch(/^Subscribed \(id \w+\): briefings on “korea”, daily 08:00 Asia\/Seoul \(“Seoul” read as the timezone Asia\/Seoul\); next /);
    expect(await store.listSubscriptions({ platform: 'slack' })).toEqual([expect.objectContaining({ timezone: 'Asia/Seoul', topic: 'korea', origin: 'command' })]);
  });
});
