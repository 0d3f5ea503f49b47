// Assembles the bot from its configuration: store → news desk → command handler → chat adapters
// → scheduler. Without Slack or Discord tokens only the console adapter runs; without sources the
// bundled demo corpus is the one story.

import pino from 'pino';
import type { Briefing } from '../../src/briefing.ts';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';
import { createCommandHandler } from '../../src/commands/handle-command.ts';
import type { CommandHandler, Platform } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { BriefbotConfig } from '../../src/config/types.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import { type ConsoleAdapterOptions, createConsoleAdapter } from '../console/console-adapter.ts';
import { readDiscordConfig } from '../discord/discord-config.ts';
import { loadPaths } from '../files/load-paths.ts';
import { demoCorpusDir } from '../files/repo-paths.ts';
import { createNewsRoom, type NewsRoom } from '../news-desk/create-news-room.ts';
import { createScheduler, type Scheduler } from '../scheduler/scheduler.ts';
import { readSlackConfig } from '../slack/config.ts';
import { createSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { type BotWeb, createBotWeb } from '../web/create-web.ts';
import { adapterWithPageLinks, handlerWithPageLinks } from '../web/page-links.ts';

export interface BotOptions {
  config: BriefbotConfig;
  env?: NodeJS.ProcessEnv;
  logger?: pino.Logger;
  /** Where the console adapter prints (stdout by default). */
  output?: ConsoleAdapterOptions['output'];
}

export interface Bot {
  store: Store;
  newsDesk: NewsDesk;
  handler: CommandHandler;
  adapters: Map<Platform, ChatAdapter>;
  /** The demo briefing, when the bot runs on the bundled corpus (no sources configured). */
  demoBriefing?: Briefing;
  /** The briefing page to open (the demo story's, else the list of briefings), once serving. */
  pageUrl(): string | undefined;
  /** Reads every configured source now (a no-op without sources). */
  sourcesRead(): Promise<void>;
  /** True when something keeps the bot busy: a platform, a source or a subscription. */
  hasWork(): Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? pino({ level: env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const store = createSqliteStore(config.database);

  let room: NewsRoom | undefined;
  let newsDesk: NewsDesk;
  let demoBriefing: Briefing | undefined;
  let demoStoryId: string | undefined;
  let articleText: (id: string) => Promise<string | undefined>;
  if (config.sources.length > 0) {
    room = createNewsRoom({ config, store, logger });
    newsDesk = room.newsDesk;
    articleText = async (id) => (await store.getArticle(id))?.article.text;
  } else {
    const { articles, problems } = loadPaths([demoCorpusDir]);
    for (const p of problems) logger.warn({ path: p.path }, p.reason);
    newsDesk = createStaticNewsDesk(articles, { gazetteer: createGazetteer(config.gazetteer) });
    const [story] = await newsDesk.topStories(1);
    demoBriefing = await newsDesk.briefStory(story!.id);
    demoStoryId = story!.id;
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    articleText = async (id) => texts.get(id);
  }
  const web: BotWeb | undefined = config.web
    ? createBotWeb({ config: config.web, database: config.database, newsDesk, articleText, logger: logger.child({ part: 'web' }) })
    : undefined;

  let scheduler: Scheduler | undefined;
  const coreHandler = createCommandHandler({
    newsDesk,
    subscriptions: store,
    defaultTimezone: config.timezone,
    onSubscriptionsChanged: () => void scheduler?.runDue(),
  });
  // Every briefing answered or posted is kept for its web page and, with web.publicUrl, links to it.
  const handler = web ? handlerWithPageLinks(coreHandler, web.pages, logger) : coreHandler;

  const adapters = new Map<Platform, ChatAdapter>();
  adapters.set('console', createConsoleAdapter(options.output ? { output: options.output } : {}));
  // The platform SDKs load only when their tokens are set: they are most of the start-up time.
  const slackConfig = readSlackConfig(env);
  if (slackConfig) {
    const { createSlackAdapter } = await import('../slack/create-slack-adapter.ts');
    adapters.set('slack', createSlackAdapter({ config: slackConfig, commands: handler, logger: logger.child({ platform: 'slack' }) }));
  }
  const discordConfig = readDiscordConfig(env);
  if (discordConfig) {
    const { createDiscordAdapter } = await import('../discord/create-discord-adapter.ts');
    adapters.set(
      'discord',
      createDiscordAdapter({
        token: discordConfig.token,
        apiUrl: discordConfig.apiUrl,
        commandHandler: handler,
        newsDesk,
        logger: logger.child({ platform: 'discord' }),
      }),
    );
  }

  if (web) for (const [platform, adapter] of adapters) adapters.set(platform, adapterWithPageLinks(adapter, web.pages, logger));

  return {
    store,
    newsDesk,
    handler,
    adapters,
    ...(demoBriefing ? { demoBriefing } : {}),
    pageUrl() {
      return web?.urlOf(demoStoryId ? `stories/${demoStoryId}` : '/');
    },
    async sourcesRead() {
      await room?.poller.pollNow();
    },
    async hasWork() {
      if (adapters.size > 1 || config.sources.length > 0 || config.subscriptions.length > 0) return true;
      return (await store.listSubscriptions({})).length > 0;
    },
    async start() {
      await web?.start();
      await room?.start();
      // Adapters first: the scheduler's catch-up and its messages to owners post at once.
      for (const adapter of adapters.values()) await adapter.start();
      const now = new Date();
      for (const s of config.subscriptions) {
        await store.ensureSubscription(
          {
            platform: s.platform,
            channelId: s.channel,
            isDirectMessage: false,
            ownerUserId: 'config',
            schedule: s.schedule,
            timezone: s.timezone,
            ...(s.topic ? { topic: s.topic } : {}),
          },
          now,
        );
      }
      scheduler = createScheduler({ store, adapters, newsDesk, log: logger.child({ part: 'scheduler' }) });
      const report = await scheduler.start();
      if (report.unknown.length > 0) logger.warn({ slots: report.unknown.length }, 'slots left mid-send by a crash were not re-posted; owners told');
    },
    async stop() {
      await scheduler?.stop();
      await room?.stop();
      for (const adapter of adapters.values()) await adapter.stop();
      await web?.stop();
      await store.close();
    },
  };
}
