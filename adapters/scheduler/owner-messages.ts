// The sentences a subscription's owner receives when something went wrong with a scheduled post.

import { formatInTimezone } from '../../src/commands/format-subscription.ts';
import { describeSchedule } from '../../src/commands/schedule-text.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';

function what(subscription: Subscription): string {
  const topic = subscription.topic ? ` on “${subscription.topic}”` : '';
  return `subscription ${subscription.id} (${describeSchedule(subscription.schedule)} ${subscription.timezone}${topic})`;
}

function where(subscription: Subscription): string {
  return subscription.isDirectMessage ? 'your direct messages' : `channel ${subscription.channelId}`;
}

function when(subscription: Subscription, slotAt: Date): string {
  return formatInTimezone(slotAt, subscription.timezone);
}

export function pausedMessage(subscription: Subscription, slotAt: Date, error: string): string {
  return (
    `Your ${what(subscription)} is paused: the ${when(subscription, slotAt)} briefing could not be posted to ` +
    `${where(subscription)} (${error}). Once the bot can post there again (invite it back, give it permission), ` +
    'subscribe again with /brief subscribe.'
  );
}

export function failedMessage(subscription: Subscription, slotAt: Date, error: string, attempts: number): string {
  return (
    `The ${when(subscription, slotAt)} briefing of your ${what(subscription)} could not be posted to ` +
    `${where(subscription)} after ${attempts} attempts (${error}). The subscription stays on.`
  );
}

export function unknownMessage(subscription: Subscription, slotAt: Date): string {
  const again = subscription.topic ? `/brief ${subscription.topic}` : '/brief';
  return (
    `The bot stopped while posting the ${when(subscription, slotAt)} briefing of your ${what(subscription)} to ` +
    `${where(subscription)}; it may or may not have arrived. It is not posted again, so that it can never appear ` +
    `twice. ${again} gives it now.`
  );
}
