// node-cron wake-ups: one task per subscription in the subscription's own timezone, plus a
// once-a-minute sweep. node-cron never fires at a local time that DST skips, and drops runs
// while the event loop is blocked; the sweep (and the missed-execution hook) cover both.

import cron from 'node-cron';
import { cronExpressionOf } from '../../src/commands/schedule-text.ts';
import type { Wakeups } from './wakeups.ts';

export function createCronWakeups(): Wakeups {
  return {
    watch(subscription, onWake) {
      const task = cron.schedule(cronExpressionOf(subscription.schedule), () => onWake(), {
        timezone: subscription.timezone,
        name: `briefbot-subscription-${subscription.id}`,
      });
      // A listener here also stops node-cron's own "missed execution" console warning.
      task.on('execution:missed', () => onWake());
      return () => void task.destroy();
    },
    everyMinute(onTick) {
      const task = cron.schedule('* * * * *', () => onTick(), { name: 'briefbot-sweep' });
      return () => void task.destroy();
    },
    every(ms, onTick) {
      const timer = setInterval(onTick, ms);
      return () => clearInterval(timer);
    },
  };
}
