// Scheduled posts through adapter.deliver (as the scheduler calls it), long briefings as
// threads, 429s waited out after Retry-After, and Slack errors mapped to DeliveryError.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError, type Destination } from '../../adapters/chat-adapter.ts';
import { CONTINUATION_FAILED_TEXT } from '../../adapters/slack/constants.ts';
import type { SlackMessage } from '../../src/render/slack-blocks.ts';
import { hugeBriefing, sampleBriefing, scriptedCommands } from './fixtures.ts';
import { brokenLimits } from './limits-check.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';

const CHANNEL: Destination = { platform: 'slack', channelId: 'C42', isDirectMessage: false, userId: 'U7' };

describe('Slack delivery', () => {
  let harness: SlackHarness;

  beforeEach(async () => {
    harness = await startSlackHarness('http', scriptedCommands(), { rateLimitRetries: 2 });
  });
  afterEach(async () => harness.stop());

  it('a scheduled briefing is posted to the subscribed channel without link previews', async () => {
    const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: sampleBriefing() });
    const [post] = harness.api.callsTo('chat.postMessage');
    expect(post!.args).toMatchObject({ channel: 'C42', unfurl_links: 'false', unfurl_media: 'false' });
    expect(receipt).toEqual({ messageId: '1001.000100' });
  });

  it('a scheduled briefing to a user opens the DM first', async () => {
    expect(await harness.adapter.openDirectMessage('U7')).toBe('D7');
    await harness.adapter.deliver({ platform: 'slack', channelId: 'U9', isDirectMessage: true }, { kind: 'briefing', briefing: sampleBriefing() });
    expect(harness.api.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['U7', 'U9']);
    expect(harness.api.callsTo('chat.postMessage')[0]!.args.channel).toBe('D9');
  });

  it('a briefing over the limits becomes a first message plus replies in its thread', async () => {
    const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: hugeBriefing() });
    const posts = harness.api.callsTo('chat.postMessage');
    expect(posts.length).toBeGreaterThan(2);
    expect(posts[0]!.args.thread_ts).toBeUndefined();
    expect(posts.slice(1).every((p) => p.args.thread_ts === receipt.messageId)).toBe(true);
    expect(receipt.continuationIds).toHaveLength(posts.length - 1);
    for (const post of posts) {
      const message = { text: String(post.args.text), blocks: post.args.blocks as SlackMessage['blocks'] };
      expect(brokenLimits(message)).toEqual([]);
    }
  });

  describe('a long briefing whose first message is posted but whose thread replies fail', () => {
    const topLevel = () => harness.api.callsTo('chat.postMessage').filter((p) => p.args.thread_ts === undefined);
    const inThread = () => harness.api.callsTo('chat.postMessage').filter((p) => p.args.thread_ts !== undefined);
    const continuationFailures = () => harness.logs.filter((l) => l.msg === 'slack: continuation message failed');

    it('refused for good: delivered with the first message, logged, no second top-level post', async () => {
      harness.api.failThreadReplies({ body: { ok: false, error: 'invalid_blocks' } });
      const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: hugeBriefing() });
      expect(topLevel()).toHaveLength(1);
      expect(receipt).toEqual({ messageId: '1001.000100' });
      // The failed continuation, then the (also refused) one-line notice; nothing after them.
      expect(inThread().map((p) => p.args.text)).toEqual([expect.stringContaining('(continued, 2 of'), CONTINUATION_FAILED_TEXT]);
      expect(continuationFailures()).toEqual([expect.objectContaining({ level: 50, code: 'invalid_blocks', channelId: 'C42', posted: 1 })]);
    });

    it('a thread reply failing once: the thread says the rest could not be posted', async () => {
      harness.api.failThreadReplies({ body: { ok: false, error: 'internal_error' } }, { times: 1 });
      const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: hugeBriefing() });
      expect(topLevel()).toHaveLength(1);
      expect(receipt).toEqual({ messageId: '1001.000100' });
      expect(inThread()).toHaveLength(2);
      expect(inThread()[1]!.args).toMatchObject({ text: CONTINUATION_FAILED_TEXT, thread_ts: '1001.000100' });
    });

    it('rate limited past the retries: delivered with the first message, the notice tried once without waiting', async () => {
      harness.api.failThreadReplies({ status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } });
      const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: hugeBriefing() });
      expect(receipt).toEqual({ messageId: '1001.000100' });
      expect(topLevel()).toHaveLength(1);
      expect(harness.waits).toEqual([30_000, 30_000]);
      expect(inThread()).toHaveLength(3 + 1); // the continuation and its 2 retries, then the notice
      expect(continuationFailures()).toEqual([expect.objectContaining({ code: 'rate_limited' })]);
    });

    it('a later thread reply failing keeps the ids of the replies already posted', async () => {
      harness.api.failThreadReplies({ body: { ok: false, error: 'invalid_blocks' } }, { after: 1, times: 1 });
      const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: hugeBriefing() });
      expect(topLevel()).toHaveLength(1);
      // First message 1001, first reply 1002; the second reply was refused, the notice is 1003.
      expect(receipt).toEqual({ messageId: '1001.000100', continuationIds: ['1002.000100'] });
      expect(inThread().map((p) => p.args.text)).toEqual([
        expect.stringContaining('(continued, 2 of'),
        expect.stringContaining('(continued, 3 of'),
        CONTINUATION_FAILED_TEXT,
      ]);
    });
  });

  it('a 429 is waited out for its Retry-After, then the same message is posted: nothing lost', async () => {
    harness.api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const receipt = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: sampleBriefing() });
    const posts = harness.api.callsTo('chat.postMessage');
    expect(harness.waits).toEqual([1000]);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.args).toEqual(posts[0]!.args);
    expect(receipt.messageId).toBe('1001.000100');
  });

  it('rate limited past the retries: a temporary DeliveryError carrying the wait', async () => {
    const limited = { status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } };
    harness.api.script('chat.postMessage', limited, limited, limited);
    const error = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: sampleBriefing() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, code: 'rate_limited', retryAfterMs: 30_000 });
    expect(harness.waits).toEqual([30_000, 30_000]);
  });

  it.each([
    ['channel_not_found', true],
    ['not_in_channel', true],
    ['is_archived', true],
    ['account_inactive', true],
    ['internal_error', false],
    ['fatal_error', false],
  ])('Slack error %s → DeliveryError, permanent: %s', async (slackError, permanent) => {
    harness.api.script('chat.postMessage', { body: { ok: false, error: slackError } });
    const error = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: sampleBriefing() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent, code: slackError });
  });

  it('an HTTP failure of the API is a temporary DeliveryError', async () => {
    harness.api.script('chat.postMessage', { status: 503, body: { ok: false } });
    const error = await harness.adapter.deliver(CHANNEL, { kind: 'briefing', briefing: sampleBriefing() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false, code: 'http_503' });
  });
});

describe('Slack adapter start', () => {
  it('fails at start with a permanent DeliveryError when Slack rejects the bot token', async () => {
    const start = startSlackHarness('socket', scriptedCommands(), {}, (api) => api.script('auth.test', { body: { ok: false, error: 'invalid_auth' } }));
    await expect(start).rejects.toMatchObject({ name: 'DeliveryError', code: 'invalid_auth' });
  });
});
