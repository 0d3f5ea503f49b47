// Assembles the bot from its configuration: store → news desk → command handler → chat adapters
// → scheduler. Without Slack or Discord tokens only the console adapter runs; without sources the
// bundled demo corpus is the one story. The store is the embedded SQLite file unless
// DATABASE_URL names a PostgreSQL database, which several instances can share (README:
// "Running several instances").

import { hostname } from 'node:os';
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
import type { Resolver } from '../net/resolver.ts';
import { safeFetchFromConfig } from '../net/fetch-from-config.ts';
import { withLinkBriefing } from '../news-desk/brief-urls.ts';
import { createLinkWorkers, type LinkWorkers } from '../news-desk/link-workers.ts';
import { createNewsRoom, type NewsRoom } from '../news-desk/create-news-room.ts';
import { createScheduler, type Scheduler } from '../scheduler/scheduler.ts';
import { readSlackConfig } from '../slack/config.ts';
import { createStoreEventDedupe } from '../slack/event-dedupe.ts';
import { isPostgresUrl } from '../store/pg-database.ts';
import { shortId } from '../store/short-id.ts';
import { createSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { BriefError } from '../../src/errors.ts';
import { type BotWeb, createBotWeb } from '../web/create-web.ts';
import { adapterWithPageLinks, handlerWithPageLinks } from '../web/page-links.ts';

export interface BotOptions {
  config: BriefbotConfig;
  env?: NodeJS.ProcessEnv;
  logger?: pino.Logger;
  /** Where the console adapter prints (stdout by default). */
  output?: ConsoleAdapterOptions['output'];
  /** Tests: a stub DNS for pasted links on the defaults. Default: the system resolver. */
  resolve?: Resolver;
  /** The configuration file's name, for answers about the subscriptions it owns. */
  configName?: string;
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
  /** Reads every configured source now (a no-op without sources); `onSource` after each one. */
  sourcesRead(onSource?: (done: number, total: number, name: string) => void): Promise<void>;
  /** True when something keeps the bot busy: a platform, a source or a subscription. */
  hasWork(): Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const env = options.env ?? process.env;
  const logger = options.logger ?? pino({ level: env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const store = await openStore(config.database, env);

  let room: NewsRoom | undefined;
  let newsDesk: NewsDesk;
  let demoBriefing: Briefing | undefined;
  // Names this process in slot claims, source poll leases and its instance lease.
  const instanceId = `${hostname()}-${process.pid}-${shortId()}`;
  let demoStoryId: string | undefined;
  let articleText: (id: string) => Promise<string | undefined>;
  let linkWorkers: LinkWorkers | undefined;
  if (config.sources.length > 0) {
    room = createNewsRoom({ config, store, logger, ...(store.shared ? { shared: { leases: store, instanceId } } : {}) });
    newsDesk = room.newsDesk;
    articleText = async (id) => (await store.getArticle(id))?.article.text;
  } else {
    const { articles, problems } = loadPaths([demoCorpusDir]);
    for (const p of problems) logger.warn({ path: p.path }, p.reason);
    const gazetteer = createGazetteer(config.gazetteer);
    const demo = createStaticNewsDesk(articles, {
      gazetteer,
      sourceDescription: 'the bundled demo corpus (corpus/demo; add feeds or folders under sources in briefbot.yaml)',
    });
    // `/brief <url>` works on the defaults too, under the same URL guard as configured sources,
    // its pages parsed and analysed in a worker.
    linkWorkers = createLinkWorkers({ entries: config.gazetteer, gazetteer });
    newsDesk = withLinkBriefing(demo, safeFetchFromConfig(config.fetch, 'links', options.resolve), () => ({ gazetteer }), linkWorkers);
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
    ...(options.configName ? { configName: options.configName } : {}),
  });
  // Every briefing answered or posted is kept for its web page and, with web.publicUrl, links to it.
  const handler = web ? handlerWithPageLinks(coreHandler, web.pages, logger) : coreHandler;

  const adapters = new Map<Platform, ChatAdapter>();
  adapters.set('console', createConsoleAdapter(options.output ? { output: options.output } : {}));
  // The platform SDKs load only when their tokens are set: they are most of the start-up time.
  const slackConfig = readSlackConfig(env);
  if (slackConfig) {
    const { createSlackAdapter } = await import('../slack/create-slack-adapter.ts');
    const slackLogger = logger.child({ platform: 'slack' });
    // Retried events are recognised by every instance on a shared store.
    const dedupe = store.shared ? { dedupe: createStoreEventDedupe(store, slackLogger) } : {};
    adapters.set('slack', createSlackAdapter({ config: slackConfig, commands: handler, logger: slackLogger, ...dedupe }));
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
        subscriptions: store,
        logger: logger.child({ platform: 'discord' }),
        ...(discordConfig.shards ? { shards: discordConfig.shards } : {}),
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
    async sourcesRead(onSource) {
      if (!room) return;
      const poller = room.poller;
      let done = 0;
      const names = config.sources.map((s) => s.name);
      await Promise.all(names.map((name) => poller.pollNow(name).then(() => onSource?.(++done, names.length, name))));
      // Sources another instance had just polled: their stories come from the store.
      await room.catchUpShared();
    },
    async hasWork() {
      if (adapters.size > 1 || config.sources.length > 0 || config.subscriptions.length > 0) return true;
      return (await store.listSubscriptions({ status: 'active' })).length > 0;
    },
    async start() {
      await web?.start();
      await room?.start();
      // Adapters first: the scheduler's catch-up and its messages to owners post at once.
      for (const adapter of adapters.values()) await adapter.start();
      const removed = await syncConfigSubscriptions(store, config.subscriptions, new Date());
      if (removed.length > 0) logger.info({ removed }, 'subscriptions no longer in the configuration were removed');
      scheduler = createScheduler({ store, adapters, newsDesk, log: logger.child({ part: 'scheduler' }), instanceId });
      const report = await scheduler.start();
      if (report.unknown.length > 0) logger.warn({ slots: report.unknown.length }, 'slots left mid-send by a crash were not re-posted; owners told');
    },
    async stop() {
      await scheduler?.stop();
      await room?.stop();
      await linkWorkers?.close();
      for (const adapter of adapters.values()) await adapter.stop();
      await web?.stop();
      await store.close();
    },
  };
}

/**
 * The configuration owns the subscriptions it lists: each is ensured (created once, kept across
 * restarts), and any config-owned one it no longer lists is removed. Subscriptions made with
 * `/brief subscribe` are the database's and are left alone. Returns the ids removed.
 */
export async function syncConfigSubscriptions(store: Store, wanted: BriefbotConfig['subscriptions'], now: Date): Promise<string[]> {
  const kept = new Set<string>();
  for (const s of wanted) {
    const ensured = await store.ensureSubscription(
      {
        platform: s.platform,
        channelId: s.channel,
        isDirectMessage: false,
        ownerUserId: 'config',
        schedule: s.schedule,
        timezone: s.timezone,
        ...(s.topic ? { topic: s.topic } : {}),
        origin: 'config',
      },
      now,
    );
    kept.add(ensured.id);
  }
  const removed: string[] = [];
  for (const s of await store.listSubscriptions({ origin: 'config' })) {
    if (kept.has(s.id)) continue;
    await store.removeSubscription(s.id, now);
    removed.push(s.id);
  }
  return removed;
}

/** PostgreSQL when DATABASE_URL names it (shared by instances), else the SQLite file. */
export async function openStore(sqlitePath: string, env: NodeJS.ProcessEnv): Promise<Store> {
  const url = env.DATABASE_URL?.trim();
  if (!url) return createSqliteStore(sqlitePath);
  if (!isPostgresUrl(url)) {
    throw new BriefError('BAD_CONFIG', 'DATABASE_URL must be a PostgreSQL URL (postgres://user@host:5432/database); unset it to use the SQLite file');
  }
  // DATABASE_SCHEMA: several independent bots (or a bot and its tests) in one database.
  const schema = env.DATABASE_SCHEMA?.trim();
  // Loaded only when used, like the platform SDKs: `npm start` on SQLite never loads pg.
  const { createPgStore } = await import('../store/pg-store.ts');
  return createPgStore(url, schema ? { schema } : {});
}
