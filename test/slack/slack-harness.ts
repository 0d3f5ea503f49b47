// Starts the real Slack adapter (real bolt) against the fake Web API and Socket Mode server,
// configured from environment variables the way bin/start.ts does it.

import { pino } from 'pino';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../adapters/slack/create-slack-adapter.ts';
import { readSlackConfig, type SlackMode } from '../../adapters/slack/config.ts';
import type { CommandHandler } from '../../src/commands/command.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { FakeSocketMode } from './fake-socket-mode.ts';
import { SIGNING_SECRET, signedHeaders } from './slack-payloads.ts';

export interface SlackHarness {
  api: FakeSlackApi;
  socket: FakeSocketMode;
  adapter: SlackAdapter;
  /** Parsed pino lines the adapter wrote. */
  logs: Record<string, unknown>[];
  /** Every Retry-After wait the adapter asked for, in ms (nothing really sleeps). */
  waits: number[];
  /** HTTP mode: POSTs a body to /slack/events, signed unless headers say otherwise. */
  post(body: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startSlackHarness(
  mode: SlackMode,
  commands: CommandHandler,
  extra: Partial<SlackAdapterOptions> = {},
  prepare: (api: FakeSlackApi) => void = () => {},
): Promise<SlackHarness> {
  const api = new FakeSlackApi();
  prepare(api);
  const socket = new FakeSocketMode(api);
  await api.listen();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_API_URL: `${api.url}/api`,
    SLACK_PORT: '0',
    SLACK_HOST: '127.0.0.1',
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: 'xapp-test' } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
  };
  const config = readSlackConfig(env);
  if (!config) throw new Error('harness: no Slack config');
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const waits: number[] = [];
  const adapter = createSlackAdapter({
    config,
    commands,
    logger,
    wait: async (ms) => void waits.push(ms),
    webClientRetries: 0,
    ...extra,
  });
  await adapter.start().catch(async (error: unknown) => {
    await socket.close();
    await api.close();
    throw error;
  });
  return {
    api,
    socket,
    adapter,
    logs,
    waits,
    post: (body, contentType, headers) =>
      fetch(`http://127.0.0.1:${adapter.port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': contentType, ...(headers ?? signedHeaders(body)) },
        body,
      }),
    async stop() {
      await adapter.stop();
      await socket.close();
      await api.close();
    },
  };
}

/** Polls `check` (no fixed sleeps) until it passes or `timeoutMs` runs out. */
export async function eventually(check: () => void, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
