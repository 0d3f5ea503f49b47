// How a subscription reads in `/brief list` and confirmations: its schedule, and its next run
// shown in its own timezone ("next Tue 14 Jan, 08:00 GMT+9").

import type { Subscription } from './subscription-port.ts';
import { nextFireTime } from './next-fire-time.ts';
import { describeSchedule } from './schedule-text.ts';

/** `Tue 14 Jan, 08:00 GMT+9`: a time as people in that zone read it. */
export function formatInTimezone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}

export function nextRunText(subscription: Pick<Subscription, 'schedule' | 'timezone'>, now: Date): string {
  const next = nextFireTime(subscription.schedule, subscription.timezone, now);
  return next ? `next ${formatInTimezone(next, subscription.timezone)}` : 'never runs again';
}

function whereText(subscription: Subscription, hereChannelId: string): string {
  if (subscription.channelId === hereChannelId) return '';
  return subscription.isDirectMessage ? ' · in a direct message' : ` · in channel ${subscription.channelId}`;
}

/** One line of `/brief list`. */
export function describeSubscription(subscription: Subscription, now: Date, hereChannelId: string): string {
  const parts = [
    `${subscription.id}: ${describeSchedule(subscription.schedule)} ${subscription.timezone}`,
    subscription.topic ? ` · “${subscription.topic}”` : ' · top stories',
    whereText(subscription, hereChannelId),
    // Which are the file's (removed there) and which the channel's (removed with unsubscribe).
    subscription.origin === 'config' ? ' · from the configuration file' : ' · made by command',
    subscription.status === 'paused'
      ? ` · paused${subscription.pausedReason ? `: ${subscription.pausedReason}` : ''}`
      : ` · ${nextRunText(subscription, now)}`,
  ];
  return parts.join('');
}
