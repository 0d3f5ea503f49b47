// `npm start`: the bot's main command. With no Slack or Discord tokens and no briefbot.yaml it runs
// on the embedded defaults: the SQLite store (./data/briefbot.db), the console adapter, and the
// bundled demo corpus, whose briefing it prints and writes to summaries/.
//
//   npm start                      # defaults, or ./briefbot.yaml when present
//   npm start -- --config FILE     # another configuration (also: BRIEFBOT_CONFIG)
//   npm start -- --once            # print and exit, even when subscriptions or platforms are set

import { Command } from 'commander';
import { createBot } from '../adapters/app/create-bot.ts';
import { loadConfig } from '../adapters/config/load-config.ts';
import { CONSOLE_CONTEXT, runConsolePrompt } from '../adapters/console/console-prompt.ts';
import { summariesDir } from '../adapters/files/repo-paths.ts';
import { writeSummary } from '../adapters/files/write-summary.ts';
import { isBriefError } from '../src/errors.ts';
import { renderMarkdown } from '../src/render/markdown.ts';

const options = new Command()
  .name('start')
  .option('--config <file>', 'the configuration file (default: $BRIEFBOT_CONFIG, else ./briefbot.yaml if present)')
  .option('--once', 'print the briefing (or digest) and exit')
  .parse()
  .opts<{ config?: string; once?: boolean }>();

async function main(): Promise<number> {
  const { config, path } = loadConfig(options.config);
  const bot = await createBot({ config });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say(path ? `briefbot: configuration from ${path}` : 'briefbot: no briefbot.yaml; running on the embedded defaults');

  if (bot.demoBriefing) {
    process.stdout.write(renderMarkdown(bot.demoBriefing));
    const written = writeSummary(process.env.BRIEFBOT_SUMMARIES_DIR ?? summariesDir, bot.demoBriefing);
    say(written.length > 0 ? `briefbot: wrote ${written.join(' and ')}` : 'briefbot: summaries/ already holds this briefing');
  }
  await bot.start();
  const page = bot.pageUrl();
  if (page) say(`briefbot: the briefing page: ${page}`);
  const consoleAdapter = bot.adapters.get('console')!;
  if (!bot.demoBriefing) {
    await bot.sourcesRead();
    await consoleAdapter.deliver({ platform: 'console', channelId: 'terminal', isDirectMessage: true }, await bot.handler.handle('', CONSOLE_CONTEXT));
  }

  const interactive = process.stdin.isTTY === true;
  if (options.once || !(interactive || (await bot.hasWork()))) {
    if (!options.once) say('briefbot: nothing scheduled and no Slack or Discord token; exiting (see README: Configuration)');
    await bot.stop();
    return 0;
  }
  say(`briefbot: running on ${[...bot.adapters.keys()].join(', ')}${interactive ? '; type /brief help' : ''}; Ctrl-C stops`);
  const stop = async () => {
    await bot.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  if (!interactive) return new Promise<number>(() => {});
  await runConsolePrompt(process.stdin, bot.handler, consoleAdapter);
  await bot.stop();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`briefbot: ${isBriefError(error) ? error.message : (error as Error).stack}\n`);
    process.exitCode = 1;
  },
);
