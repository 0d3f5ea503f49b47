// The core's help text speaks in typed commands ("/brief <topic>"); on Discord the same things
// are subcommands with options, so `help` gets these lines added.

import type { CommandReply } from '../../src/commands/command.ts';

const DISCORD_USAGE = [
  '',
  'On Discord: `/brief now` (options `topic`, `links`), `/brief subscribe` (`schedule`, `timezone`, `topic`), `/brief unsubscribe` (`id`), `/brief list`, `/brief status`.',
  'In a server, subscribe and unsubscribe need the Manage Channels permission.',
  'In a DM with me you can also type, e.g. `brief me on ferries` or `subscribe daily 08:00 Europe/London`.',
].join('\n');

export function withDiscordUsage(reply: CommandReply): CommandReply {
  return reply.kind === 'message' && !reply.isError ? { ...reply, text: `${reply.text}\n${DISCORD_USAGE}` } : reply;
}
