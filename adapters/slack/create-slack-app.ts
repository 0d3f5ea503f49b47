// The bolt App for a configuration: Socket Mode (app token, outbound WebSocket) or HTTP mode
// (signing secret, events POSTed to /slack/events), both with the Web API at config.apiUrl.

import { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { createBoltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';
import { SLACK_DEFAULTS } from './constants.ts';

export interface SlackAppOptions {
  /** Retries of a failed Web API request (network, 5xx); keep low in tests. Default: the client's. */
  webClientRetries?: number;
}

export function createSlackApp(config: SlackConfig, logger: Logger, options: SlackAppOptions = {}): App {
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    // A 429 comes back to us (rate-limit.ts waits Retry-After with an injectable clock).
    rejectRateLimitedCalls: true,
    ...(options.webClientRetries === undefined
      ? {}
      : { retryConfig: { retries: options.webClientRetries, minTimeout: 0, maxTimeout: 10 } }),
  };
  // Deferred: the adapter's start() runs app.init(), whose auth.test fails fast on a bad token
  // (otherwise bolt calls it in the constructor and only the first event would see the error).
  const common = { token: config.botToken, logger: createBoltLogger(logger), clientOptions, deferInitialization: true };
  if (config.mode === 'socket') {
    return new App({ ...common, socketMode: true, appToken: config.appToken });
  }
  return new App({ ...common, signingSecret: config.signingSecret, endpoints: SLACK_DEFAULTS.eventsPath });
}

/**
 * The Web API client that posts (answers, scheduled briefings, owner notices): it never retries by
 * itself (a retried chat.postMessage after a 5xx or a dropped connection is how a post appears
 * twice) and gives up on a request after `timeoutMs`; a 429 comes back to the caller. The
 * scheduler is the one retry layer for scheduled posts (adapters/scheduler/send-with-retries.ts).
 */
export function createPostingClient(config: SlackConfig, logger: Logger, timeoutMs: number): webApi.WebClient {
  return new webApi.WebClient(config.botToken, {
    slackApiUrl: config.apiUrl,
    logger: createBoltLogger(logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
  });
}
