// The console ChatAdapter: prints each post to a stream (stdout by default) and keeps a record of
// what it delivered. `npm start` with no Slack or Discord credentials posts subscriptions here.
//
//   const consoleAdapter = createConsoleAdapter();           // platform 'console'
//   await consoleAdapter.deliver(destination, reply);         // → { messageId: 'console-1' }
//   consoleAdapter.delivered                                  // every post, in order

import type { Writable } from 'node:stream';
import type { CommandReply } from '../../src/commands/command.ts';
import type { ChatAdapter, DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { renderReplyText } from './render-reply-text.ts';

export interface DeliveredPost {
  destination: Destination;
  reply: CommandReply;
  receipt: DeliveryReceipt;
}

export interface ConsoleAdapter extends ChatAdapter {
  readonly delivered: readonly DeliveredPost[];
}

export interface ConsoleAdapterOptions {
  output?: Pick<Writable, 'write'>;
  render?: (reply: CommandReply) => string;
  now?: () => Date;
}

export function createConsoleAdapter(options: ConsoleAdapterOptions = {}): ConsoleAdapter {
  const output = options.output ?? process.stdout;
  const render = options.render ?? renderReplyText;
  const now = options.now ?? (() => new Date());
  const delivered: DeliveredPost[] = [];
  return {
    platform: 'console',
    // A local write either happened or threw before it: its outcome is never unknown.
    idempotency: { kind: 'none' },
    delivered,
    async start() {},
    async stop() {},
    async deliver(destination, reply) {
      const receipt = { messageId: `console-${delivered.length + 1}` };
      const where = destination.isDirectMessage ? `DM ${destination.channelId}` : `#${destination.channelId}`;
      output.write(`\n── ${where} · ${now().toISOString()} ──\n${render(reply)}\n`);
      delivered.push({ destination, reply, receipt });
      return receipt;
    },
    async openDirectMessage(userId) {
      return `dm-${userId}`;
    },
  };
}
