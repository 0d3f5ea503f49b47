// Who asked and where, for the core's command handler, from an interaction or a DM. An
// interaction's user writes commands with options (`/brief now topic:ferries`), a DM's as text.

import type { Interaction, Message } from 'discord.js';
import type { CommandContext } from '../../src/commands/command.ts';

export function commandContextOf(source: Interaction | Message, now: Date): CommandContext {
  const user = 'author' in source ? source.author : source.user;
  const context: CommandContext = {
    platform: 'discord',
    userId: user.id,
    // A chat-input interaction always has a channel; the user id is only a last resort.
    channelId: source.channelId ?? user.id,
    isDirectMessage: !source.inGuild(),
    now,
    ...('author' in source ? {} : { style: 'discord-options' as const }),
  };
  if (source.guildId) context.workspaceId = source.guildId;
  return context;
}
