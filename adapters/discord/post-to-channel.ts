// Posts rendered messages to a channel or DM channel over REST (scheduled posts, DMs). The REST
// client queues per route and waits out 429s (Retry-After), so a rate limit delays, never loses.

import { type APIMessage, type REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { toDeliveryError } from './delivery-error.ts';
import type { OutgoingMessage } from './outgoing-message.ts';

export async function postToChannel(
  rest: REST,
  destination: Destination,
  messages: OutgoingMessage[],
  logger: Logger,
): Promise<DeliveryReceipt> {
  const ids: string[] = [];
  for (const [index, message] of messages.entries()) {
    const body: Record<string, unknown> = { ...message };
    if (index === 0 && destination.threadId) {
      body.message_reference = { message_id: destination.threadId, fail_if_not_exists: false };
    }
    try {
      const posted = (await rest.post(Routes.channelMessages(destination.channelId), { body })) as APIMessage;
      ids.push(posted.id);
    } catch (error) {
      const failure = toDeliveryError(error, destination.channelId);
      if (ids.length === 0) throw failure;
      // The briefing is already in the channel: report it delivered (a retry would post it twice)
      // and log the continuation that is missing.
      logger.error({ err: failure, channelId: destination.channelId, posted: ids.length, of: messages.length }, 'continuation message failed');
      break;
    }
  }
  const [messageId, ...continuationIds] = ids;
  return continuationIds.length > 0 ? { messageId: messageId!, continuationIds } : { messageId: messageId! };
}

export async function openDirectMessageChannel(rest: REST, userId: string): Promise<string> {
  try {
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
    return channel.id;
  } catch (error) {
    throw toDeliveryError(error, `DM with ${userId}`);
  }
}
