// Starts a fake Discord and a real Discord adapter (real discord.js) logged in to it.

import type { Briefing } from '../../src/briefing.ts';
import type { CommandHandler } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/create-discord-adapter.ts';
import { FakeDiscord, type FakeDiscordOptions } from './fake/fake-discord.ts';
import { snowflake } from './fake/snowflakes.ts';
import { type LogLine, makeBriefing, recordingHandler, recordingLogger, storyDesk } from './fixtures.ts';

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  handler: ReturnType<typeof recordingHandler>;
  desk: ReturnType<typeof storyDesk>;
  logs: LogLine[];
  guildId: string;
  channelId: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  briefing?: Briefing;
  commandHandler?: CommandHandler;
  newsDesk?: NewsDesk;
  fake?: FakeDiscordOptions;
  /** The clock handed to the command handler (default: a fixed morning). */
  now?: () => Date;
  /** Log in to the gateway (default); delivery tests only need REST. */
  login?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const guildId = snowflake();
  const channelId = snowflake();
  const fake = await FakeDiscord.start({ guilds: [{ id: guildId, name: 'Newsroom', channelIds: [channelId] }], ...options.fake });
  const briefing = options.briefing ?? makeBriefing();
  const handler = recordingHandler(briefing);
  const desk = storyDesk(briefing);
  const { logger, lines } = recordingLogger();
  const adapter = createDiscordAdapter({
    token: fake.token,
    apiUrl: fake.apiUrl,
    commandHandler: options.commandHandler ?? handler,
    newsDesk: options.newsDesk ?? desk,
    logger,
    now: options.now ?? (() => new Date('2023-11-09T08:00:00Z')),
  });
  if (options.login !== false) await adapter.start();
  return {
    fake,
    adapter,
    handler,
    desk,
    logs: lines,
    guildId,
    channelId,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
