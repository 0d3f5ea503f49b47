// Several instances split the Discord gateway: DISCORD_SHARDS of DISCORD_SHARD_COUNT. Each
// instance (a real discord.js client) identifies with its shards only, hears only of its own
// guilds, and answers the interactions Discord routes to them; scheduled posts go over REST.
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/create-discord-adapter.ts';
import { readDiscordConfig, readShards } from '../../adapters/discord/discord-config.ts';
import { FakeDiscord } from './fake/fake-discord.ts';
import { briefCommand, newAsker } from './fake/interaction-payloads.ts';
import { snowflake } from './fake/snowflakes.ts';
import { makeBriefing, recordingHandler, recordingLogger, storyDesk } from './fixtures.ts';

describe('DISCORD_SHARDS and DISCORD_SHARD_COUNT', () => {
  it.each([
    ['0,1', '4', { ids: [0, 1], count: 4 }],
    [' 3 ', '4', { ids: [3], count: 4 }],
    ['0-2,5', '8', { ids: [0, 1, 2, 5], count: 8 }],
    ['1,0,1', '2', { ids: [0, 1], count: 2 }],
  ])('DISCORD_SHARDS=%s of %s', (ids, count, expected) => {
    expect(readShards(ids, count)).toEqual(expected);
    expect(readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: ids, DISCORD_SHARD_COUNT: count })?.shards).toEqual(expected);
  });

  it('runs every shard when neither is set', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: 't' })?.shards).toBeUndefined();
  });

  it.each([
    ['0,1', undefined, /go together/],
    [undefined, '4', /go together/],
    ['4', '4', /shard 4 does not exist with DISCORD_SHARD_COUNT=4 \(shards are 0 to 3\)/],
    ['a,b', '4', /must list shard numbers like 0,1 or 0-3/],
    ['3-1', '4', /runs backwards/],
    ['0', '0', /at least 1/],
  ])('refuses DISCORD_SHARDS=%s with DISCORD_SHARD_COUNT=%s', (ids, count, message) => {
    expect(() => readShards(ids, count)).toThrow(message);
  });
});

/** A guild id whose events Discord sends on `shard` of `count`. */
function guildOnShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake();
    if (FakeDiscord.shardOf(id, count) === shard) return id;
  }
}

describe('two instances, one shard each', () => {
  let fake: FakeDiscord | undefined;
  const adapters: DiscordAdapter[] = [];
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.stop();
    await fake?.close();
  });

  it('each identifies with its shard, sees its own guilds, and answers only their interactions', async () => {
    const guilds = [0, 1].map((shard) => ({ id: guildOnShard(shard, 2), name: `Guild on shard ${shard}`, channelIds: [snowflake()] }));
    fake = await FakeDiscord.start({ guilds });
    const handlers = [recordingHandler(makeBriefing()), recordingHandler(makeBriefing())];
    for (const shard of [0, 1]) {
      const adapter = createDiscordAdapter({
        token: fake.token,
        apiUrl: fake.apiUrl,
        commandHandler: handlers[shard]!,
        newsDesk: storyDesk(),
        logger: recordingLogger().logger,
        shards: { ids: [shard], count: 2 },
      });
      adapters.push(adapter);
      await adapter.start();
    }
    expect(fake.identifiedShards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(adapters.map((a) => [...a.client.guilds.cache.keys()])).toEqual([[guilds[0]!.id], [guilds[1]!.id]]);

    const asked = guilds.map((guild) =>
      briefCommand(fake!.applicationId, newAsker(), { guildId: guild.id, channelId: guild.channelIds[0]! }, { subcommand: 'now', options: { topic: 'blinken' } }),
    );
    for (const call of asked) fake.sendInteraction(call);
    for (const call of asked) await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(call.token));
    expect(handlers.map((h) => h.calls.map((c) => c.context.channelId))).toEqual([[guilds[0]!.channelIds[0]], [guilds[1]!.channelIds[0]]]);

    // A scheduled post goes over REST from either instance, whatever the channel's shard.
    const posted = await adapters[0]!.deliver(
      { platform: 'discord', channelId: guilds[1]!.channelIds[0]!, isDirectMessage: false },
      { kind: 'message', text: 'Scheduled', ephemeral: false },
    );
    expect(posted.messageId).toMatch(/^\d+$/);
    expect(fake.rejections).toEqual([]);
  });
});
