// What the interaction listeners need, passed explicitly by createDiscordAdapter.

import type { Logger } from 'pino';
import type { CommandHandler } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { SubscriptionStore } from '../../src/commands/subscription-port.ts';

export interface InteractionDeps {
  commandHandler: CommandHandler;
  newsDesk: NewsDesk;
  /** For suggesting subscription ids (`unsubscribe`, `resume`); without it none are suggested. */
  subscriptions?: Pick<SubscriptionStore, 'listSubscriptions'>;
  logger: Logger;
  now: () => Date;
  /** How long a command waits for its answer before deferring (default QUICK_REPLY_MS). */
  quickReplyMs?: number;
}
