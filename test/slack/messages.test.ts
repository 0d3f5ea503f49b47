// Direct messages and mentions end to end in Socket Mode, and Slack's retried events (over the
// WebSocket and over HTTP) handled once.

import { afterEach, describe, expect, it } from 'vitest';
import { BOT } from './fake-slack-api.ts';
import { scriptedCommands, type ScriptedCommands } from './fixtures.ts';
import { eventually, startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { directMessage, eventCallback, mention, signedHeaders } from './slack-payloads.ts';

let harness: SlackHarness;
let commands: ScriptedCommands;
afterEach(async () => harness.stop());

async function start(mode: 'socket' | 'http') {
  commands = scriptedCommands();
  harness = await startSlackHarness(mode, commands);
}

describe('direct messages and mentions', () => {
  it.each([
    ['brief me on korea', 'korea'],
    ['brief', ''],
    ['help', 'help'],
    ['<@UBOT> brief about the summit', 'the summit'],
  ])('a DM saying "%s" runs the command "%s" and answers in the DM', async (typed, expected) => {
    await start('socket');
    await harness.socket.send('events_api', eventCallback(`Ev-${typed}`, directMessage(typed)));
    const [post] = await harness.api.waitForCalls('chat.postMessage');
    expect(post!.args.channel).toBe('D123');
    expect(post!.args.thread_ts).toBeUndefined();
    expect(commands.seen).toEqual([{ text: expected, context: expect.objectContaining({ channelId: 'D123', isDirectMessage: true, userId: 'U123' }) }]);
  });

  it('ignores its own posts and edits in the DM', async () => {
    await start('socket');
    await harness.socket.send('events_api', eventCallback('Ev-own', { ...directMessage('brief'), user: BOT.userId, bot_id: BOT.botId }));
    await harness.socket.send('events_api', eventCallback('Ev-edit', { ...directMessage('brief'), subtype: 'message_changed' }));
    await harness.socket.send('events_api', eventCallback('Ev-real', directMessage('korea')));
    await harness.api.waitForCalls('chat.postMessage');
    expect(commands.seen.map((s) => s.text)).toEqual(['korea']);
  });

  it('@bot brief <topic> in a channel is answered in a thread under the mention', async () => {
    await start('socket');
    await harness.socket.send('events_api', eventCallback('Ev-m', mention('brief korea', '1700000001.000100')));
    const [post] = await harness.api.waitForCalls('chat.postMessage');
    expect(post!.args).toMatchObject({ channel: 'C1', thread_ts: '1700000001.000100' });
    expect(commands.seen[0]).toMatchObject({ text: 'korea', context: { isDirectMessage: false, channelId: 'C1' } });
  });

  it('a mention inside a thread answers in that same thread; help goes only to the asker', async () => {
    await start('socket');
    const inThread = { ...mention('help', '1700000009.000100'), thread_ts: '1700000005.000100' };
    await harness.socket.send('events_api', eventCallback('Ev-t', inThread));
    const [ephemeral] = await harness.api.waitForCalls('chat.postEphemeral');
    expect(ephemeral!.args).toMatchObject({ channel: 'C1', user: 'U123', thread_ts: '1700000005.000100' });
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('retried events are handled once', () => {
  it('over Socket Mode (retry_attempt on the envelope)', async () => {
    await start('socket');
    const event = eventCallback('Ev-retry', directMessage('korea'));
    await harness.socket.send('events_api', event);
    await harness.socket.send('events_api', event, { retry_attempt: 1, retry_reason: 'timeout' });
    await eventually(() => expect(harness.logs.some((l) => l.msg === 'slack: repeated event skipped')).toBe(true));
    await harness.api.waitForCalls('chat.postMessage');
    expect(commands.seen).toHaveLength(1);
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('over HTTP (x-slack-retry-num), each delivery acknowledged with 200', async () => {
    await start('http');
    const body = JSON.stringify(eventCallback('Ev-http-retry', mention('brief korea')));
    const first = await harness.post(body, 'application/json');
    const retry = await harness.post(body, 'application/json', { ...signedHeaders(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await eventually(() => expect(harness.logs.find((l) => l.msg === 'slack: repeated event skipped')).toMatchObject({ retryNum: 1, retryReason: 'http_timeout' }));
    await harness.api.waitForCalls('chat.postMessage');
    expect(commands.seen).toHaveLength(1);
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a different event with the same text is still answered', async () => {
    await start('socket');
    await harness.socket.send('events_api', eventCallback('Ev-a', directMessage('korea', '1.1')));
    await harness.socket.send('events_api', eventCallback('Ev-b', directMessage('korea', '1.2')));
    await harness.api.waitForCalls('chat.postMessage', 2);
    expect(commands.seen).toHaveLength(2);
  });
});
