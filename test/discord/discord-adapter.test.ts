// /brief end to end: real discord.js, logged in to a fake Discord on 127.0.0.1.

import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_ERROR, EPHEMERAL } from '../../adapters/discord/constants.ts';
import { createDiscordAdapter } from '../../adapters/discord/create-discord-adapter.ts';
import { partButtonId } from '../../adapters/discord/part-buttons.ts';
import type { CommandHandler } from '../../src/commands/command.ts';
import {
  briefAutocomplete,
  briefCommand,
  buttonPress,
  directMessage,
  MODERATOR_PERMISSIONS,
  newAsker,
  type Where,
} from './fake/interaction-payloads.ts';
import { snowflake } from './fake/snowflakes.ts';
import { makeBriefing, recordingLogger } from './fixtures.ts';
import { type Harness, type HarnessOptions, startHarness } from './harness.ts';
import { nonceFor } from '../../adapters/discord/post-to-channel.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(options: HarnessOptions = {}): Promise<Harness> {
  h = await startHarness(options);
  return h;
}

const inGuild = (h: Harness, permissions?: bigint): Where => ({ guildId: h.guildId, channelId: h.channelId, ...(permissions ? { permissions } : {}) });
const isEdit = (token: string) => (r: { method: string; path: string }) => r.method === 'PATCH' && r.path.includes(token);
const callbacksOf = (h: Harness, id: string) => h.fake.requestsTo('POST', new RegExp(`^/interactions/${id}/`));

