import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../adapters/discord/discord-config.ts';

describe('readDiscordConfig', () => {
  const rows: [string, Record<string, string>, unknown][] = [
    ['no token: Discord is off', {}, undefined],
    ['token only: Discord’s own API', { DISCORD_TOKEN: 't' }, { token: 't', apiUrl: 'https://discord.com/api' }],
    [
      'everything, API URL given with a version and a slash',
      { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: 'http://proxy.internal:8080/api/v10/' },
      { token: 't', applicationId: '123456789012345678', guildId: '223456789012345678', apiUrl: 'http://proxy.internal:8080/api' },
    ],
  ];
  it.each(rows)('%s', (_name, env, expected) => {
    expect(readDiscordConfig(env)).toEqual(expected);
  });

  it.each([
    [{ DISCORD_TOKEN: 't', DISCORD_API_URL: 'discord.com/api' }, /not a URL/],
    [{ DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x/api' }, /http\(s\)/],
    [{ DISCORD_TOKEN: 't', DISCORD_GUILD_ID: 'my-server' }, /DISCORD_GUILD_ID must be a Discord id/],
  ])('refuses %j', (env, message) => {
    expect(() => readDiscordConfig(env)).toThrow(message);
  });
});
