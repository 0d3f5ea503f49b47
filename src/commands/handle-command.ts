// The one command handler for every platform: Slack, Discord, DMs and the console map their
// events to (text, CommandContext) and send back the CommandReply this returns.
//
//   const handler = createCommandHandler({ newsDesk, subscriptions: store });
//   const reply = await handler.handle('subscribe daily 08:00 Asia/Seoul', context);
//
// It never throws: every problem comes back as { kind: 'message', isError: true, text }.

import { isBriefError } from '../errors.ts';
import type { Command, CommandContext, CommandHandler, CommandReply } from './command.ts';
import { commandSyntax } from './command-syntax.ts';
import { composeBriefReply } from './compose-brief-reply.ts';
import { describeSubscription, formatInTimezone, nextRunText } from './format-subscription.ts';
import { greetingText, helpText } from './help-text.ts';
import type { NewsDesk } from './news-desk.ts';
import { parseCommand } from './parse-command.ts';
import { describeSchedule } from './schedule-text.ts';
import type { Subscription, SubscriptionStore } from './subscription-port.ts';
import { canonicalTimezone } from './timezone.ts';

export interface CommandHandlerDeps {
  newsDesk: NewsDesk;
  subscriptions: SubscriptionStore;
  /** Used when neither the user nor the workspace has a timezone. Default UTC. */
  defaultTimezone?: string;
  /** Stories in a `/brief` digest. Default 5. */
  digestSize?: number;
  /** Active subscriptions one channel may hold. Default 20. */
  maxSubscriptionsPerChannel?: number;
  /** Called after subscribe/unsubscribe/resume, e.g. to let the scheduler pick the change up at once. */
  onSubscriptionsChanged?: () => void;
  /** The configuration file's name, for answers about subscriptions it owns. Default briefbot.yaml. */
  configName?: string;
}

function message(text: string, ephemeral = true): CommandReply {
  return { kind: 'message', text, ephemeral };
}

function failure(text: string): CommandReply {
  return { kind: 'message', text, ephemeral: true, isError: true };
}

