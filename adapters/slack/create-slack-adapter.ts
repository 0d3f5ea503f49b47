// createSlackAdapter: the ChatAdapter for Slack. It wires `/brief`, DMs and mentions to the core's
// command handler, and delivers replies (and scheduled briefings) as Block Kit messages.

import type { App } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { CommandHandler } from '../../src/commands/command.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import type { SlackConfig } from './config.ts';
import { SLACK_TIMING } from './constants.ts';
import { createPostingClient, createSlackApp } from './create-slack-app.ts';
import { toDeliveryError } from './delivery-error.ts';
import { createEventDedupe, dedupeEventsMiddleware, type EventDedupe } from './event-dedupe.ts';
import { registerMessageListeners } from './on-messages.ts';
import { registerSlashCommand } from './on-slash-command.ts';
import { realWait, type Wait } from './rate-limit.ts';
import { createSlackPoster } from './slack-poster.ts';
import { createUserTimezones } from './user-timezones.ts';

export interface SlackAdapterOptions {
  config: SlackConfig;
  commands: CommandHandler;
  logger?: Logger;
  /** Waits out a 429's Retry-After; tests pass one that records instead of sleeping. */
  wait?: Wait;
  rateLimitRetries?: number;
  /** Retries of bolt's own Web API client (reads: auth.test, users.info). Posting never retries. */
  webClientRetries?: number;
  /** A post with no answer by then is abandoned (its outcome is unknown). Default SLACK_TIMING.postTimeoutMs. */
  postTimeoutMs?: number;
  quickReplyMs?: number;
  dedupe?: EventDedupe;
}

export interface SlackAdapter extends ChatAdapter {
  readonly app: App;
  /** HTTP mode: the port the events endpoint listens on once started (useful with port 0). */
  readonly port: number | undefined;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, commands } = options;
  const logger = options.logger ?? pino({ name: 'briefbot' });
  const app = createSlackApp(config, logger, { webClientRetries: options.webClientRetries });
  const postingClient = createPostingClient(config, logger, options.postTimeoutMs ?? SLACK_TIMING.postTimeoutMs);
  const poster = createSlackPoster(postingClient, {
    wait: options.wait ?? realWait,
    retries: options.rateLimitRetries ?? SLACK_TIMING.rateLimitRetries,
  }, logger);
  const deps = {
    commands,
    poster,
    userTimezones: createUserTimezones(app.client, logger),
    logger,
    commandName: config.commandName,
    quickReplyMs: options.quickReplyMs ?? SLACK_TIMING.quickReplyMs,
  };
  app.use(dedupeEventsMiddleware(options.dedupe ?? createEventDedupe(), logger));
  registerSlashCommand(app, deps);
  registerMessageListeners(app, deps);
  app.error(async (error) => {
    logger.error({ err: error }, 'slack: listener failed');
  });

  let port: number | undefined;
  let started = false;
  return {
    platform: 'slack',
    // No idempotency key in Slack's API: keyed posts carry metadata and are looked up instead.
    idempotency: { kind: 'lookup' },
    app,
    get port() {
      return port;
    },
    async start() {
      // auth.test: fail at start, not at the first event, when the bot token is wrong.
      await app.init().catch((error: unknown) => {
        throw toDeliveryError(error);
      });
      if (config.mode === 'socket') {
        await app.start();
      } else {
        const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
        port = (server.address() as AddressInfo).port;
      }
      started = true;
      logger.info({ mode: config.mode, port }, 'slack: adapter started');
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
    },
    deliver: (destination, reply, deliveryOptions) => poster.deliver(destination, reply, deliveryOptions),
    findDelivery: (destination, key, since) => poster.findDelivery(destination, key, since),
    openDirectMessage: (userId) => poster.openDirectMessage(userId),
  };
}
