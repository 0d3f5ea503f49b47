// Every briefing the bot answers or posts is recorded for its web page, and — when the pages have
// a public address — carries the "View sources" link. A failure to record costs the link only,
// never the briefing.

import type pino from 'pino';
import type { CommandHandler, CommandReply } from '../../src/commands/command.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import type { BriefingPages } from './briefing-pages.ts';

export async function withPageLink(reply: CommandReply, pages: BriefingPages, logger?: pino.Logger): Promise<CommandReply> {
  if (reply.kind !== 'briefing') return reply;
  try {
    const { id } = await pages.record(reply.briefing, reply.storyId);
    const pageUrl = pages.publicUrlOf(id);
    return pageUrl ? { ...reply, pageUrl } : reply;
  } catch (error) {
    logger?.warn({ err: error }, 'the briefing could not be recorded for its web page; sent without a link');
    return reply;
  }
}

export function handlerWithPageLinks(handler: CommandHandler, pages: BriefingPages, logger?: pino.Logger): CommandHandler {
  return {
    async handle(text, context) {
      return withPageLink(await handler.handle(text, context), pages, logger);
    },
  };
}

/**
 * The adapter, its scheduled posts (`deliver`) linked the same way. Its delivery contract passes
 * through untouched (idempotency, the delivery key, lookups): without them a retried scheduled post
 * could appear twice (issue 17).
 */
export function adapterWithPageLinks(adapter: ChatAdapter, pages: BriefingPages, logger?: pino.Logger): ChatAdapter {
  const find = adapter.findDelivery?.bind(adapter);
  return {
    platform: adapter.platform,
    idempotency: adapter.idempotency,
    start: () => adapter.start(),
    stop: () => adapter.stop(),
    openDirectMessage: (userId) => adapter.openDirectMessage(userId),
    deliver: async (destination, reply, options) => adapter.deliver(destination, await withPageLink(reply, pages, logger), options),
    ...(find ? { findDelivery: find } : {}),
  };
}
