import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import type { CommandContext, CommandHandler, CommandReply } from '../../src/commands/command.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import { createFakeDesk, makeBriefing } from './fixtures.ts';

const NOW = new Date('2025-01-14T00:00:00Z'); // a Tuesday; 09:00 in Seoul
const channel: CommandContext = { platform: 'slack', userId: 'U1', channelId: 'C1', isDirectMessage: false, workspaceId: 'T1', now: NOW };
const dm: CommandContext = { ...channel, channelId: 'D1', isDirectMessage: true };

function text(reply: CommandReply): string {
  if (reply.kind !== 'message') throw new Error(`expected a message, got ${reply.kind}`);
  return reply.text;
}

let store: Store;
let handler: CommandHandler;
let changes = 0;

beforeEach(() => {
  store = createSqliteStore(':memory:');
  changes = 0;
  const desk = createFakeDesk({
    'story-seoul': makeBriefing({ title: 'Blinken visits Seoul', keyPoints: ['Blinken met Yoon.'] }),
    'story-kyiv': makeBriefing({ title: 'Talks in Kyiv', keyPoints: ['Talks began.'] }),
  });
  handler = createCommandHandler({ newsDesk: desk, subscriptions: store, onSubscriptionsChanged: () => changes++ });
});
afterEach(() => store.close());

