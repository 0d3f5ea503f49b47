// Posts a command reply to a Slack destination: the rendered first message, then the rest as
// replies in its thread (or all in the destination's thread). Ephemeral answers in a channel go
// to the asking user only.

import type { App } from '@slack/bolt';
import type { CommandReply } from '../../src/commands/command.ts';
import { renderSlackBlocks } from '../../src/render/slack-blocks.ts';
import { type DeliveryReceipt, type Destination, DeliveryError } from '../chat-adapter.ts';
import { callWithRateLimit, type RateLimitPolicy } from './rate-limit.ts';

export type SlackClient = App['client'];

export interface SlackPoster {
  deliver(destination: Destination, reply: CommandReply): Promise<DeliveryReceipt>;
  openDirectMessage(userId: string): Promise<string>;
}

export function createSlackPoster(client: SlackClient, policy: RateLimitPolicy): SlackPoster {
  const call = <T>(fn: () => Promise<T>) => callWithRateLimit(fn, policy);

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
    const ids: string[] = [];
    let threadTs = destination.threadId;
    for (const message of messages) {
      const common = { channel, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
      if (ephemeralTo) {
        const posted = await call(() => client.chat.postEphemeral({ ...common, user: ephemeralTo }));
        ids.push(posted.message_ts ?? '');
        continue;
      }
      // Source links would each unfurl into a preview card; the briefing already names them.
      const posted = await call(() => client.chat.postMessage({ ...common, unfurl_links: false, unfurl_media: false }));
      ids.push(posted.ts ?? '');
      threadTs ??= posted.ts;
    }
    const [messageId = '', ...continuationIds] = ids;
    return continuationIds.length > 0 ? { messageId, continuationIds } : { messageId };
  }

  return { deliver, openDirectMessage };
}