export function createCommandHandler(deps: CommandHandlerDeps): CommandHandler {
  const store = deps.subscriptions;
  const digestSize = deps.digestSize ?? 5;
  const maxPerChannel = deps.maxSubscriptionsPerChannel ?? 20;

  const timezoneFor = (context: CommandContext): string =>
    [context.userTimezone, context.workspaceTimezone, deps.defaultTimezone]
      .map((zone) => (zone ? canonicalTimezone(zone) : undefined))
      .find((zone) => zone !== undefined) ?? 'UTC';

  const channelSubscriptions = (context: CommandContext) =>
    store.listSubscriptions({ platform: context.platform, channelId: context.channelId });

  /** What `list` and `unsubscribe` may touch: this channel's, and in a DM everything the user owns. */
  const visibleSubscriptions = async (context: CommandContext): Promise<Subscription[]> => {
    const here = await channelSubscriptions(context);
    if (!context.isDirectMessage) return here;
    const owned = await store.listSubscriptions({ platform: context.platform, ownerUserId: context.userId });
    return [...here, ...owned.filter((s) => !here.some((h) => h.id === s.id))];
  };

  async function subscribe(command: Extract<Command, { kind: 'subscribe' }>, context: CommandContext, now: Date) {
    const syntax = commandSyntax(context);
    if (command.city?.alone) {
      // "daily 08:00 Seoul": Seoul time, or briefings on Seoul? Ask, with both commands ready to copy.
      const schedule = describeSchedule(command.schedule);
      const { words, zone } = command.city;
      return message(
        [
          `“${words}” could be the timezone (${zone}) or the topic. Say which:`,
          `• ${syntax.subscribe(schedule, zone)} — the top stories at ${schedule.replace(/^(daily|weekdays) /, '')} ${zone} time`,
          `• ${syntax.subscribe(schedule, timezoneFor(context), `"${words}"`)} — briefings on ${words}, ${timezoneFor(context)} time`,
        ].join('\n'),
      );
    }
    const here = await channelSubscriptions(context);
    const same = here.find(
      (s) =>
        JSON.stringify(s.schedule) === JSON.stringify(command.schedule) &&
        s.timezone === command.timezone &&
        (s.topic ?? '') === (command.topic ?? ''),
    );
    if (same && same.status === 'active') {
      return message(`Already subscribed here: ${describeSubscription(same, now, context.channelId)}`);
    }
    if (here.filter((s) => s.status === 'active').length >= maxPerChannel) {
      return failure(`this channel already has ${maxPerChannel} subscriptions; remove one with ${syntax.unsubscribe('<id>')}`);
    }
    const created = await store.addSubscription(
      {
        platform: context.platform,
        channelId: context.channelId,
        isDirectMessage: context.isDirectMessage,
        ...(context.workspaceId ? { workspaceId: context.workspaceId } : {}),
        ownerUserId: context.userId,
        schedule: command.schedule,
        timezone: command.timezone,
        ...(command.topic ? { topic: command.topic } : {}),
      },
      now,
    );
    deps.onSubscriptionsChanged?.();
    const what = command.topic ? `briefings on “${command.topic}”` : 'the top stories';
    const city = command.city ? ` (“${command.city.words}” read as the timezone ${command.city.zone})` : '';
    return message(
      `Subscribed (id ${created.id}): ${what}, ${describeSchedule(created.schedule)} ${created.timezone}${city}; ${nextRunText(created, now)}.`,
      false,
    );
  }

  /** The subscription an id names, or the channel's only one (filtered by `which`); else why not. */
  async function pick(
    id: string | undefined,
    context: CommandContext,
    now: Date,
    which: (s: Subscription) => boolean,
    noun: string,
    verb: (id?: string) => string,
  ): Promise<Subscription | CommandReply> {
    const visible = await visibleSubscriptions(context);
    if (id) {
      const target = visible.find((s) => s.id.toLowerCase() === id.toLowerCase());
      return target ?? failure(`no subscription '${id}' here; ${commandSyntax(context).list} shows their ids`);
    }
    const here = visible.filter((s) => s.channelId === context.channelId && which(s));
    if (here.length === 0) return failure(`there are no ${noun} in this channel`);
    if (here.length > 1) {
      return failure(
        [
          `this channel has ${here.length} ${noun}; say which one: ${verb('<id>')}`,
          ...here.map((s) => `• ${describeSubscription(s, now, context.channelId)}`),
        ].join('\n'),
      );
    }
    return here[0]!;
  }

  async function unsubscribe(command: Extract<Command, { kind: 'unsubscribe' }>, context: CommandContext, now: Date) {
    const syntax = commandSyntax(context);
    const target = await pick(command.id, context, now, () => true, 'subscriptions', syntax.unsubscribe);
    if ('kind' in target) return target;
    if (target.origin === 'config') {
      return failure(
        `${target.id} comes from the configuration file (${deps.configName ?? 'briefbot.yaml'}): remove it there and restart the bot`,
      );
    }
    await store.removeSubscription(target.id, now);
    deps.onSubscriptionsChanged?.();
    return message(`Unsubscribed ${target.id} (${describeSchedule(target.schedule)} ${target.timezone}).`, false);
  }

  async function resume(command: Extract<Command, { kind: 'resume' }>, context: CommandContext, now: Date) {
    const syntax = commandSyntax(context);
    if (!store.resumeSubscription) return failure('this bot cannot resume subscriptions');
    const target = await pick(command.id, context, now, (s) => s.status === 'paused', 'paused subscriptions', syntax.resume);
    if ('kind' in target) return target;
    if (target.status !== 'paused') return message(`${target.id} is not paused; ${nextRunText(target, now)}.`);
    await store.resumeSubscription(target.id, now);
    deps.onSubscriptionsChanged?.();
    return message(`Resumed ${target.id} (${describeSchedule(target.schedule)} ${target.timezone}); ${nextRunText(target, now)}.`, false);
  }

  async function list(context: CommandContext, now: Date) {
    const visible = await visibleSubscriptions(context);
    if (visible.length === 0) {
      const syntax = commandSyntax(context);
      return message(`No subscriptions here. Start one with ${syntax.subscribe('daily 08:00')} (see ${syntax.help}).`);
    }
    return message(
      [
        `${visible.length} subscription${visible.length === 1 ? '' : 's'}:`,
        ...visible.map((s) => `• ${describeSubscription(s, now, context.channelId)}`),
      ].join('\n'),
    );
  }

  async function status(context: CommandContext, now: Date) {
    const lines: string[] = [];
    const counts = await deps.newsDesk.counts?.();
    if (counts) {
      const stories = `${counts.stories} ${counts.stories === 1 ? 'story' : 'stories'}`;
      lines.push(`Serving ${stories} (${counts.articles} article${counts.articles === 1 ? '' : 's'}).`);
    }
    const sources = deps.newsDesk.sourceStatus ? await deps.newsDesk.sourceStatus() : [];
    lines.push(sources.length > 0 ? 'Sources:' : 'Sources: none configured (sources in briefbot.yaml).', ...sources.map((s) => `• ${s}`));
    const visible = await visibleSubscriptions(context);
    lines.push(visible.length > 0 ? 'Subscriptions:' : 'Subscriptions: none here.');
    for (const s of visible) {
      const last = await store.lastSlot(s.id);
      const lastText = last
        ? `last run ${formatInTimezone(new Date(last.slotAt), s.timezone)}: ${last.status}${last.error ? ` (${last.error})` : ''}`
        : 'not run yet';
      lines.push(`• ${describeSubscription(s, now, context.channelId)} · ${lastText}`);
    }
    return message(lines.join('\n'));
  }

  async function run(command: Command, context: CommandContext, now: Date): Promise<CommandReply> {
    switch (command.kind) {
      case 'help': {
        const facts = { defaultTimezone: canonicalTimezone(deps.defaultTimezone ?? 'UTC') ?? 'UTC', linksEnabled: Boolean(deps.newsDesk.briefUrls) };
        return message(command.greeting ? greetingText(context) : helpText(context, facts));
      }
      case 'brief':
        return composeBriefReply(deps.newsDesk, {
          ...(command.topic ? { topic: command.topic } : {}),
          ...(command.urls ? { urls: command.urls } : {}),
          digestSize,
          now,
          syntax: commandSyntax(context),
        });
      case 'subscribe':
        return subscribe(command, context, now);
      case 'unsubscribe':
        return unsubscribe(command, context, now);
      case 'resume':
        return resume(command, context, now);
      case 'list':
        return list(context, now);
      case 'status':
        return status(context, now);
    }
  }

  return {
    async handle(text, context) {
      const now = context.now ?? new Date();
      try {
        const command = parseCommand(text, { defaultTimezone: timezoneFor(context) });
        return await run(command, context, now);
      } catch (error) {
        if (isBriefError(error)) return failure(error.message);
        return failure(`something went wrong answering that: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
