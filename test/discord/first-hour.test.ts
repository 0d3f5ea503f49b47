// A new user's first hour on Discord, end to end: real discord.js against the fake Discord, the
// core's command handler, the demo corpus's one-story desk and an in-memory SQLite store. Each
// answer is in Discord's own idiom: commands with options, `<t:…>` dates, private errors with
// no "thinking…" flicker, suggestions for topics and subscription ids.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../adapters/discord/constants.ts';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { createSqliteStore } from '../../adapters/store/sqlite-store.ts';
import type { Store } from '../../adapters/store/store.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import { briefAutocomplete, briefCommand, directMessage, MODERATOR_PERMISSIONS, newAsker } from './fake/interaction-payloads.ts';
import { snowflake } from './fake/snowflakes.ts';
import { firstAnswer, type Harness, startHarness } from './harness.ts';

let h: Harness;
let store: Store;
let desk: NewsDesk;

beforeEach(async () => {
  store = createSqliteStore(':memory:');
  desk = createStaticNewsDesk(loadPaths([demoCorpusDir]).articles, { generatedAt: '2026-11-23T07:59:27.432Z' });
  // Warm: the first answer is then quick, as a running bot's is.
  await desk.findStory('ferry');
  const commandHandler = createCommandHandler({ newsDesk: desk, subscriptions: store });
  h = await startHarness({ commandHandler, newsDesk: desk, subscriptions: store, now: () => new Date('2026-11-23T08:00:00Z') });
});
afterEach(async () => {
  await h.close();
  await store.close();
});

const inServer = (permissions?: bigint) => ({ guildId: h.guildId, channelId: h.channelId, ...(permissions ? { permissions } : {}) });
const callback = (call: Record<string, unknown>) =>
  h.fake.waitForRequest((r) => r.path === `/interactions/${call.id}/${call.token}/callback`);
const laterSteps = (call: Record<string, unknown>) =>
  h.fake.requests.filter((r) => r.path.includes(String(call.token)) && !r.path.endsWith('/callback'));

