// `npm run deploy:discord`: registers /brief with Discord — in DISCORD_GUILD_ID only (instant,
// for development) when set, else globally. Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID.

import { readDiscordConfig } from '../adapters/discord/discord-config.ts';
import { deployDiscordCommands } from '../adapters/discord/deploy-commands.ts';

async function main(): Promise<number> {
  const config = readDiscordConfig(process.env);
  if (!config?.applicationId) {
    console.error('deploy:discord needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see the README, "Connecting Discord").');
    return 2;
  }
  const result = await deployDiscordCommands({
    token: config.token,
    applicationId: config.applicationId,
    apiUrl: config.apiUrl,
    ...(config.guildId ? { guildId: config.guildId } : {}),
  });
  const where = result.scope === 'guild' ? `guild ${config.guildId}` : 'every server and DM (global)';
  console.log(`Registered /${result.names.join(', /')} for ${where}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`deploy:discord failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
