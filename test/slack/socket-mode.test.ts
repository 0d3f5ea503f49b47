// `/brief` end to end in Socket Mode: real bolt, a local Web API and Socket Mode server.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILDING_TEXT } from '../../adapters/slack/constants.ts';
import type { CommandHandler } from '../../src/commands/command.ts';
import { HELP_TEXT, scriptedCommands, type ScriptedCommands } from './fixtures.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { slashCommand } from './slack-payloads.ts';

describe('Slack adapter in Socket Mode', () => {
  let harness: SlackHarness;
  let commands: ScriptedCommands;

  beforeEach(async () => {
    commands = scriptedCommands();
    harness = await startSlackHarness('socket', commands);
  });
  afterEach(async () => harness.stop());

  it('checks the bot token once (auth.test), then connects through apps.connections.open with the app token', () => {
    expect(harness.api.callsTo('auth.test').map((c) => c.authorization)).toEqual(['Bearer xoxb-test']);
    const opened = harness.api.callsTo('apps.connections.open');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.authorization).toBe('Bearer xapp-test');
  });

  it('/brief <topic>: acks "Building the briefing…" ephemerally, then posts the briefing in the channel', async () => {
    const ack = await harness.socket.send('slash_commands', slashCommand('korea', `${harness.api.url}/respond/1`));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: BUILDING_TEXT });

    const [post] = await harness.api.waitForCalls('chat.postMessage');
    expect(post!.authorization).toBe('Bearer xoxb-test');
    expect(post!.args.channel).toBe('C1');
    expect(post!.args.blocks).toContainEqual({ type: 'header', text: { type: 'plain_text', text: 'Blinken visits Seoul', emoji: true } });
    expect(String(post!.args.text)).toContain('Blinken visits Seoul');
    expect(commands.seen[0]).toMatchObject({ text: 'korea', context: { platform: 'slack', userId: 'U123', channelId: 'C1', isDirectMessage: false, workspaceId: 'T1', userTimezone: 'Asia/Seoul' } });
  });

  it('article text with <!channel> and <@U123> arrives at Slack escaped, in blocks and in the fallback text', async () => {
    await harness.socket.send('slash_commands', slashCommand('korea', `${harness.api.url}/respond/1`));
    const [post] = await harness.api.waitForCalls('chat.postMessage');
    const sent = JSON.stringify(post!.args);
    expect(sent).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(sent).not.toMatch(/<!channel>|<@U123>|<!here>|<!everyone>/);
    expect(String(post!.args.text)).toContain('&lt;!channel&gt;');
  });

  it('/brief help: the help text is the ephemeral ack, and nothing is posted to the channel', async () => {
    const ack = await harness.socket.send('slash_commands', slashCommand('help', `${harness.api.url}/respond/2`));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(ack.payload)).toContain('/brief &lt;topic&gt; — a briefing');
    expect(HELP_TEXT).toContain('/brief <topic>');
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('Slack adapter in Socket Mode, with a slow build', () => {
  it('acks "Building the briefing…" while the build is still running, then posts when it is done', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let finished = false;
    const slow: CommandHandler = {
      async handle(text, context) {
        await gate;
        finished = true;
        return scriptedCommands().handle(text, context);
      },
    };
    const harness = await startSlackHarness('socket', slow, { quickReplyMs: 10 });
    try {
      const ack = await harness.socket.send('slash_commands', slashCommand('korea', `${harness.api.url}/respond/1`));
      expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: BUILDING_TEXT });
      expect(finished).toBe(false);
      release();
      const [post] = await harness.api.waitForCalls('chat.postMessage');
      expect(post!.args.channel).toBe('C1');
    } finally {
      await harness.stop();
    }
  });

  it('a slow answer meant for the asker only goes through response_url, ephemeral', async () => {
    const slowHelp: CommandHandler = {
      handle: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { kind: 'message', text: 'You have no subscriptions.', ephemeral: true };
      },
    };
    const harness = await startSlackHarness('socket', slowHelp, { quickReplyMs: 1 });
    try {
      const ack = await harness.socket.send('slash_commands', slashCommand('list', `${harness.api.url}/respond/9`));
      expect(ack.payload).toMatchObject({ text: BUILDING_TEXT });
      const [respond] = await harness.api.waitForCalls('/respond/9');
      expect(respond!.args).toMatchObject({ response_type: 'ephemeral', text: 'You have no subscriptions.' });
      expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await harness.stop();
    }
  });
});
