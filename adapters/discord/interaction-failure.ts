// What to do when answering an interaction fails: an expired token (10062, the 3 s deadline
// passed) is logged and dropped; anything else is logged and, where the token still works,
// the user is told in a private message.

import { DiscordAPIError, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { isBriefError } from '../../src/errors.ts';
import { answerDeferred } from './answer-interaction.ts';
import { DISCORD_ERROR } from './constants.ts';
import { outgoingMessagesFor, toReplyOptions } from './outgoing-message.ts';

export function isExpiredInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && Number(error.code) === DISCORD_ERROR.unknownInteraction;
}

export async function reportInteractionFailure(
  interaction: RepliableInteraction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const where = { interactionId: interaction.id, userId: interaction.user.id, channelId: interaction.channelId };
  if (isExpiredInteraction(error)) {
    logger.warn({ ...where, code: DISCORD_ERROR.unknownInteraction }, 'interaction expired before we answered (10062)');
    return;
  }
  logger.error({ ...where, err: error }, 'interaction failed');
  const text = isBriefError(error) ? `Sorry, that did not work: ${error.message}` : 'Sorry, something went wrong on our side.';
  const messages = outgoingMessagesFor({ kind: 'message', text, ephemeral: true, isError: true });
  try {
    if (interaction.replied) {
      for (const message of messages) await interaction.followUp(toReplyOptions(message, true));
    } else if (interaction.deferred) {
      await answerDeferred(interaction, messages, { deferredEphemeral: Boolean(interaction.ephemeral), ephemeral: true });
    } else {
      await interaction.reply(toReplyOptions(messages[0]!, true));
    }
  } catch (second) {
    const level = isExpiredInteraction(second) ? 'warn' : 'error';
    logger[level]({ ...where, err: second }, 'could not tell the user about the failure');
  }
}
