// The Discord adapter: a discord.js client (gateway for interactions, REST for posts) wired to
// the core's command handler and NewsDesk. Slash commands need no privileged intents; DMs need
// DirectMessages with Partials.Channel (a DM channel is not cached before its first event).
// With `shards`, this instance opens only those gateway shards (several instances split a big
// bot): Discord delivers each guild's interactions to the instance holding its shard, while
// scheduled posts go over REST from whichever instance claimed the slot.

import { Client, type ClientOptions, Events, GatewayIntentBits, type Interaction, Partials, REST } from 'discord.js';
import pino, { type Logger } from 'pino';
import type { CommandHandler, CommandReply } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { SubscriptionStore } from '../../src/commands/subscription-port.ts';
import type { ChatAdapter, DeliveryOptions, DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { BRIEF_COMMAND_NAME } from './brief-command.ts';
import { DISCORD_DEFAULT_API_URL, DISCORD_NONCE } from './constants.ts';
import type { DiscordShards } from './discord-config.ts';
import type { InteractionDeps } from './interaction-deps.ts';
import { onBriefAutocomplete } from './on-brief-autocomplete.ts';
import { onBriefCommand } from './on-brief-command.ts';
import { isDirectMessageToBot, onDirectMessage } from './on-direct-message.ts';
import { isPartButton, onPartButton } from './on-part-button.ts';
import { outgoingMessagesFor } from './outgoing-message.ts';
import { openDirectMessageChannel, postToChannel } from './post-to-channel.ts';

export interface DiscordAdapterOptions {
  /** The bot token (DISCORD_TOKEN). */
  token: string;
  commandHandler: CommandHandler;
  newsDesk: NewsDesk;
  /** Where `/brief unsubscribe` and `/brief resume` find the ids they suggest. */
  subscriptions?: Pick<SubscriptionStore, 'listSubscriptions'>;
  /** How long a command waits for its answer before deferring ("thinking…"); tests shorten it. */
  quickReplyMs?: number;
  /** REST base without the version (DISCORD_API_URL): Discord's own, a shared REST proxy, or a test server. */
  apiUrl?: string;
  logger?: Logger;
  /** The clock handed to the command handler (tests fix it). */
  now?: () => Date;
  /** Extra discord.js options (tests shorten waits); intents, partials and the API URL stay the adapter's. */
  clientOptions?: Partial<ClientOptions>;
  /** How long a scheduled post may go unanswered before its outcome is unknown. Default 15 s. */
  postTimeoutMs?: number;
  /** The gateway shards to run here (DISCORD_SHARDS of DISCORD_SHARD_COUNT). Default: all of them. */
  shards?: DiscordShards;
}

export interface DiscordAdapter extends ChatAdapter {
  readonly platform: 'discord';
  /** The discord.js client, for logging hooks and tests. */
  readonly client: Client;
}

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const logger = options.logger ?? pino({ name: 'discord' });
  const extra = options.clientOptions ?? {};
  const client = new Client({
    ...extra,
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { ...extra.rest, api: options.apiUrl ?? DISCORD_DEFAULT_API_URL },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
  // Scheduled posts may go out before (or without) the gateway login.
  client.rest.setToken(options.token);
  // Scheduled posts and owner notices: no retries of its own (a retried create after a 5xx or a
  // timeout may duplicate; the scheduler repeats with the same nonce instead), and a 429 on a
  // channel post is handed back with its wait rather than waited out here.
  const postingRest = new REST({
    api: options.apiUrl ?? DISCORD_DEFAULT_API_URL,
    retries: 0,
    rejectOnRateLimit: ['/channels'],
    timeout: options.postTimeoutMs ?? 15_000,
  }).setToken(options.token);

  const deps: InteractionDeps = {
    commandHandler: options.commandHandler,
    newsDesk: options.newsDesk,
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    ...(options.quickReplyMs !== undefined ? { quickReplyMs: options.quickReplyMs } : {}),
    logger,
    now: options.now ?? (() => new Date()),
  };
  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(interaction, deps));
  client.on(Events.MessageCreate, (message) => {
    if (isDirectMessageToBot(message)) void onDirectMessage(message, deps);
  });
  watchConnection(client, logger);

  return {
    platform: 'discord',
    idempotency: { kind: 'key', windowMs: DISCORD_NONCE.windowMs },
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(options.token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: options.shards }, 'discord adapter ready');
    },
    async stop() {
      await client.destroy();
    },
    deliver(destination: Destination, reply: CommandReply, deliveryOptions?: DeliveryOptions): Promise<DeliveryReceipt> {
      return postToChannel(postingRest, destination, outgoingMessagesFor(reply), logger, deliveryOptions);
    },
    openDirectMessage(userId: string): Promise<string> {
      return openDirectMessageChannel(postingRest, userId);
    },
  };
}

async function routeInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete() && interaction.commandName === BRIEF_COMMAND_NAME) {
      await onBriefAutocomplete(interaction, deps);
    } else if (interaction.isChatInputCommand() && interaction.commandName === BRIEF_COMMAND_NAME) {
      await onBriefCommand(interaction, deps);
    } else if (interaction.isButton() && isPartButton(interaction.customId)) {
      await onPartButton(interaction, deps);
    }
  } catch (error) {
    // The listeners report their own failures; this only keeps a bug from killing the process.
    deps.logger.error({ err: error, interactionId: interaction.id }, 'unhandled interaction error');
  }
}

/** discord.js reconnects (resume, else a new session) by itself; we log what happens. */
function watchConnection(client: Client, logger: Logger): void {
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.ShardError, (error, shardId) => logger.error({ err: error, shardId }, 'gateway error'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
}
