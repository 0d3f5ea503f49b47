// Typing at the terminal: each line is a command (`/brief`, `/brief subscribe daily 08:00`, …)
// handed to the core's one command handler, answered through the console adapter.

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CommandContext, CommandHandler } from '../../src/commands/command.ts';
import { commandTextFromMessage } from '../../src/commands/message-text.ts';
import type { ChatAdapter } from '../chat-adapter.ts';

export const CONSOLE_CONTEXT: CommandContext = { platform: 'console', userId: 'console-user', channelId: 'terminal', isDirectMessage: true };


export function runConsolePrompt(input: Readable, handler: CommandHandler, adapter: ChatAdapter): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  const destination = { platform: 'console' as const, channelId: 'terminal', isDirectMessage: true };
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    // One answer at a time, in the order asked.
    queue = queue.then(async () => {
      const reply = await handler.handle(commandTextFromMessage(line), { ...CONSOLE_CONTEXT, now: new Date() });
      await adapter.deliver(destination, reply);
    });
  });
  return new Promise((resolve) => lines.on('close', () => void queue.then(resolve)));
}
