// Reads the Slack settings from the environment: Socket Mode when an app token is given (no
// public URL needed), HTTP mode with a signing secret; SLACK_MODE forces one.

import { SLACK_DEFAULTS } from './constants.ts';

export type SlackMode = 'socket' | 'http';

export interface SlackConfig {
  mode: SlackMode;
  /** xoxb-… (OAuth & Permissions → Bot User OAuth Token). */
  botToken: string;
  /** xapp-… with connections:write (Basic Information → App-Level Tokens); Socket Mode only. */
  appToken?: string;
  /** Basic Information → Signing Secret; HTTP mode only. */
  signingSecret?: string;
  /** Web API base URL: Slack's own by default, or a proxy or local test server. */
  apiUrl: string;
  /** HTTP mode: where the events endpoint listens. */
  port: number;
  host?: string;
  commandName: string;
}

/** The Slack configuration, or undefined when SLACK_BOT_TOKEN is unset (Slack not wanted). */
export function readSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig | undefined {
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  if (!botToken) return undefined;
  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || undefined;
  const mode = chooseMode(env.SLACK_MODE?.trim().toLowerCase(), appToken, signingSecret);
  const port = Number(env.SLACK_PORT ?? env.PORT ?? SLACK_DEFAULTS.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SLACK_PORT is not a port number: ${env.SLACK_PORT ?? env.PORT}`);
  const config: SlackConfig = {
    mode,
    botToken,
    apiUrl: withTrailingSlash(env.SLACK_API_URL?.trim() || SLACK_DEFAULTS.apiUrl),
    port,
    commandName: env.SLACK_COMMAND?.trim() || SLACK_DEFAULTS.commandName,
  };
  if (appToken) config.appToken = appToken;
  if (signingSecret) config.signingSecret = signingSecret;
  if (env.SLACK_HOST?.trim()) config.host = env.SLACK_HOST.trim();
  return config;
}

function chooseMode(forced: string | undefined, appToken?: string, signingSecret?: string): SlackMode {
  if (forced && forced !== 'socket' && forced !== 'http') throw new Error(`SLACK_MODE must be "socket" or "http", not "${forced}"`);
  const mode: SlackMode = (forced as SlackMode | undefined) ?? (appToken ? 'socket' : 'http');
  if (mode === 'socket' && !appToken) throw new Error('Socket Mode needs SLACK_APP_TOKEN (an xapp-… app-level token)');
  if (mode === 'http' && !signingSecret) {
    throw new Error(forced ? 'HTTP mode needs SLACK_SIGNING_SECRET' : 'Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  }
  return mode;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
