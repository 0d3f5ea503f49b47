// npm run deploy:discord: the /brief definition, registered to a guild or globally, as the
// fake Discord validates it (names, description lengths, option and character limits).

import { afterEach, describe, expect, it } from 'vitest';
import { buildBriefCommand } from '../../adapters/discord/brief-command.ts';
import { deployDiscordCommands } from '../../adapters/discord/deploy-commands.ts';
import { FakeDiscord } from './fake/fake-discord.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('deployDiscordCommands', () => {
  it.each([
    ['guild', '323456789012345678', /^\/applications\/\d+\/guilds\/323456789012345678\/commands$/],
    ['global', undefined, /^\/applications\/\d+\/commands$/],
  ] as const)('registers /brief %s-wide', async (scope, guildId, route) => {
    fake = await FakeDiscord.start();
    const result = await deployDiscordCommands({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, ...(guildId ? { guildId } : {}) });

    expect(result).toEqual({ scope, names: ['brief'] });
    const put = fake.requestsTo('PUT', route);
    expect(put).toHaveLength(1);
    expect(put[0]!.status).toBe(200);
    expect(fake.rejections).toEqual([]);
  });
});

describe('the /brief definition', () => {
  const command = buildBriefCommand();
  const sub = (name: string) => command.options?.find((o) => o.name === name) as { options?: { name: string; autocomplete?: boolean; required?: boolean }[] };

  it('mirrors the command module and works in servers and in DMs with the bot', () => {
    expect(command.options?.map((o) => o.name)).toEqual(['now', 'subscribe', 'unsubscribe', 'resume', 'list', 'status', 'help']);
    expect(command.contexts).toEqual([0, 1]);
    expect(command.integration_types).toEqual([0]);
  });

  it('is open to every member: Manage Channels is checked per subcommand on use, not by Discord', () => {
    // default_member_permissions covers the whole command; set, it would hide `/brief now` too.
    expect(command.default_member_permissions).toBeNull();
  });

  it('autocompletes topics and timezones; a schedule is required to subscribe', () => {
    expect(sub('now').options?.find((o) => o.name === 'topic')?.autocomplete).toBe(true);
    expect(sub('subscribe').options?.map((o) => [o.name, Boolean(o.required), Boolean(o.autocomplete)])).toEqual([
      ['schedule', true, true],
      ['timezone', false, true],
      ['topic', false, true],
    ]);
  });
});
