// Discord settings from the environment. No DISCORD_TOKEN means Discord is not configured.

import { DISCORD_DEFAULT_API_URL } from './constants.ts';

export interface DiscordConfig {
  token: string;
  /** Needed to register commands; the running bot learns it from the gateway. */
  applicationId?: string;
  guildId?: string;
  /** REST base without the version, e.g. https://discord.com/api. */
  apiUrl: string;
  /** The gateway shards this instance runs (DISCORD_SHARDS of DISCORD_SHARD_COUNT); absent: all. */
  shards?: DiscordShards;
}

export interface DiscordShards {
  ids: number[];
  count: number;
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
  const shards = readShards(env.DISCORD_SHARDS, env.DISCORD_SHARD_COUNT);
  if (shards) config.shards = shards;
  return config;
}

/**
 * Several instances split the gateway: DISCORD_SHARDS=0,1 with DISCORD_SHARD_COUNT=4 runs shards
 * 0 and 1 of 4 here (ranges too: 0-1). Discord sends a guild's events on shard
 * (guild_id >> 22) % count, so each instance answers the interactions of its own guilds.
 */
export function readShards(idsText: string | undefined, countText: string | undefined): DiscordShards | undefined {
  const idsRaw = idsText?.trim() ?? '';
  const countRaw = countText?.trim() ?? '';
  if (!idsRaw && !countRaw) return undefined;
  if (!idsRaw || !countRaw) {
    throw new Error('DISCORD_SHARDS and DISCORD_SHARD_COUNT go together: e.g. DISCORD_SHARDS=0,1 DISCORD_SHARD_COUNT=4');
  }
  if (!/^\d{1,5}$/.test(countRaw) || Number(countRaw) < 1) throw new Error(`DISCORD_SHARD_COUNT must be a whole number of at least 1, got '${countRaw}'`);
  const count = Number(countRaw);
  const ids = new Set<number>();
  for (const part of idsRaw.split(',').map((p) => p.trim())) {
    const range = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(part);
    if (!range) throw new Error(`DISCORD_SHARDS must list shard numbers like 0,1 or 0-3, got '${idsRaw}'`);
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) throw new Error(`DISCORD_SHARDS: the range ${part} runs backwards`);
    for (let id = from; id <= to; id++) {
      if (id >= count) throw new Error(`DISCORD_SHARDS: shard ${id} does not exist with DISCORD_SHARD_COUNT=${count} (shards are 0 to ${count - 1})`);
      ids.add(id);
    }
  }
  return { ids: [...ids].sort((a, b) => a - b), count };
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
