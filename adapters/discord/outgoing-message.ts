// A rendered message plus the buttons that go under it, in Discord's API JSON, and its
// conversion to discord.js's interaction options (which take camelCase allowedMentions).

import { type InteractionEditReplyOptions, type InteractionReplyOptions, MessageFlags } from 'discord.js';
import type { CommandReply } from '../../src/commands/command.ts';
import { type DiscordMessagePayload, renderDiscordEmbeds } from '../../src/render/discord-embeds.ts';
import { type ButtonRow, partButtonRows } from './part-buttons.ts';

export interface OutgoingMessage extends DiscordMessagePayload {
  components?: ButtonRow[];
}

/** The reply as messages; a briefing's buttons go under its last message. */
export function outgoingMessagesFor(reply: CommandReply): OutgoingMessage[] {
  const messages: OutgoingMessage[] = renderDiscordEmbeds(reply);
  const rows = partButtonRows(reply);
  const last = messages[messages.length - 1];
  if (last && rows.length > 0) last.components = rows;
  return messages;
}

export function toEditOptions(message: OutgoingMessage): InteractionEditReplyOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components ?? [],
    allowedMentions: { parse: [] },
  };
}

export function toReplyOptions(message: OutgoingMessage, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    ...(message.components ? { components: message.components } : {}),
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
