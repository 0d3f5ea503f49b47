// INTERACTION_CREATE payloads as Discord sends them: /brief in a server or a DM, autocomplete,
// and a button press. Permissions are decimal strings of bit flags, as on the wire.

import { snowflake } from './snowflakes.ts';
import { messageObject } from './wire-objects.ts';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON, as Discord sends it
type Json = Record<string, any>;

export const PERMISSION = {
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  manageChannels: 1n << 4n,
};

/** A member who can read and write but not manage channels. */
export const MEMBER_PERMISSIONS = PERMISSION.viewChannel | PERMISSION.sendMessages | PERMISSION.embedLinks;
export const MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | PERMISSION.manageChannels;
export const BOT_PERMISSIONS = MEMBER_PERMISSIONS;

export type Where =
  | { guildId: string; channelId: string; permissions?: bigint; appPermissions?: bigint }
  | { dmChannelId: string };

export interface Asker {
  id: string;
  username: string;
}

export function newAsker(username = 'reader'): Asker {
  return { id: snowflake(), username };
}

function user(asker: Asker): Json {
  return { id: asker.id, username: asker.username, discriminator: '0', global_name: asker.username, avatar: null };
}

function base(applicationId: string, asker: Asker, where: Where, type: number, data: Json): Json {
  const id = snowflake();
  const common = {
    id,
    application_id: applicationId,
    type,
    token: `token-${id}`,
    version: 1,
    data,
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if ('dmChannelId' in where) {
    return {
      ...common,
      context: 1,
      authorizing_integration_owners: { '0': applicationId },
      app_permissions: BOT_PERMISSIONS.toString(),
      user: user(asker),
      channel_id: where.dmChannelId,
      channel: { id: where.dmChannelId, type: 1, recipients: [user(asker)], last_message_id: null, flags: 0 },
    };
  }
  return {
    ...common,
    context: 0,
    authorizing_integration_owners: { '0': where.guildId },
    guild_id: where.guildId,
    guild_locale: 'en-US',
    app_permissions: (where.appPermissions ?? BOT_PERMISSIONS).toString(),
    channel_id: where.channelId,
    channel: { id: where.channelId, type: 0, guild_id: where.guildId, name: 'news', position: 0, permission_overwrites: [], flags: 0 },
    member: {
      user: user(asker),
      roles: [],
      permissions: (where.permissions ?? MEMBER_PERMISSIONS).toString(),
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
    },
  };
}

export interface BriefCall {
  subcommand: string;
  options?: Record<string, string>;
  /** The option being typed, for autocomplete. */
  focused?: string;
}

function commandData(call: BriefCall): Json {
  const options = Object.entries(call.options ?? {}).map(([name, value]) => ({
    type: 3,
    name,
    value,
    ...(name === call.focused ? { focused: true } : {}),
  }));
  return { id: '1300000000000000001', name: 'brief', type: 1, options: [{ type: 1, name: call.subcommand, options }] };
}

export function briefCommand(applicationId: string, asker: Asker, where: Where, call: BriefCall): Json {
  return base(applicationId, asker, where, 2, commandData(call));
}

export function briefAutocomplete(applicationId: string, asker: Asker, where: Where, call: BriefCall): Json {
  return base(applicationId, asker, where, 4, commandData(call));
}

export function buttonPress(applicationId: string, asker: Asker, where: Where, customId: string): Json {
  const channelId = 'dmChannelId' in where ? where.dmChannelId : where.channelId;
  const bot = { id: applicationId, username: 'briefbot', discriminator: '0', bot: true, avatar: null };
  const message = messageObject(bot, channelId, {});
  return { ...base(applicationId, asker, where, 3, { custom_id: customId, component_type: 2 }), message };
}

/** MESSAGE_CREATE for a plain message a user sends in their DM with the bot. */
export function directMessage(asker: Asker, dmChannelId: string, content: string): Json {
  // Discord names the channel's type here; discord.js needs it to build the DM channel.
  return { ...messageObject(user(asker), dmChannelId, { content }), channel_type: 1 };
}
