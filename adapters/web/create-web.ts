// The web side of the bot, from its configuration: the archive beside the database, the pages,
// and the server. Starting it never stops the bot: a port in use is logged and the bot runs on.

import { dirname, join } from 'node:path';
import type pino from 'pino';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { WebConfig } from '../../src/config/types.ts';
import { type BriefingArchive, createFileBriefingArchive, createMemoryBriefingArchive } from './briefing-archive.ts';
import { type BriefingPages, createBriefingPages } from './briefing-pages.ts';
import { createWebServer, type WebServer } from './create-web-server.ts';

export interface BotWeb {
  pages: BriefingPages;
  server: WebServer;
  /** Starts the server; false (and a logged reason) when it cannot listen. */
  start(): Promise<boolean>;
  stop(): Promise<void>;
  /** Where a reader opens a page: under web.publicUrl if set, else the local address; once started. */
  urlOf(path: string): string | undefined;
}

export interface BotWebOptions {
  config: WebConfig;
  /** The store's database file: the archive lives in a folder beside it (in memory for ':memory:'). */
  database: string;
  newsDesk: Pick<NewsDesk, 'briefStory'>;
  articleText(articleId: string): Promise<string | undefined>;
  logger: pino.Logger;
  archive?: BriefingArchive;
}

export function archiveFor(database: string): BriefingArchive {
  return database === ':memory:' ? createMemoryBriefingArchive() : createFileBriefingArchive(join(dirname(database), 'briefing-pages'));
}

export function createBotWeb(options: BotWebOptions): BotWeb {
  const { config, logger } = options;
  const pages = createBriefingPages({
    archive: options.archive ?? archiveFor(options.database),
    newsDesk: options.newsDesk,
    articleText: options.articleText,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  });
  const publicHost = config.publicUrl ? [new URL(config.publicUrl).hostname] : [];
  const server = createWebServer({ pages, host: config.host, port: config.port, allowedHosts: publicHost, logger });
  let listening = false;
  return {
    pages,
    server,
    async start() {
      try {
        await server.start();
        listening = true;
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'EADDRINUSE' ? `${config.host}:${config.port} is in use (web.port in briefbot.yaml)` : String((error as Error).message);
        logger.error({ err: error }, `the briefing pages are off: ${why}`);
        return false;
      }
    },
    async stop() {
      listening = false;
      await server.stop();
    },
    urlOf(path) {
      if (!listening) return undefined;
      const base = config.publicUrl ?? server.url;
      return base ? new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).href : undefined;
    },
  };
}
