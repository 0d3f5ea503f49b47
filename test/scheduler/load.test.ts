// 1,000 subscriptions due in the same minute, in different timezones, through the console adapter.
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import type { Schedule } from '../../src/commands/command.ts';
import { createHarness, type Harness, subscription } from './harness.ts';

let h: Harness;
afterEach(() => h.close());

// All of these are 08:00 UTC on 14 January 2025.
const SAME_MINUTE: Array<[Schedule, string]> = [
  [{ kind: 'daily', hour: 8, minute: 0 }, 'UTC'],
  [{ kind: 'daily', hour: 9, minute: 0 }, 'Europe/Paris'],
  [{ kind: 'weekdays', hour: 17, minute: 0 }, 'Asia/Seoul'],
  [{ kind: 'cron', expression: '0 3 * * 2' }, 'America/New_York'],
  [{ kind: 'cron', expression: '30 13 14 1 *' }, 'Asia/Kolkata'],
];

describe('1,000 subscriptions due in the same minute', () => {
  it('are each delivered exactly once', async () => {
    let printed = 0;
    const output = {
      write: () => {
        printed++;
        return true;
      },
    };
    const consoleAdapter = createConsoleAdapter({ output });
    h = await createHarness('2025-01-14T07:59:00Z', { adapter: consoleAdapter, scheduler: { concurrency: 16 } });
    for (let i = 0; i < 1000; i++) {
      const [schedule, zone] = SAME_MINUTE[i % SAME_MINUTE.length]!;
      await h.store.addSubscription(subscription(schedule, zone, { channelId: `channel-${i}` }), h.clock.now());
    }
    await h.scheduler.start();
    expect(consoleAdapter.delivered).toHaveLength(0);

    h.clock.set('2025-01-14T08:00:00Z');
    // The sweep and a burst of wake-ups at once.
    const rounds = await Promise.all([h.scheduler.runDue(), h.scheduler.runDue()]);
    expect(rounds.flat().filter((o) => o.result === 'delivered')).toHaveLength(1000);
    h.clock.advance(60_000);
    expect(await h.scheduler.runDue()).toEqual([]);

    const channels = consoleAdapter.delivered.map((p) => p.destination.channelId);
    expect(channels).toHaveLength(1000);
    expect(new Set(channels).size).toBe(1000);
    expect(printed).toBe(1000);
    expect(new Set(consoleAdapter.delivered.map((p) => p.receipt.messageId)).size).toBe(1000);
  });
});
