// A plain message in a DM with the bot ("brief me on ferries", "subscribe daily 08:00") is
// answered there, as /brief would answer it. Needs the DirectMessages intent and
// Partials.Channel; message content of DMs to the bot needs no privileged intent.

import type { Message } from 'discord.js';
import type { Destination } from '../chat-adapter.ts';
import { commandContextOf } from './command-context.ts';
import { commandTextFromMessage } from './command-text.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { outgoingMessagesFor } from './outgoing-message.ts';
import { postToChannel } from './post-to-channel.ts';

export function isDirectMessageToBot(message: Message): boolean {
  return !message.author.bot && !message.inGuild() && message.content.trim() !== '';
}

export async function onDirectMessage(message: Message, deps: InteractionDeps): Promise<void> {
  const log = deps.logger.child({ messageId: message.id, channelId: message.channelId });
  try {
    const text = commandTextFromMessage(message.content);
    const context = { ...commandContextOf(message, deps.now()), isDirectMessage: true };
    const reply = await deps.commandHandler.handle(text, context);
    const destination: Destination = { platform: 'discord', channelId: message.channelId, isDirectMessage: true, threadId: message.id, userId: message.author.id };
    // Keyed by the message answered: a create that discord.js retries after a 5xx returns the first one.
    await postToChannel(message.client.rest, destination, outgoingMessagesFor(reply), log, { key: `answer:${message.id}` });
  } catch (error) {
    log.error({ err: error }, 'could not answer a direct message');
  }
}
