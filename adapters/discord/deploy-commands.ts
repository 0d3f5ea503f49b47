// Registers the bot's commands: to one guild (for development: updates show at once there) or
// globally. PUT replaces the whole list, so a command dropped here disappears from Discord too.

import { REST, Routes } from 'discord.js';
import { discordCommands } from './brief-command.ts';
import { DISCORD_DEFAULT_API_URL } from './constants.ts';

export interface DeployCommandsOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only (DISCORD_GUILD_ID), else globally. */
  guildId?: string;
  apiUrl?: string;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function deployDiscordCommands(options: DeployCommandsOptions): Promise<DeployResult> {
  const rest = new REST({ api: options.apiUrl ?? DISCORD_DEFAULT_API_URL }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = (await rest.put(route, { body: discordCommands() })) as { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}
