// `npm start`: the bot's main command. With no Slack or Discord tokens and no briefbot.yaml it runs
// on the embedded defaults: the SQLite store (./data/briefbot.db), the console adapter, and the
// bundled demo corpus, whose briefing it prints and writes to summaries/.
//
//   npm start                      # defaults, or ./briefbot.yaml when present
//   npm start -- --config FILE     # another configuration (also: BRIEFBOT_CONFIG)
//   npm start -- --once            # print and exit, even when subscriptions or platforms are set
//
// SIGTERM and SIGINT stop the bot cleanly (the scheduler, the adapters, then the store, which
// releases the database lock) and end the process.

// First: V8's memory-saving mode, before anything is allocated or a worker started.
import '../adapters/app/memory-mode.ts';
import { Command } from 'commander';
import { runStart } from '../adapters/app/run-start.ts';
import { runConsolePrompt } from '../adapters/console/console-prompt.ts';

const options = new Command()
  .name('start')
  .option('--config <file>', 'the configuration file (default: $BRIEFBOT_CONFIG, else ./briefbot.yaml if present)')
  .option('--once', 'print the briefing (or digest) and exit')
  .parse()
  .opts<{ config?: string; once?: boolean }>();

// Signals are taken from the first moment: one that arrives while the bot is still starting stops
// it as soon as it is up.
let stopRequested = false;
let stopNow: (() => void) | undefined;
const onSignal = () => {
  if (stopNow) stopNow();
  else stopRequested = true;
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

const outcome = await runStart(options, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
if (outcome.bot) {
  const { bot } = outcome;
  let stopping: Promise<void> | undefined;
  stopNow = () => {
    stopping ??= bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`briefbot: stopping failed: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  if (stopRequested) stopNow();
  else if (outcome.interactive) {
    await runConsolePrompt(process.stdin, bot.handler, bot.adapters.get('console')!);
    stopNow();
  }
} else {
  process.exitCode = outcome.code;
  // A signal during a start that ended by itself changes nothing: the process is ending anyway.
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
}
