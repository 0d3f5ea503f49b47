// The sentences a subscription's owner receives when something went wrong with a scheduled post.

import { commandSyntax } from '../../src/commands/command-syntax.ts';
import { formatInTimezone } from '../../src/commands/format-subscription.ts';
import { describeSchedule } from '../../src/commands/schedule-text.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { NoticeRecord } from '../store/store.ts';

function what(subscription: Subscription): string {
  const topic = subscription.topic ? ` on “${subscription.topic}”` : '';
  return `subscription ${subscription.id} (${describeSchedule(subscription.schedule)} ${subscription.timezone}${topic})`;
}

function where(subscription: Subscription): string {
  return subscription.isDirectMessage ? 'your direct messages' : `channel ${subscription.channelId}`;
}

/** Commands as the owner types them on the subscription's platform (Discord: options). */
function syntaxOf(subscription: Subscription) {
  return commandSyntax(subscription.platform === 'discord' ? { style: 'discord-options' } : {});
}

function when(subscription: Subscription, slotAt: Date): string {
  return formatInTimezone(slotAt, subscription.timezone);
}

export function pausedMessage(subscription: Subscription, slotAt: Date, error: string): string {
  return (
    `Your ${what(subscription)} is paused: the ${when(subscription, slotAt)} briefing could not be posted to ` +
    `${where(subscription)} (${error}). Once the bot can post there again (invite it back, give it permission), ` +
    `restart it with ${syntaxOf(subscription).resume(subscription.id)}.`
  );
}

export function failedMessage(subscription: Subscription, slotAt: Date, error: string, attempts: number): string {
  return (
    `The ${when(subscription, slotAt)} briefing of your ${what(subscription)} could not be posted to ` +
    `${where(subscription)} after ${attempts} attempts (${error}). The subscription stays on.`
  );
}

export function unknownMessage(subscription: Subscription, slotAt: Date): string {
  const syntax = syntaxOf(subscription);
  const again = subscription.topic ? syntax.topic(subscription.topic) : syntax.top;
  return (
    `The bot could not confirm the ${when(subscription, slotAt)} briefing of your ${what(subscription)} in ` +
    `${where(subscription)}: it may or may not have arrived. It is not posted again, so that it can never appear ` +
    `twice. ${again} gives it now.`
  );
}

/** A slot whose outcome was unknown, then checked on the platform and not found there. */
export function notPostedMessage(subscription: Subscription, slotAt: Date, error: string): string {
  const again = subscription.topic ? `/brief ${subscription.topic}` : '/brief';
  return (
    `The ${when(subscription, slotAt)} briefing of your ${what(subscription)} did not arrive in ${where(subscription)} ` +
    `(${error}). The subscription stays on; ${again} gives it now.`
  );
}

/** The text of an outbox notice; `checkedNotPosted`: a slot-unknown notice whose slot was looked up and is not there. */
export function noticeText(notice: NoticeRecord, checkedNotPosted = false): string {
  const slotAt = new Date(notice.slotAt);
  switch (notice.kind) {
    case 'subscription-paused':
      return pausedMessage(notice.subscription, slotAt, notice.reason);
    case 'slot-failed':
      return failedMessage(notice.subscription, slotAt, notice.reason, notice.slotAttempts);
    case 'slot-unknown':
      return checkedNotPosted ? notPostedMessage(notice.subscription, slotAt, notice.reason) : unknownMessage(notice.subscription, slotAt);
  }
}
