// The one command handler for every platform: Slack, Discord, DMs and the console map their
// events to (text, CommandContext) and send back the CommandReply this returns.
//
//   const handler = createCommandHandler({ newsDesk, subscriptions: store });
//   const reply = await handler.handle('subscribe daily 08:00 Asia/Seoul', context);
//
// It never throws: every problem comes back as { kind: 'message', isError: true, text }.

import { isBriefError } from '../errors.ts';
import type { Command, CommandContext, CommandHandler, CommandReply } from './command.ts';
import { composeBriefReply } from './compose-brief-reply.ts';
import { describeSubscription, formatInTimezone, nextRunText } from './format-subscription.ts';
import { HELP_TEXT } from './help-text.ts';
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
  /** Called after subscribe/unsubscribe, e.g. to let the scheduler pick the change up at once. */
  onSubscriptionsChanged?: () => void;
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
      return failure(`this channel already has ${maxPerChannel} subscriptions; remove one with /brief unsubscribe <id>`);
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
    return message(
      `Subscribed (id ${created.id}): ${what}, ${describeSchedule(created.schedule)} ${created.timezone}; ${nextRunText(created, now)}.`,
      false,
    );
  }

  async function unsubscribe(command: Extract<Command, { kind: 'unsubscribe' }>, context: CommandContext, now: Date) {
    const visible = await visibleSubscriptions(context);
    let target: Subscription | undefined;
    if (command.id) {
      target = visible.find((s) => s.id.toLowerCase() === command.id!.toLowerCase());
      if (!target) return failure(`no subscription '${command.id}' here; /brief list shows their ids`);
    } else {
      const here = visible.filter((s) => s.channelId === context.channelId);
      if (here.length === 0) return failure('there are no subscriptions in this channel');
      if (here.length > 1) {
        return failure(
          [
            `this channel has ${here.length} subscriptions; say which one: /brief unsubscribe <id>`,
            ...here.map((s) => `• ${describeSubscription(s, now, context.channelId)}`),
          ].join('\n'),
        );
      }
      target = here[0]!;
    }
    await store.removeSubscription(target.id, now);
    deps.onSubscriptionsChanged?.();
    return message(`Unsubscribed ${target.id} (${describeSchedule(target.schedule)} ${target.timezone}).`, false);
  }

  async function list(context: CommandContext, now: Date) {
    const visible = await visibleSubscriptions(context);
    if (visible.length === 0) {
      return message('No subscriptions here. Start one with /brief subscribe daily 08:00 (see /brief help).');
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
    const sources = deps.newsDesk.sourceStatus ? await deps.newsDesk.sourceStatus() : [];
    lines.push(sources.length > 0 ? 'Sources:' : 'Sources: none reported.', ...sources.map((s) => `• ${s}`));
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
      case 'help':
        return message(HELP_TEXT);
      case 'brief':
        return composeBriefReply(deps.newsDesk, {
          ...(command.topic ? { topic: command.topic } : {}),
          ...(command.urls ? { urls: command.urls } : {}),
          digestSize,
          now,
        });
      case 'subscribe':
        return subscribe(command, context, now);
      case 'unsubscribe':
        return unsubscribe(command, context, now);
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
