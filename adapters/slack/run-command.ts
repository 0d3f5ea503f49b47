// Runs the core's command handler for Slack and never throws: a failed build is logged with its
// cause and answered with a short reason the user can act on.

import type { Logger } from 'pino';
import type { CommandContext, CommandHandler, CommandReply } from '../../src/commands/command.ts';
import { isBriefError } from '../../src/errors.ts';

export async function runCommand(
  commands: CommandHandler,
  text: string,
  context: CommandContext,
  logger: Logger,
): Promise<CommandReply> {
  try {
    return await commands.handle(text, context);
  } catch (error) {
    logger.error({ err: error, text, channelId: context.channelId, userId: context.userId }, 'slack: command failed');
    return { kind: 'message', ephemeral: true, isError: true, text: `Sorry, I couldn't build that briefing: ${shortReason(error)}` };
  }
}

function shortReason(error: unknown): string {
  // Coded errors carry a message meant for people; anything else may hold internals.
  if (isBriefError(error)) return error.message.split('\n')[0]!.slice(0, 200);
  return 'something went wrong on my side (it has been logged).';
}

export { settleWithin } from '../timing/settle-within.ts';
