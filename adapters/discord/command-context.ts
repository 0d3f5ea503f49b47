// Who asked and where, for the core's command handler, from an interaction or a DM.

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
  };
  if (source.guildId) context.workspaceId = source.guildId;
  return context;
}
