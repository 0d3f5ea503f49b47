// Discord objects as the fake sends them: messages, GUILD_CREATE, error bodies.

import type { IncomingMessage } from 'node:http';
import { DISCORD_ERROR } from '../../../adapters/discord/constants.ts';
import type { FakeGuild, ScriptedResponse } from './fake-discord.ts';
import { snowflake } from './snowflakes.ts';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON as Discord sends it
type Json = Record<string, any>;

export function messageObject(author: Json, channelId: string, body: Json): Json {
  return {
    id: snowflake(),
    channel_id: channelId,
    type: 0,
    author,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
  };
}

export function invalidForm(problems: string[]): ScriptedResponse {
  return { status: 400, body: { message: 'Invalid Form Body', code: DISCORD_ERROR.invalidFormBody, errors: { problems } } };
}

export function guildCreate(guild: FakeGuild, botId: string): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: snowflake(),
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    roles: [{ id: guild.id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: guild.channelIds.map((id, position) => ({ id, type: 0, name: `news-${position}`, position, permission_overwrites: [] })),
    members: [{ user: { id: botId, username: 'briefbot', discriminator: '0', bot: true }, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false }],
    threads: [],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