describe('first hour on Discord', () => {
  it('/brief help speaks Discord: subcommands with options, and who may subscribe', async () => {
    const call = briefCommand(h.fake.applicationId, newAsker(), inServer(), { subcommand: 'help' });
    h.fake.sendInteraction(call);
    const answer = await callback(call);
    // As Discord shows it: plain replies are Markdown-escaped.
    const help: string = answer.body.data.content.replace(/\\(.)/g, '$1');
    expect(answer.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(help).toContain('/brief now — the top stories now');
    expect(help).toContain('/brief now topic:<words>');
    expect(help).toContain('/brief subscribe schedule:daily 08:00 timezone:Asia/Seoul topic:korea');
    expect(help).toContain('/brief resume [id:<id>]');
    expect(help).toContain('need the Manage Channels permission');
    expect(help).not.toMatch(/^\/brief <topic>/m);
    expect(help).not.toContain('Try /brief alone');
    expect(h.fake.rejections).toEqual([]);
  });

  it('a DM that says hello gets a welcome, not "No story matches"', async () => {
    const dmChannelId = snowflake();
    h.fake.dispatch('MESSAGE_CREATE', directMessage(newAsker(), dmChannelId, 'hello'));
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${dmChannelId}/messages`);
    expect(post.body.content).toMatch(/^Hello! Briefings: one story/);
    expect(post.body.content).not.toContain('No story matches');
  });

  it('a topic that matches nothing is answered privately, in place of the asker’s own "thinking…", with the Discord way to get the top stories', async () => {
    const call = briefCommand(h.fake.applicationId, newAsker(), inServer(), { subcommand: 'now', options: { topic: 'korea news' } });
    h.fake.sendInteraction(call);
    expect((await callback(call)).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await h.fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(String(call.token)));
    expect(edit.body.content).toBe('No story matches “korea news”. Try /brief now for the top stories.');
    // The next command is answered after this one: by then any further step would have been sent.
    const next = briefCommand(h.fake.applicationId, newAsker(), inServer(), { subcommand: 'help' });
    h.fake.sendInteraction(next);
    await callback(next);
    // Nothing was shown to the channel: no public placeholder, no "Answered privately.", no delete.
    expect(laterSteps(call).map((r) => r.method)).toEqual(['PATCH']);
  });

  it('a briefing shows its time as an embed timestamp and its sources’ dates as dates', async () => {
    const call = briefCommand(h.fake.applicationId, newAsker(), inServer(), { subcommand: 'now', options: { topic: 'ferry' } });
    h.fake.sendInteraction(call);
    const answer = await firstAnswer(h.fake, call);
    const [head] = answer.embeds;
    expect(head.title).toBe('Tessaly halts island ferries after cracks found in hulls');
    expect(head.footer.text).toBe('3 sources');
    expect(head.timestamp).toBe('2026-11-23T07:59:27.432Z');
    const sources = answer.embeds.find((e: { title: string }) => e.title === 'Sources');
    expect(sources.description).toContain('(20 Nov 2026, Port Ellis)');
    expect(JSON.stringify(answer.embeds)).not.toContain('generated 2026');
    expect(h.fake.rejections).toEqual([]);
  });

  it.each([
    ['ferry', true],
    ['ferries', true],
    ['tess', true],
    ['orrin isl', true],
    ['korea news', false],
  ])('topic suggestions for %j: the demo story %s', async (typed, offered) => {
    const call = briefAutocomplete(h.fake.applicationId, newAsker(), inServer(), { subcommand: 'now', options: { topic: typed }, focused: 'topic' });
    h.fake.sendInteraction(call);
    const answer = await callback(call);
    const values = answer.body.data.choices.map((c: { value: string }) => c.value);
    expect(values).toEqual(offered ? ['Tessaly halts island ferries after cracks found in hulls'] : []);
  });

  it('subscribe with a city as the timezone, then unsubscribe picks the id from suggestions', async () => {
    const owner = newAsker('editor');
    const subscribe = briefCommand(h.fake.applicationId, owner, inServer(MODERATOR_PERMISSIONS), {
      subcommand: 'subscribe',
      options: { schedule: 'daily 08:00', timezone: 'Seoul', topic: 'Seoul' },
    });
    h.fake.sendInteraction(subscribe);
    const confirmation = await firstAnswer(h.fake, subscribe);
    expect(confirmation.content).toMatch(/^Subscribed \(id \w+\): briefings on “Seoul”, daily 08:00 Asia\/Seoul; next Tue 24 Nov, 08:00 GMT\+9\.$/);
    const [subscription] = await store.listSubscriptions();
    expect(subscription).toMatchObject({ timezone: 'Asia/Seoul', topic: 'Seoul', origin: 'command' });

    const suggest = briefAutocomplete(h.fake.applicationId, owner, inServer(MODERATOR_PERMISSIONS), {
      subcommand: 'unsubscribe',
      options: { id: '' },
      focused: 'id',
    });
    h.fake.sendInteraction(suggest);
    const choices = (await callback(suggest)).body.data.choices;
    expect(choices).toEqual([{ name: expect.stringContaining(`${subscription!.id}: daily 08:00 Asia/Seoul · “Seoul”`), value: subscription!.id }]);

    const unsubscribe = briefCommand(h.fake.applicationId, owner, inServer(MODERATOR_PERMISSIONS), { subcommand: 'unsubscribe', options: { id: choices[0].value } });
    h.fake.sendInteraction(unsubscribe);
    expect((await firstAnswer(h.fake, unsubscribe)).content).toBe(`Unsubscribed ${subscription!.id} (daily 08:00 Asia/Seoul).`);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('/brief resume restarts a paused subscription, suggesting only paused ones', async () => {
    const owner = newAsker('editor');
    const paused = await store.addSubscription(
      { platform: 'discord', channelId: h.channelId, isDirectMessage: false, workspaceId: h.guildId, ownerUserId: owner.id, schedule: { kind: 'weekdays', hour: 7, minute: 30 }, timezone: 'UTC' },
      new Date('2026-11-01T00:00:00Z'),
    );
    await store.addSubscription(
      { platform: 'discord', channelId: h.channelId, isDirectMessage: false, workspaceId: h.guildId, ownerUserId: owner.id, schedule: { kind: 'daily', hour: 18, minute: 0 }, timezone: 'UTC' },
      new Date('2026-11-01T00:00:00Z'),
    );
    await store.pauseSubscription(paused.id, 'Missing Access', new Date('2026-11-02T00:00:00Z'));

    const suggest = briefAutocomplete(h.fake.applicationId, owner, inServer(MODERATOR_PERMISSIONS), { subcommand: 'resume', options: { id: '' }, focused: 'id' });
    h.fake.sendInteraction(suggest);
    expect((await callback(suggest)).body.data.choices.map((c: { value: string }) => c.value)).toEqual([paused.id]);

    const resume = briefCommand(h.fake.applicationId, owner, inServer(MODERATOR_PERMISSIONS), { subcommand: 'resume' });
    h.fake.sendInteraction(resume);
    expect((await firstAnswer(h.fake, resume)).content).toBe(`Resumed ${paused.id} (weekdays 07:30 UTC); next Tue 24 Nov, 07:30 UTC.`);
    expect((await store.getSubscription(paused.id))?.status).toBe('active');
  });
});
