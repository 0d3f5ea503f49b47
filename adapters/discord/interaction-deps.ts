// What the interaction listeners need, passed explicitly by createDiscordAdapter.

import type { Logger } from 'pino';
import type { CommandHandler } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';

export interface InteractionDeps {
  commandHandler: CommandHandler;
  newsDesk: NewsDesk;
  logger: Logger;
  now: () => Date;
}
