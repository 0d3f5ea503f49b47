// What `npm start` does, as a function: load the configuration, assemble the bot, print the demo
// briefing (embedded defaults) or the digest (configured sources), then either stop (`--once`, or
// nothing to keep running for) or hand back the running bot. bin/start.ts adds the process around
// it (arguments, signals, the terminal prompt); tests call it in-process.

import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { isBriefError } from '../../src/errors.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { loadConfig } from '../config/load-config.ts';
import { CONSOLE_CONTEXT } from '../console/console-prompt.ts';
import { summariesDir } from '../files/repo-paths.ts';
import { writeSummary } from '../files/write-summary.ts';
import { createProgress, type Progress } from '../progress/progress-line.ts';
import { type Bot, createBot } from './create-bot.ts';
import { runningBecause } from './running-because.ts';

export interface StartOptions {
  /** The configuration file (default: $BRIEFBOT_CONFIG, else ./briefbot.yaml if present). */
  config?: string;
  /** Print the briefing (or digest) and stop, even when subscriptions or platforms are set. */
  once?: boolean;
}

export interface StartIo {
  stdout: { write(text: string): boolean };
  /** A terminal (isTTY) gets a counting line while many sources are first read. */
  stderr: { write(text: string): boolean; isTTY?: boolean; columns?: number };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Either the bot stopped with an exit code, or it is running and the caller keeps it alive. */
export type StartOutcome = { code: number; bot?: undefined } | { code?: undefined; bot: Bot; interactive: boolean };

export async function runStart(options: StartOptions, io: StartIo): Promise<StartOutcome> {
  const say = (line: string) => io.stderr.write(`${line}\n`);
  try {
    const { config, path } = loadConfig(options.config, io.env);
    const bot = await createBot({ config, env: io.env, output: io.stdout, ...(path ? { configName: basename(path) } : {}) });
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
      // The first read of many feeds takes a while: a counting line on a terminal.
      let reading: Progress | undefined;
      await bot.sourcesRead((_done, total, name) => {
        reading ??= createProgress('reading sources', total, { stream: io.stderr });
        reading.tick(name);
      });
      reading?.done();
      await consoleAdapter.deliver({ platform: 'console', channelId: 'terminal', isDirectMessage: true }, await bot.handler.handle('', CONSOLE_CONTEXT));
    }

    const interactive = io.stdin.isTTY === true;
    if (options.once || !(interactive || (await bot.hasWork()))) {
      if (!options.once) say('briefbot: nothing scheduled and no Slack or Discord token; exiting (see the README, "The configuration file")');
      await bot.stop();
      return { code: 0 };
    }
    say(`briefbot: running on ${[...bot.adapters.keys()].join(', ')}${interactive ? '; type /brief help' : ''}; Ctrl-C stops`);
    // Say what keeps it running, so a forgotten subscription is not a mystery.
    for (const line of await runningBecause(bot, config)) say(`briefbot: ${line}`);
    return { bot, interactive };
  } catch (error) {
    say(`briefbot: ${isBriefError(error) ? error.message : (error as Error).stack}`);
    return { code: 1 };
  }
}
