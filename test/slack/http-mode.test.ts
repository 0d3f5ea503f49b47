// `/brief` end to end in HTTP mode: signed requests to bolt's own receiver; unsigned, wrongly
// signed and stale requests are refused before any command runs.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILDING_TEXT } from '../../adapters/slack/constants.ts';
import { scriptedCommands, type ScriptedCommands } from './fixtures.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';
import { signedHeaders, slashCommand } from './slack-payloads.ts';

const FORM = 'application/x-www-form-urlencoded';

describe('Slack adapter in HTTP mode', () => {
  let harness: SlackHarness;
  let commands: ScriptedCommands;

  beforeEach(async () => {
    commands = scriptedCommands();
    harness = await startSlackHarness('http', commands);
  });
  afterEach(async () => harness.stop());

  const form = (text: string) => new URLSearchParams(slashCommand(text, `${harness.api.url}/respond/1`)).toString();

  it('/brief <topic>: the HTTP answer is the ephemeral "Building the briefing…", then the briefing is posted', async () => {
    const response = await harness.post(form('korea'), FORM);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral', text: BUILDING_TEXT });
    const [post] = await harness.api.waitForCalls('chat.postMessage');
    expect(post!.args.channel).toBe('C1');
    expect(JSON.stringify(post!.args.blocks)).toContain('Key points');
  });

  it.each([
    ['a wrong signature', (body: string) => signedHeaders(body, { secret: 'not-the-secret' })],
    ['a timestamp over 5 minutes old', (body: string) => signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })],
    ['no signature at all', () => ({})],
  ])('refuses a request with %s (401) and runs no command', async (_name, headersFor) => {
    const body = form('korea');
    const response = await harness.post(body, FORM, headersFor(body));
    expect(response.status).toBe(401);
    expect(commands.seen).toHaveLength(0);
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('an unknown topic answers ephemerally with the stories that do exist', async () => {
    const response = await harness.post(form('nothing'), FORM);
    const answer = (await response.json()) as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('Stories I know: Blinken visits Seoul');
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('an ephemeral answer longer than one message continues through response_url, still ephemeral', async () => {
    const answer = (await (await harness.post(form('long'), FORM)).json()) as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    const [more] = await harness.api.waitForCalls('/respond/1');
    expect(more!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(more!.args.blocks)).toContain('subscription 119:');
    expect(harness.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a failed build answers with a short reason, hides internals, and is logged with its cause', async () => {
    const answer = (await (await harness.post(form('boom'), FORM)).json()) as { text: string };
    expect(answer.text).toMatch(/^Sorry, I couldn't build that briefing: something went wrong/);
    expect(answer.text).not.toContain('/var/secret');
    const logged = harness.logs.find((line) => line.msg === 'slack: command failed');
    expect(logged).toMatchObject({ level: 50, text: 'boom', channelId: 'C1' });
    expect(JSON.stringify(logged)).toContain('database exploded');
  });

  it('a coded build error gives its own message as the reason', async () => {
    const answer = (await (await harness.post(form('bad'), FORM)).json()) as { text: string };
    expect(answer.text).toBe("Sorry, I couldn't build that briefing: No articles were found for that story.");
  });

  it('when the bot is not in the channel, the asker is told how to invite it (via response_url)', async () => {
    harness.api.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await harness.post(form('korea'), FORM);
    const [respond] = await harness.api.waitForCalls('/respond/1');
    expect(respond!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(respond!.args.text)).toContain('/invite');
  });
});