describe('/brief now', () => {
  it('in a guild: deferred privately at once; the briefing is posted for the channel and the placeholder removed', async () => {
    const h = await harness();
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now', options: { topic: 'blinken' } });
    h.fake.sendInteraction(call);
    await h.fake.waitForRequest((r) => r.method === 'DELETE' && r.path.includes(call.token));

    expect(callbacksOf(h, call.id).map((r) => r.body)).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
    const steps = h.fake.requests.filter((r) => r.path.includes(call.token) && !r.path.endsWith('/callback'));
    expect(steps.map((r) => r.method)).toEqual(['PATCH', 'POST', 'DELETE']);
    // Only the asker ever saw the placeholder; the channel sees the briefing, with its buttons.
    const [, post] = steps;
    expect(post!.body.flags ?? 0).toBe(0);
    expect(post!.body.embeds[0].title).toBe('Blinken and Park talk security in Seoul');
    expect(post!.body.allowed_mentions).toEqual({ parse: [] });
    const buttons = post!.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(buttons).toEqual(['quotes', 'questions', 'sources'].map((p) => partButtonId(p as 'quotes', 'story-blinken-seoul')));
    expect(h.handler.calls[0]).toMatchObject({
      text: 'blinken',
      context: { platform: 'discord', channelId: h.channelId, workspaceId: h.guildId, isDirectMessage: false, style: 'discord-options' },
    });
    expect(h.fake.rejections).toEqual([]);
  });

  it('in a guild, an error replaces the asker’s own "thinking…": nothing is shown to the channel, nothing flickers', async () => {
    const h = await harness();
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now', options: { topic: 'nothing matches' } });
    h.fake.sendInteraction(call);
    const edit = await h.fake.waitForRequest(isEdit(call.token));
    expect(callbacksOf(h, call.id).map((r) => r.body)).toEqual([{ type: 5, data: { flags: EPHEMERAL } }]);
    expect(edit.body.content).toContain('No story matches that');
    // Wait for the handler's last word (the next interaction is answered after this one).
    const next = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'help' });
    h.fake.sendInteraction(next);
    await h.fake.waitForRequest((r) => r.path === `/interactions/${next.id}/${next.token}/callback`);
    expect(h.fake.requests.filter((r) => r.path.includes(call.token)).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('the deferral comes before the handler runs, so a slow build never misses the 3 s deadline', async () => {
    const h = await harness({ slowAnswers: true });
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now', options: { topic: 'blinken' } });
    h.fake.sendInteraction(call);
    await h.fake.waitForRequest((r) => r.method === 'DELETE' && r.path.includes(call.token));
    expect(callbacksOf(h, call.id)[0]!.status).toBe(204);
    expect(h.fake.rejections).toEqual([]);
  });

  it('in a DM with the bot: deferred, then the answer replaces it (nobody else can see a DM)', async () => {
    const h = await harness();
    const dmChannelId = snowflake();
    const asker = newAsker();
    const call = briefCommand(h.fake.applicationId, asker, { dmChannelId }, { subcommand: 'now' });
    h.fake.sendInteraction(call);
    const edit = await h.fake.waitForRequest(isEdit(call.token));

    expect(callbacksOf(h, call.id)[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit.path).toBe(`/webhooks/${h.fake.applicationId}/${call.token}/messages/@original`);
    expect(edit.body.embeds[0].title).toBe('Top stories');
    expect(h.handler.calls[0]).toEqual({
      text: '',
      context: {
        platform: 'discord',
        userId: asker.id,
        channelId: dmChannelId,
        isDirectMessage: true,
        now: new Date('2023-11-09T08:00:00Z'),
        style: 'discord-options',
      },
    });
    expect(h.fake.rejections).toEqual([]);
  });

  it('a long briefing continues in follow-up messages, buttons under the last', async () => {
    const h = await harness({ briefing: makeBriefing({ keyPoints: 40, wordsEach: 60, quotes: 12, questions: 9, sources: 14 }) });
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now', options: { topic: 'blinken' } });
    h.fake.sendInteraction(call);
    await h.fake.waitForRequest((r) => r.method === 'DELETE' && r.path.includes(call.token));

    const followUps = h.fake.requestsTo('POST', new RegExp(`^/webhooks/\\d+/${call.token}$`));
    expect(followUps.length).toBeGreaterThan(1);
    expect(followUps.every((r) => r.query.get('wait') === 'true' && !(r.body.flags & EPHEMERAL))).toBe(true);
    expect(followUps.slice(0, -1).every((r) => (r.body.components ?? []).length === 0)).toBe(true);
    expect(followUps.at(-1)!.body.components.length).toBeGreaterThan(0);
    expect(h.fake.rejections).toEqual([]);
  });
});

describe('direct messages', () => {
  it('a plain DM is answered in the DM, as a reply to it', async () => {
    const h = await harness();
    const dmChannelId = snowflake();
    const asker = newAsker();
    const message = directMessage(asker, dmChannelId, 'brief me on blinken');
    h.fake.dispatch('MESSAGE_CREATE', message);
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dmChannelId}/messages`);

    expect(h.handler.calls[0]).toMatchObject({ text: 'blinken', context: { userId: asker.id, channelId: dmChannelId, isDirectMessage: true } });
    expect(post.body.message_reference).toEqual({ message_id: message.id, fail_if_not_exists: false });
    expect(post.body.embeds[0].title).toBe('Blinken and Park talk security in Seoul');
    // Keyed by the message answered: a create discord.js repeats after a 5xx returns the first answer.
    expect(post.body).toMatchObject({ nonce: nonceFor(`answer:${message.id}`, 0), enforce_nonce: true });
    expect(h.fake.rejections).toEqual([]);
  });

  it('help is the handler’s own, asked for in Discord’s style (options), answered at once', async () => {
    const h = await harness();
    const call = briefCommand(h.fake.applicationId, newAsker(), { dmChannelId: snowflake() }, { subcommand: 'help' });
    h.fake.sendInteraction(call);
    const answer = await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
    // Plain replies are Markdown-escaped (a user's words in them must not become live Markdown).
    expect(answer.body.data.content).toBe('Use \\`/brief now\\`, \\`/brief subscribe daily 08:00\\`.');
    expect(h.handler.calls[0]?.context.style).toBe('discord-options');
  });
});

describe('autocomplete', () => {
  const cases: [string, string, Record<string, string>, string[]][] = [
    ['topic, nothing typed: the top stories', 'topic', { topic: '' }, ['Blinken visits Seoul', 'Harbour strike in Valdora', 'Rail fares rise again']],
    ['topic, words typed: the matching story first', 'topic', { topic: 'rail' }, ['Rail fares rise again']],
    ['timezone: zones containing the words', 'timezone', { schedule: 'daily 08:00', timezone: 'seoul' }, ['Asia/Seoul']],
  ];
  it.each(cases)('%s', async (_name, focused, options, expected) => {
    const h = await harness();
    const subcommand = focused === 'timezone' ? 'subscribe' : 'now';
    const call = briefAutocomplete(h.fake.applicationId, newAsker(), inGuild(h), { subcommand, options, focused });
    h.fake.sendInteraction(call);
    const answer = await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);

    expect(answer.body.type).toBe(8);
    expect(answer.body.data.choices.map((c: { value: string }) => c.value)).toEqual(expected);
    expect(answer.status).toBe(204);
  });
});

describe('subscribe and unsubscribe', () => {
  it('are refused in a server without Manage Channels, and the handler never runs', async () => {
    const h = await harness();
    for (const subcommand of ['subscribe', 'unsubscribe']) {
      const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand, options: subcommand === 'subscribe' ? { schedule: 'daily 08:00' } : {} });
      h.fake.sendInteraction(call);
      const answer = await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
      expect(answer.body.type).toBe(4);
      expect(answer.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(answer.body.data.content).toContain('Manage Channels');
    }
    expect(h.handler.calls).toEqual([]);
    expect(h.fake.rejections).toEqual([]);
  });

  it('with Manage Channels: options mapped to the command text, a slow answer deferred privately', async () => {
    const h = await harness({ slowAnswers: true });
    const options = { schedule: 'daily 08:00', timezone: 'Seoul', topic: 'Rail fares rise again' };
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h, MODERATOR_PERMISSIONS), { subcommand: 'subscribe', options });
    h.fake.sendInteraction(call);
    const edit = await h.fake.waitForRequest(isEdit(call.token));

    expect(callbacksOf(h, call.id)[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(h.handler.calls[0]?.text).toBe('subscribe daily 08:00 Asia/Seoul "Rail fares rise again"');
    expect(edit.body.content).toBe('Subscribed: daily 08:00 Asia/Seoul "Rail fares rise again"');
    expect(h.fake.rejections).toEqual([]);
  });

  it('in a DM need no server permission', async () => {
    const h = await harness();
    const call = briefCommand(h.fake.applicationId, newAsker(), { dmChannelId: snowflake() }, { subcommand: 'subscribe', options: { schedule: 'weekdays 07:30' } });
    h.fake.sendInteraction(call);
    await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
    expect(h.handler.calls[0]?.text).toBe('subscribe weekdays 07:30');
  });

  it('a timezone field that is no zone is refused at once with the nearest one, and the handler never runs', async () => {
    const h = await harness();
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h, MODERATOR_PERMISSIONS), {
      subcommand: 'subscribe',
      options: { schedule: 'daily 08:00', timezone: 'Seol' },
    });
    h.fake.sendInteraction(call);
    const answer = await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
    expect(answer.body).toMatchObject({ type: 4, data: { content: "unknown timezone 'Seol' — did you mean Asia/Seoul?", flags: EPHEMERAL } });
    expect(h.handler.calls).toEqual([]);
  });

  it('are refused when the bot itself may not post in the channel', async () => {
    const h = await harness();
    const where = { ...inGuild(h, MODERATOR_PERMISSIONS), appPermissions: 1n << 10n };
    const call = briefCommand(h.fake.applicationId, newAsker(), where, { subcommand: 'subscribe', options: { schedule: 'daily 08:00' } });
    h.fake.sendInteraction(call);
    const answer = await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
    expect(answer.body.data.content).toContain('Send Messages');
    expect(h.handler.calls).toEqual([]);
  });
});

describe('buttons under a briefing', () => {
  it('show that part in full, ephemerally, rebuilt through the NewsDesk', async () => {
    const h = await harness({ briefing: makeBriefing({ quotes: 9 }) });
    const call = buttonPress(h.fake.applicationId, newAsker(), inGuild(h), partButtonId('quotes', 'story-blinken-seoul'));
    h.fake.sendInteraction(call);
    const edit = await h.fake.waitForRequest(isEdit(call.token));

    expect(callbacksOf(h, call.id)[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(h.desk.briefed).toEqual(['story-blinken-seoul']);
    expect(edit.body.embeds[0].title).toMatch(/^Key quotes/);
    expect(edit.body.embeds[0].description).toContain('Quote 8:');
    expect(h.fake.rejections).toEqual([]);
  });
});

describe('failures', () => {
  it('an expired interaction (10062) is logged, and the bot keeps answering', async () => {
    const h = await harness();
    const late = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now' });
    h.fake.sendInteraction(late, { deadlineMs: -1 });
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${late.id}/`));
    await expect.poll(() => h.logs.find((l) => l.code === DISCORD_ERROR.unknownInteraction)?.level).toBe(40);

    const next = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now' });
    h.fake.sendInteraction(next);
    const answered = await h.fake.waitForRequest((r) => r.path === `/interactions/${next.id}/${next.token}/callback`);
    expect(answered.status).toBe(204);
    expect(h.fake.requestsTo('PATCH', new RegExp(late.token))).toEqual([]);
  });

  it('a failing build is logged and the asker told privately', async () => {
    const broken: CommandHandler = {
      async handle() {
        throw new Error('store is locked');
      },
    };
    const h = await harness({ commandHandler: broken });
    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now' });
    h.fake.sendInteraction(call);
    // Deferred privately before the build, so the failure replaces the asker's own placeholder.
    const edit = await h.fake.waitForRequest(isEdit(call.token));
    expect(callbacksOf(h, call.id)[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(edit.body.content).toMatch(/something went wrong/);
    expect(h.logs.some((l) => l.msg === 'interaction failed' && l.level === 50)).toBe(true);
  });

  it('a dropped gateway connection is resumed, and interactions still arrive', async () => {
    const h = await harness();
    h.fake.dropGateway(4000);
    await h.fake.waitForSessions(2);
    expect(h.fake.resumes).toBe(1);

    const call = briefCommand(h.fake.applicationId, newAsker(), inGuild(h), { subcommand: 'now' });
    h.fake.sendInteraction(call);
    await h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
    expect(h.fake.identifies).toBe(1);
  });

  it('a wrong token makes start() fail instead of hanging', async () => {
    const h = await harness();
    const wrong = createDiscordAdapter({ token: 'not-the-token', apiUrl: h.fake.apiUrl, commandHandler: h.handler, newsDesk: h.desk, logger: recordingLogger().logger });
    await expect(wrong.start()).rejects.toThrow(/401|Unauthorized|token/i);
    await wrong.stop();
  });

  it('logs in with the Guilds and DirectMessages intents only', async () => {
    const h = await harness();
    expect(h.fake.identifyIntents).toEqual([(1 << 0) | (1 << 12)]);
  });
});
