// What wakes the scheduler. Production uses node-cron (cron-wakeups.ts); tests use none and call
// scheduler.runDue() after moving a manual clock. Wake-ups only prompt a check: which slot is due
// is always decided by the pure next-fire-time function, so a wake-up too many or too few
// (DST, a busy event loop) can neither double nor lose a post.

import type { Subscription } from '../../src/commands/subscription-port.ts';

export interface Wakeups {
  /** Calls `onWake` at the subscription's run times, in its timezone. Returns a stop function. */
  watch(subscription: Subscription, onWake: () => void): () => void;
  /** Calls `onTick` about once a minute: the sweep that catches anything a watch missed. */
  everyMinute(onTick: () => void): () => void;
  /** Calls `onTick` every `ms` (the instance lease's renewal). Absent: the minute sweep does it. */
  every?(ms: number, onTick: () => void): () => void;
}

export const noWakeups: Wakeups = {
  watch: () => () => {},
  everyMinute: () => () => {},
  every: () => () => {},
};
