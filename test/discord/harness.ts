// Starts a fake Discord and a real Discord adapter (real discord.js) logged in to it.

import type { Briefing } from '../../src/briefing.ts';
import type { CommandHandler } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from '../../adapters/discord/create-discord-adapter.ts';
import { FakeDiscord, type FakeDiscordOptions } from './fake/fake-discord.ts';
import { snowflake } from './fake/snowflakes.ts';
import { type LogLine, makeBriefing, recordingHandler, recordingLogger, storyDesk } from './fixtures.ts';

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  handler: ReturnType<typeof recordingHandler>;
  desk: ReturnType<typeof storyDesk>;
  logs: LogLine[];
  guildId: string;
  channelId: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  briefing?: Briefing;
  commandHandler?: CommandHandler;
  newsDesk?: NewsDesk;
  fake?: FakeDiscordOptions;
  /** The clock handed to the command handler (default: a fixed morning). */
  now?: () => Date;
  /** Log in to the gateway (default); delivery tests only need REST. */
  login?: boolean;
  /**
   * Answer only after the adapter has deferred (its quick-reply wait shortened to 20 ms): the
   * path of a briefing that takes longer than Discord's first-response window.
   */
  slowAnswers?: boolean;
  subscriptions?: DiscordAdapterOptions['subscriptions'];
}

const isDefer = (r: { path: string; body: { type?: number } }) => r.path.endsWith('/callback') && r.body?.type === 5;

/** A handler that answers the n-th command only once the adapter has deferred n times. */
function afterDefer(inner: CommandHandler, fake: FakeDiscord): CommandHandler {
  let calls = 0;
  return {
    async handle(text, context) {
      const n = ++calls;
      await fake.waitForRequest(() => fake.requests.filter(isDefer).length >= n);
      return inner.handle(text, context);
    },
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const guildId = snowflake();
  const channelId = snowflake();
  const fake = await FakeDiscord.start({ guilds: [{ id: guildId, name: 'Newsroom', channelIds: [channelId] }], ...options.fake });
  const briefing = options.briefing ?? makeBriefing();
  const handler = recordingHandler(briefing);
  const desk = storyDesk(briefing);
  const { logger, lines } = recordingLogger();
  const commandHandler = options.commandHandler ?? handler;
  const adapter = createDiscordAdapter({
    token: fake.token,
    apiUrl: fake.apiUrl,
    commandHandler: options.slowAnswers ? afterDefer(commandHandler, fake) : commandHandler,
    newsDesk: options.newsDesk ?? desk,
    ...(options.slowAnswers ? { quickReplyMs: 20 } : {}),
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    logger,
    now: options.now ?? (() => new Date('2023-11-09T08:00:00Z')),
  });
  if (options.login !== false) await adapter.start();
  return {
    fake,
    adapter,
    handler,
    desk,
    logs: lines,
    guildId,
    channelId,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/**
 * What the asker sees first, whichever way it came: the reply itself (a type 4 callback), or
 * the deferred reply's edit — or, when that edit is only a placeholder, the follow-up after it.
 */
export async function firstAnswer(fake: FakeDiscord, payload: Record<string, unknown>) {
  const call = { id: String(payload.id), token: String(payload.token) };
  const first = await fake.waitForRequest(
    (r) => (r.path === `/interactions/${call.id}/${call.token}/callback` && r.body?.type === 4) || (r.method === 'PATCH' && r.path.includes(call.token)),
  );
  if (first.method === 'POST') return { ...first.body.data, deferred: false };
  if (/^(Answered privately|Posted for the channel)\.$/.test(first.body.content ?? '')) {
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path.endsWith(`/${call.token}`));
    return { ...followUp.body, deferred: true };
  }
  return { ...first.body, deferred: true };
}
