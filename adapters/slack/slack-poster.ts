// Posts a command reply to a Slack destination: the rendered first message, then the rest as
// replies in its thread (or all in the destination's thread). Ephemeral answers in a channel go
// to the asking user only.

import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CommandReply } from '../../src/commands/command.ts';
import { renderSlackBlocks, type SlackMessage } from '../../src/render/slack-blocks.ts';
import { type DeliveryReceipt, type Destination, DeliveryError } from '../chat-adapter.ts';
import { CONTINUATION_FAILED_TEXT } from './constants.ts';
import { callWithRateLimit, type RateLimitPolicy } from './rate-limit.ts';

export type SlackClient = App['client'];

export interface SlackPoster {
  deliver(destination: Destination, reply: CommandReply): Promise<DeliveryReceipt>;
  openDirectMessage(userId: string): Promise<string>;
}

const CONTINUATION_FAILED_MESSAGE: SlackMessage = {
  text: CONTINUATION_FAILED_TEXT,
  blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: CONTINUATION_FAILED_TEXT }] }],
};

export function createSlackPoster(client: SlackClient, policy: RateLimitPolicy, logger: Logger): SlackPoster {
  const call = <T>(fn: () => Promise<T>) => callWithRateLimit(fn, policy);
  // One attempt, no Retry-After wait: the "rest is missing" notice is a courtesy, not worth a delay.
  const callOnce = <T>(fn: () => Promise<T>) => callWithRateLimit(fn, { ...policy, retries: 0 });

  async function openDirectMessage(userId: string): Promise<string> {
    const opened = await call(() => client.conversations.open({ users: userId }));
    const id = opened.channel?.id;
    if (!id) throw new DeliveryError(`Slack opened no DM with ${userId}`, { permanent: false, code: 'no_dm_channel' });
    return id;
  }

  async function deliver(destination: Destination, reply: CommandReply): Promise<DeliveryReceipt> {
    const messages = renderSlackBlocks(reply);
    // A subscription may name the user rather than the DM channel; Slack user ids start U or W.
    const channel =
      destination.isDirectMessage && /^[UW]/.test(destination.channelId)
        ? await openDirectMessage(destination.channelId)
        : destination.channelId;
    const ephemeralTo = reply.kind === 'message' && reply.ephemeral && !destination.isDirectMessage ? destination.userId : undefined;

    /** Posts one message (ephemeral to the asker, or in the channel) and returns its ts. */
    async function post(message: SlackMessage, threadTs: string | undefined, callApi: typeof call): Promise<string> {
      const common = { channel, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
      if (ephemeralTo) {
        const posted = await callApi(() => client.chat.postEphemeral({ ...common, user: ephemeralTo }));
        return posted.message_ts ?? '';
      }
      // Source links would each unfurl into a preview card; the briefing already names them.
      const posted = await callApi(() => client.chat.postMessage({ ...common, unfurl_links: false, unfurl_media: false }));
      return posted.ts ?? '';
    }

    const ids: string[] = [];
    let threadTs = destination.threadId;
    for (const message of messages) {
      try {
        const ts = await post(message, threadTs, call);
        ids.push(ts);
        threadTs ??= ts;
      } catch (error) {
        if (ids.length === 0) throw error;
        // The briefing is already in the channel: report it delivered (a retry would post it
        // twice), log the missing continuation and say so in the thread.
        logger.error(
          { err: error, code: (error as DeliveryError).code, channelId: channel, posted: ids.length, of: messages.length },
          'slack: continuation message failed',
        );
        await post(CONTINUATION_FAILED_MESSAGE, threadTs, callOnce).catch((noticeError: unknown) => {
          logger.warn({ err: noticeError, channelId: channel }, 'slack: could not say the briefing is incomplete');
        });
        break;
      }
    }
    const [messageId = '', ...continuationIds] = ids;
    return continuationIds.length > 0 ? { messageId, continuationIds } : { messageId };
  }

  return { deliver, openDirectMessage };
}
