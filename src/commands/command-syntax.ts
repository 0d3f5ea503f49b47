// Commands as the asker writes them where they are: help, hints and errors name a command the
// user can type as shown. Typed text is `/brief ferries` (a Slack slash command, a DM, the
// console); Discord's slash command takes options: `/brief now topic:ferries`.

import type { CommandContext } from './command.ts';

export interface CommandSyntax {
  /** The top stories: `/brief`, on Discord `/brief now`. */
  top: string;
  topic(words: string): string;
  links: string;
  subscribe(schedule: string, timezone?: string, topic?: string): string;
  unsubscribe(id?: string): string;
  resume(id?: string): string;
  list: string;
  status: string;
  help: string;
}

export const DEFAULT_COMMAND_NAME = '/brief';

export function commandSyntax(context: Pick<CommandContext, 'style' | 'commandName'> = {}): CommandSyntax {
  const name = context.commandName ?? DEFAULT_COMMAND_NAME;
  const join = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' ');
  if (context.style === 'discord-options') {
    const option = (key: string, value?: string) => (value ? `${key}:${value}` : undefined);
    return {
      top: `${name} now`,
      topic: (words) => join(`${name} now`, option('topic', words)),
      links: `${name} now links:<link> [<link> …]`,
      subscribe: (schedule, timezone, topic) => join(`${name} subscribe`, option('schedule', schedule), option('timezone', timezone), option('topic', topic)),
      unsubscribe: (id) => join(`${name} unsubscribe`, option('id', id)),
      resume: (id) => join(`${name} resume`, option('id', id)),
      list: `${name} list`,
      status: `${name} status`,
      help: `${name} help`,
    };
  }
  return {
    top: name,
    topic: (words) => join(name, words),
    links: `${name} <link> [<link> …]`,
    subscribe: (schedule, timezone, topic) => join(`${name} subscribe`, schedule, timezone, topic),
    unsubscribe: (id) => join(`${name} unsubscribe`, id),
    resume: (id) => join(`${name} resume`, id),
    list: `${name} list`,
    status: `${name} status`,
    help: `${name} help`,
  };
}
