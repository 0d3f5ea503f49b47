// What the Slack listeners share: the core's command handler, the poster and the logger.

import type { Logger } from 'pino';
import type { CommandContext, CommandHandler } from '../../src/commands/command.ts';
import type { SlackPoster } from './slack-poster.ts';
import type { UserTimezones } from './user-timezones.ts';

export interface ListenerDeps {
  commands: CommandHandler;
  poster: SlackPoster;
  userTimezones: UserTimezones;
  logger: Logger;
  commandName: string;
  /** How long a slash command waits for a reply before acking "Building the briefing…". */
  quickReplyMs: number;
}

/** The CommandContext of a Slack request, with the user's timezone when their profile has one. */
export async function slackContext(
  deps: ListenerDeps,
  request: { userId: string; channelId: string; isDirectMessage: boolean; workspaceId?: string },
): Promise<CommandContext> {
  const userTimezone = await deps.userTimezones(request.userId);
  return {
    platform: 'slack',
    userId: request.userId,
    channelId: request.channelId,
    isDirectMessage: request.isDirectMessage,
    ...(request.workspaceId ? { workspaceId: request.workspaceId } : {}),
    ...(userTimezone ? { userTimezone } : {}),
    // Help and hints name the command as this app calls it (SLACK_COMMAND).
    commandName: deps.commandName,
  };
}

/** Slack DM channel ids start with D. */
export function isDirectMessageChannel(channelId: string): boolean {
  return channelId.startsWith('D');
}
