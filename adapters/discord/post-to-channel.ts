// Posts rendered messages to a channel or DM channel over REST (scheduled posts, owner notices,
// DM answers). A keyed delivery sends each of its messages with a nonce derived from the key and
// the message's place, and `enforce_nonce: true`: Discord then answers a repeated create within
// its window with the message it already has instead of a second one (issue 17). The REST client
// used for scheduled posts does not retry by itself and hands 429s back (see create-discord-adapter.ts).

import { createHash } from 'node:crypto';
import { type APIMessage, type REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { DeliveryOptions, DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { DISCORD_NONCE } from './constants.ts';
import { toDeliveryError } from './delivery-error.ts';
import type { OutgoingMessage } from './outgoing-message.ts';

/** The nonce of message `part` of the delivery `key`: the same on every attempt, at most 25 characters. */
export function nonceFor(key: string, part: number): string {
  return createHash('sha256').update(`${key}#${part}`).digest('base64url').slice(0, DISCORD_NONCE.maxLength);
}

export async function postToChannel(
  rest: REST,
  destination: Destination,
  messages: OutgoingMessage[],
  logger: Logger,
  options: DeliveryOptions = {},
): Promise<DeliveryReceipt> {
  const ids: string[] = options.headMessageId ? [options.headMessageId] : [];
  for (const [index, message] of messages.entries()) {
    if (index === 0 && options.headMessageId) continue;
    const body: Record<string, unknown> = { ...message };
    if (index === 0 && destination.threadId) {
      body.message_reference = { message_id: destination.threadId, fail_if_not_exists: false };
    }
    if (options.key) {
      body.nonce = nonceFor(options.key, index);
      body.enforce_nonce = true;
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
