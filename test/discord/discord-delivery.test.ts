// Scheduled posts through adapter.deliver: real discord.js REST against a fake Discord.

import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../adapters/chat-adapter.ts';
import { DISCORD_ERROR } from '../../adapters/discord/constants.ts';
import type { CommandReply } from '../../src/commands/command.ts';
import { makeBriefing } from './fixtures.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function restOnly(): Promise<Harness> {
  h = await startHarness({ login: false });
  return h;
}

const briefingReply = (size = {}): CommandReply => ({ kind: 'briefing', briefing: makeBriefing(size), storyId: 'story-blinken-seoul' });
const toChannel = (channelId: string) => ({ platform: 'discord' as const, channelId, isDirectMessage: false, userId: '1200000000000000999' });

describe('deliver', () => {
  it('posts a scheduled briefing to a channel and returns its message id', async () => {
    const h = await restOnly();
    const receipt = await h.adapter.deliver(toChannel(h.channelId), briefingReply());
    const posts = h.fake.requestsTo('POST', new RegExp(`^/channels/${h.channelId}/messages$`));

    expect(posts).toHaveLength(1);
    expect(receipt).toEqual({ messageId: expect.stringMatching(/^\d+$/) });
    expect(posts[0]!.body.embeds[0].title).toBe('Blinken and Park talk security in Seoul');
    expect(posts[0]!.body.components[0].components).toHaveLength(3);
    expect(h.fake.rejections).toEqual([]);
  });

  it('posts a long briefing as several messages, within every limit', async () => {
    const h = await restOnly();
    const receipt = await h.adapter.deliver(toChannel(h.channelId), briefingReply({ keyPoints: 60, wordsEach: 80, quotes: 30, sources: 30 }));
    expect(receipt.continuationIds?.length).toBeGreaterThan(1);
    expect(h.fake.requestsTo('POST', /\/messages$/)).toHaveLength(1 + receipt.continuationIds!.length);
    expect(h.fake.rejections).toEqual([]);
  });

  it('opens a DM channel with a user and posts there', async () => {
    const h = await restOnly();
    const channelId = await h.adapter.openDirectMessage('1200000000000000777');
    await h.adapter.deliver({ platform: 'discord', channelId, isDirectMessage: true }, { kind: 'message', text: 'Your subscription was paused.', ephemeral: false });

    expect(h.fake.requestsTo('POST', /^\/users\/@me\/channels$/)[0]!.body).toEqual({ recipient_id: '1200000000000000777' });
    expect(h.fake.requestsTo('POST', new RegExp(`^/channels/${channelId}/messages$`))[0]!.body.content).toBe('Your subscription was paused.');
  });

  it('replies to a message when the destination names one', async () => {
    const h = await restOnly();
    await h.adapter.deliver({ ...toChannel(h.channelId), threadId: '1200000000000000555' }, briefingReply());
    expect(h.fake.requestsTo('POST', /\/messages$/)[0]!.body.message_reference).toEqual({ message_id: '1200000000000000555', fail_if_not_exists: false });
  });

  it('hands a 429 back as a "not posted" DeliveryError with its wait (the scheduler retries), then posts once', async () => {
    const h = await restOnly();
    h.fake.scriptChannelPosts(h.channelId, {
      status: 429,
      headers: { 'retry-after': '0.2', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });
    const limited = await h.adapter.deliver(toChannel(h.channelId), briefingReply()).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(DeliveryError);
    expect(limited).toMatchObject({ permanent: false, code: 'DISCORD_RATE_LIMITED', outcome: 'not-posted', retryAfterMs: expect.any(Number) });
    expect((limited as DeliveryError).retryAfterMs).toBeGreaterThanOrEqual(200);

    const receipt = await h.adapter.deliver(toChannel(h.channelId), briefingReply());
    expect(h.fake.requestsTo('POST', /\/messages$/).map((r) => r.status)).toEqual([429, 200]);
    expect(receipt.messageId).toMatch(/^\d+$/);
  });
});

describe('delivery failures', () => {
  const rows: [string, number, number, boolean, string][] = [
    ['403 Missing Permissions', 403, DISCORD_ERROR.missingPermissions, true, 'DISCORD_MISSING_PERMISSIONS'],
    ['403 Missing Access', 403, DISCORD_ERROR.missingAccess, true, 'DISCORD_MISSING_ACCESS'],
    ['403 without a known code', 403, 0, true, 'DISCORD_FORBIDDEN'],
    ['404 Unknown Channel', 404, DISCORD_ERROR.unknownChannel, true, 'DISCORD_UNKNOWN_CHANNEL'],
    ['403 cannot message this user', 403, DISCORD_ERROR.cannotMessageUser, true, 'DISCORD_CANNOT_MESSAGE_USER'],
    ['401 bad token (every subscription alike)', 401, 0, false, 'DISCORD_UNAUTHORIZED'],
    ['500 after the REST client retries', 500, 0, false, 'DISCORD_SERVER_ERROR'],
  ];
  it.each(rows)('%s → permanent %s', async (_name, status, code, permanent, errorCode) => {
    const h = await restOnly();
    const answer = { status, body: { message: `fake ${status}`, code } };
    h.fake.scriptChannelPosts(h.channelId, answer, answer, answer, answer);
    const failure = await h.adapter.deliver(toChannel(h.channelId), briefingReply()).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ permanent, code: errorCode });
  });

  it('a continuation that fails after the first message still counts as delivered (a retry would duplicate it)', async () => {
    const h = await restOnly();
    h.fake.scriptChannelPosts(h.channelId, 'accept', { status: 403, body: { message: 'Missing Permissions', code: DISCORD_ERROR.missingPermissions } });
    const receipt = await h.adapter.deliver(toChannel(h.channelId), briefingReply({ keyPoints: 60, wordsEach: 80, quotes: 30 }));

    expect(receipt).toEqual({ messageId: expect.stringMatching(/^\d+$/) });
    expect(h.fake.requestsTo('POST', /\/messages$/).map((r) => r.status)).toEqual([200, 403]);
    expect(h.logs.some((l) => l.msg === 'continuation message failed')).toBe(true);
  });
});
