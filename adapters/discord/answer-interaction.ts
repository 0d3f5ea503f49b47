// Sends an answer to an interaction that was deferred at once: the first message edits the
// deferred reply, the rest follow up.
//
// Whether a deferred reply is private is fixed when it is deferred, and a follow-up sent while
// the reply is still loading only edits it (Discord then ignores the follow-up's flags). So an
// answer of the other kind (a private error to `/brief now`, a public "Subscribed" after a
// private deferral) first settles the placeholder, then follows up, then removes the placeholder.

import type { RepliableInteraction } from 'discord.js';
import { type OutgoingMessage, toEditOptions, toReplyOptions } from './outgoing-message.ts';

export interface AnswerMode {
  /** How the interaction was deferred. */
  deferredEphemeral: boolean;
  /** Whether this answer should be seen only by the user who asked. */
  ephemeral: boolean;
}

export async function answerDeferred(
  interaction: RepliableInteraction,
  messages: OutgoingMessage[],
  mode: AnswerMode,
): Promise<void> {
  if (mode.ephemeral === mode.deferredEphemeral) {
    const [first, ...rest] = messages;
    if (first) await interaction.editReply(toEditOptions(first));
    for (const message of rest) await interaction.followUp(toReplyOptions(message, mode.ephemeral));
    return;
  }
  const placeholder = mode.ephemeral ? 'Answered privately.' : 'Posted for the channel.';
  await interaction.editReply({ content: placeholder, embeds: [], components: [], allowedMentions: { parse: [] } });
  for (const message of messages) await interaction.followUp(toReplyOptions(message, mode.ephemeral));
  // The answer is out; a placeholder that cannot be removed is only noise, not a failure.
  await interaction.deleteReply().catch(() => undefined);
}