describe('createCommandHandler', () => {
  it('answers /brief with a digest and /brief <topic> with that story', async () => {
    const digest = await handler.handle('', channel);
    expect(digest.kind).toBe('digest');
    const briefing = await handler.handle('seoul', channel);
    expect(briefing).toMatchObject({ kind: 'briefing', storyId: 'story-seoul', briefing: { title: 'Blinken visits Seoul' } });
  });

  it('offers the closest stories when none matches', async () => {
    const reply = await handler.handle('mars landing', channel);
    expect(text(reply)).toContain('No story matches “mars landing” well. Closest:');
    expect(text(reply)).toContain('Talks in Kyiv');
  });

  it('says links are not supported when the desk cannot brief them', async () => {
    const reply = await handler.handle('https://example.com/a', channel);
    expect(reply).toMatchObject({ kind: 'message', isError: true });
  });

  it('subscribes with the next run in the subscription’s own timezone, then lists it', async () => {
    const reply = await handler.handle('subscribe daily 08:00 Asia/Seoul seoul', channel);
    expect(text(reply)).toMatch(/^Subscribed \(id [a-z0-9]{6}\): briefings on “seoul”, daily 08:00 Asia\/Seoul; next Wed 15 Jan, 08:00 GMT\+9\.$/);
    expect(changes).toBe(1);
    const list = text(await handler.handle('list', channel));
    expect(list).toMatch(/^1 subscription:\n• [a-z0-9]{6}: daily 08:00 Asia\/Seoul · “seoul” · made by command · next Wed 15 Jan, 08:00 GMT\+9$/);
  });

  it('uses the user’s timezone, then the workspace’s, when none is typed', async () => {
    await handler.handle('subscribe weekdays 07:30', { ...channel, userTimezone: 'America/New_York', workspaceTimezone: 'Europe/London' });
    await handler.handle('subscribe weekdays 07:45', { ...channel, workspaceTimezone: 'Europe/London' });
    const zones = (await store.listSubscriptions({ channelId: 'C1' })).map((s) => s.timezone);
    expect(zones).toEqual(['America/New_York', 'Europe/London']);
  });

  it('does not create the same subscription twice', async () => {
    await handler.handle('subscribe daily 08:00 UTC', channel);
    const again = text(await handler.handle('subscribe daily 08:00 UTC', channel));
    expect(again).toMatch(/^Already subscribed here:/);
    expect(await store.listSubscriptions({ channelId: 'C1' })).toHaveLength(1);
  });

  it('returns parse errors as error messages, never throwing', async () => {
    expect(await handler.handle('subscribe daily 08:00 Asia/Seol', channel)).toEqual({
      kind: 'message',
      text: "unknown timezone 'Asia/Seol' — did you mean Asia/Seoul?",
      ephemeral: true,
      isError: true,
    });
    expect(await handler.handle('subscribe at dawn', channel)).toMatchObject({
      text: 'schedule must be daily HH:MM, weekdays HH:MM or a cron expression',
      isError: true,
    });
  });

  it('turns a failing news desk into an error message', async () => {
    const broken = createCommandHandler({
      newsDesk: { ...createFakeDesk({}), topStories: async () => Promise.reject(new Error('feed index offline')) },
      subscriptions: store,
    });
    expect(await broken.handle('', channel)).toMatchObject({ kind: 'message', isError: true, text: expect.stringContaining('feed index offline') });
  });

  it('unsubscribes the only subscription of a channel without an id, and asks which when there are several', async () => {
    await handler.handle('subscribe daily 08:00 UTC', channel);
    expect(text(await handler.handle('unsubscribe', channel))).toMatch(/^Unsubscribed [a-z0-9]{6} \(daily 08:00 UTC\)\.$/);
    await handler.handle('subscribe daily 08:00 UTC', channel);
    await handler.handle('subscribe daily 09:00 UTC', channel);
    const ask = await handler.handle('unsubscribe', channel);
    expect(ask).toMatchObject({ isError: true, text: expect.stringMatching(/^this channel has 2 subscriptions; say which one/) });
    const [first] = await store.listSubscriptions({ channelId: 'C1' });
    expect(text(await handler.handle(`unsubscribe ${first!.id.toUpperCase()}`, channel))).toContain(`Unsubscribed ${first!.id}`);
    expect(await store.listSubscriptions({ channelId: 'C1' })).toHaveLength(1);
  });

  it('will not remove another channel’s subscription by id, except its owner from a DM', async () => {
    await handler.handle('subscribe daily 08:00 UTC', channel);
    const [sub] = await store.listSubscriptions({ channelId: 'C1' });
    const elsewhere = await handler.handle(`unsubscribe ${sub!.id}`, { ...channel, channelId: 'C2', userId: 'U2' });
    expect(elsewhere).toMatchObject({ isError: true, text: `no subscription '${sub!.id}' here; /brief list shows their ids` });
    const listed = text(await handler.handle('list', dm));
    expect(listed).toContain('in channel C1');
    expect(text(await handler.handle(`unsubscribe ${sub!.id}`, dm))).toContain('Unsubscribed');
  });

  it('lists a paused subscription with its reason, and reports status', async () => {
    await handler.handle('subscribe daily 08:00 UTC', channel);
    const [sub] = await store.listSubscriptions({ channelId: 'C1' });
    await store.pauseSubscription(sub!.id, 'channel_not_found', NOW);
    expect(text(await handler.handle('list', channel))).toContain('paused: channel_not_found');
    const status = text(await handler.handle('status', channel));
    expect(status).toContain('Sources: none configured (sources in briefbot.yaml).');
    expect(status).toContain('not run yet');
    await store.markSlotMissed({ subscriptionId: sub!.id, slotAt: new Date('2025-01-13T08:00:00Z') }, 'the bot was not running', NOW);
    expect(text(await handler.handle('status', channel))).toContain('last run Mon 13 Jan, 08:00 UTC: missed (the bot was not running)');
  });

  it('answers help with the commands', async () => {
    const help = text(await handler.handle('help', channel));
    for (const command of ['/brief subscribe', '/brief unsubscribe', '/brief list', '/brief status']) expect(help).toContain(command);
  });

  it.each([
    // [typed, timezone, topic, what the answer says]
    ['subscribe daily 08:00 Seoul korea', 'Asia/Seoul', 'korea', '(“Seoul” read as the timezone Asia/Seoul)'],
    ['subscribe daily 08:00 new york ferries', 'America/New_York', 'ferries', '(“new york” read as the timezone America/New_York)'],
    ['subscribe weekdays 07:30 LONDON "London"', 'Europe/London', 'London', '(“LONDON” read as the timezone Europe/London)'],
    ['subscribe daily 08:00 UTC Seoul', 'UTC', 'Seoul', 'daily 08:00 UTC;'],
    ['subscribe daily 08:00 "Seoul"', 'UTC', 'Seoul', 'daily 08:00 UTC;'],
  ])('%s → %s, topic %s', async (typed, zone, topic, says) => {
    const reply = text(await handler.handle(typed, channel));
    expect(reply).toContain(says);
    const [sub] = await store.listSubscriptions({ channelId: 'C1' });
    expect(sub).toMatchObject({ timezone: zone, topic });
  });

  it('asks whether a lone city is the timezone or the topic, with both commands ready, and subscribes to nothing', async () => {
    const reply = await handler.handle('subscribe daily 08:00 Seoul', channel);
    expect(reply).toMatchObject({ kind: 'message', ephemeral: true });
    expect(text(reply)).toBe(
      [
        '“Seoul” could be the timezone (Asia/Seoul) or the topic. Say which:',
        '• /brief subscribe daily 08:00 Asia/Seoul — the top stories at 08:00 Asia/Seoul time',
        '• /brief subscribe daily 08:00 UTC "Seoul" — briefings on Seoul, UTC time',
      ].join('\n'),
    );
    expect(await store.listSubscriptions({})).toHaveLength(0);
    // On Discord the same question names the options.
    const discord = text(await handler.handle('subscribe daily 08:00 Seoul', { ...channel, platform: 'discord', style: 'discord-options' }));
    expect(discord).toContain('/brief subscribe schedule:daily 08:00 timezone:Asia/Seoul');
  });

  it('resumes a paused subscription, by id or as the channel’s only paused one', async () => {
    await handler.handle('subscribe daily 08:00 UTC', channel);
    const [sub] = await store.listSubscriptions({ channelId: 'C1' });
    expect(await handler.handle('resume', channel)).toMatchObject({ isError: true, text: 'there are no paused subscriptions in this channel' });
    await store.pauseSubscription(sub!.id, 'channel_not_found', NOW);
    const resumed = text(await handler.handle('resume', channel));
    expect(resumed).toBe(`Resumed ${sub!.id} (daily 08:00 UTC); next Tue 14 Jan, 08:00 UTC.`);
    expect(await store.getSubscription(sub!.id)).toMatchObject({ status: 'active' });
    expect(text(await handler.handle(`resume ${sub!.id}`, channel))).toContain('is not paused');
    expect(await handler.handle('resume zzzzzz', channel)).toMatchObject({ isError: true, text: "no subscription 'zzzzzz' here; /brief list shows their ids" });
  });

  it('lists which subscriptions the configuration file owns, and leaves those to the file', async () => {
    const fromConfig = await store.ensureSubscription(
      { platform: 'slack', channelId: 'C1', isDirectMessage: false, ownerUserId: 'config', schedule: { kind: 'daily', hour: 7, minute: 0 }, timezone: 'UTC', origin: 'config' },
      NOW,
    );
    await handler.handle('subscribe daily 09:00 UTC', channel);
    const list = text(await handler.handle('list', channel));
    expect(list).toContain(`${fromConfig.id}: daily 07:00 UTC · top stories · from the configuration file`);
    expect(list).toMatch(/daily 09:00 UTC · top stories · made by command/);
    expect(await handler.handle(`unsubscribe ${fromConfig.id}`, channel)).toMatchObject({
      isError: true,
      text: `${fromConfig.id} comes from the configuration file (briefbot.yaml): remove it there and restart the bot`,
    });
    expect(await store.getSubscription(fromConfig.id)).toBeDefined();
  });

  it.each(['hello', 'Hi!', 'hey there', 'good morning', 'thanks'])('answers a greeting (%s) with a welcome, not a topic search', async (greeting) => {
    const reply = text(await handler.handle(greeting, dm));
    expect(reply).toMatch(/^Hello! Briefings: one story/);
    expect(reply).toContain('Try /brief for the top stories, /brief ferries for one story, or /brief help');
    expect(reply).not.toContain('No story matches');
  });

  it.each([
    ['slack', undefined, '/brief <topic>', 'yours (your Slack profile), else the workspace’s, else UTC', 'In a DM with me, type the words alone'],
    ['discord', 'discord-options', '/brief now topic:<words>', 'defaults to UTC', 'need the Manage Channels permission'],
    ['discord', undefined, '/brief <topic>', 'defaults to UTC', 'or use the /brief command with its options (/brief now topic:ferries)'],
    ['console', undefined, '/brief <topic>', 'defaults to UTC', 'At this prompt /brief is optional'],
  ] as const)('help on %s (%s) names its own commands', async (platform, style, topicCommand, zone, note) => {
    const help = text(await handler.handle('help', { ...channel, platform, ...(style ? { style } : {}) }));
    expect(help).toContain(topicCommand);
    expect(help).toContain(zone);
    expect(help).toContain(note);
    expect(help).toContain('resume');
    if (style === 'discord-options') {
      expect(help).not.toMatch(/^\/brief — /m);
      expect(help).toMatch(/^\/brief now — the top stories now$/m);
    }
    // Links only where the desk can fetch them.
    expect(help).not.toContain('<link>');
  });

  it('names the command as the Slack app calls it (SLACK_COMMAND)', async () => {
    const reply = text(await handler.handle('korea', { ...channel, commandName: '/news' }));
    expect(reply).toContain('No story matches “korea” well');
    const none = createCommandHandler({ newsDesk: { ...createFakeDesk({}), findStory: async () => ({ candidates: [] }) }, subscriptions: store });
    expect(text(await none.handle('korea', { ...channel, commandName: '/news' }))).toBe('No story matches “korea”. Try /news for the top stories.');
    expect(text(await none.handle('korea', { ...channel, platform: 'discord', style: 'discord-options' }))).toBe(
      'No story matches “korea”. Try /brief now for the top stories.',
    );
  });

  it('status counts the stories served, not only the articles taken in since the start', async () => {
    const desk = createFakeDesk({}, { counts: async () => ({ stories: 4, articles: 12 }), sourceStatus: async () => ['✓ Wire (feed x): 0 new articles since start'] });
    const withCounts = createCommandHandler({ newsDesk: desk, subscriptions: store });
    const status = text(await withCounts.handle('status', channel));
    expect(status).toMatch(/^Serving 4 stories \(12 articles\)\.\nSources:\n• ✓ Wire/);
  });
});
