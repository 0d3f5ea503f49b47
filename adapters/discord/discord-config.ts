// Discord settings from the environment. No DISCORD_TOKEN means Discord is not configured.

import { DISCORD_DEFAULT_API_URL } from './constants.ts';

export interface DiscordConfig {
  token: string;
  /** Needed to register commands; the running bot learns it from the gateway. */
  applicationId?: string;
  guildId?: string;
  /** REST base without the version, e.g. https://discord.com/api. */
  apiUrl: string;
}

export function readDiscordConfig(env: Record<string, string | undefined> = process.env): DiscordConfig | undefined {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return undefined;
  const config: DiscordConfig = { token, apiUrl: normalizeApiUrl(env.DISCORD_API_URL) };
  const applicationId = env.DISCORD_APPLICATION_ID?.trim();
  const guildId = env.DISCORD_GUILD_ID?.trim();
  if (applicationId) config.applicationId = applicationId;
  if (guildId) config.guildId = guildId;
  for (const [name, id] of [['DISCORD_APPLICATION_ID', applicationId], ['DISCORD_GUILD_ID', guildId]] as const) {
    if (id && !/^\d{17,20}$/.test(id)) throw new Error(`${name} must be a Discord id (17 to 20 digits), got '${id}'`);
  }
  return config;
}

/** Accepts ".../api", ".../api/" and ".../api/v10": the REST client adds the version itself. */
export function normalizeApiUrl(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return DISCORD_DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DISCORD_API_URL is not a URL: '${raw}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`DISCORD_API_URL must be http(s), got '${raw}'`);
  return raw.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
