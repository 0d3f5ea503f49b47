// What `npm start` does, as a function: load the configuration, assemble the bot, print the demo
// briefing (embedded defaults) or the digest (configured sources), then either stop (`--once`, or
// nothing to keep running for) or hand back the running bot. bin/start.ts adds the process around
// it (arguments, signals, the terminal prompt); tests call it in-process.

import type { Readable } from 'node:stream';
import { isBriefError } from '../../src/errors.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { loadConfig } from '../config/load-config.ts';
import { CONSOLE_CONTEXT } from '../console/console-prompt.ts';
import { summariesDir } from '../files/repo-paths.ts';
import { writeSummary } from '../files/write-summary.ts';
import { type Bot, createBot } from './create-bot.ts';

export interface StartOptions {
  /** The configuration file (default: $BRIEFBOT_CONFIG, else ./briefbot.yaml if present). */
  config?: string;
  /** Print the briefing (or digest) and stop, even when subscriptions or platforms are set. */
  once?: boolean;
}

export interface StartIo {
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Either the bot stopped with an exit code, or it is running and the caller keeps it alive. */
export type StartOutcome = { code: number; bot?: undefined } | { code?: undefined; bot: Bot; interactive: boolean };

export async function runStart(options: StartOptions, io: StartIo): Promise<StartOutcome> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  try {
    const { config, path } = loadConfig(options.config, io.env);
    const bot = await createBot({ config, env: io.env, output: io.stdout });
    say(path ? `briefbot: configuration from ${path}` : 'briefbot: no briefbot.yaml; running on the embedded defaults');

    if (bot.demoBriefing) {
      io.stdout.write(renderMarkdown(bot.demoBriefing));
      const written = writeSummary(io.env.BRIEFBOT_SUMMARIES_DIR ?? summariesDir, bot.demoBriefing);
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

    const interactive = io.stdin.isTTY === true;
    if (options.once || !(interactive || (await bot.hasWork()))) {
      if (!options.once) say('briefbot: nothing scheduled and no Slack or Discord token; exiting (see README: Configuration)');
      await bot.stop();
      return { code: 0 };
    }
    say(`briefbot: running on ${[...bot.adapters.keys()].join(', ')}${interactive ? '; type /brief help' : ''}; Ctrl-C stops`);
    return { bot, interactive };
  } catch (error) {
    say(`briefbot: ${isBriefError(error) ? error.message : (error as Error).stack}`);
    return { code: 1 };
  }
}
