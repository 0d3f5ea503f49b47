// The real node-cron behind the wake-ups: it must read each subscription's schedule and timezone
// the way the pure nextFireTime does (outside DST changes, which the sweep covers).
import cron from 'node-cron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCronWakeups } from '../../adapters/scheduler/cron-wakeups.ts';
import type { Schedule } from '../../src/commands/command.ts';
import { nextFireTime } from '../../src/commands/next-fire-time.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';

const sub = (id: string, schedule: Schedule, timezone: string): Subscription => ({
  id,
  platform: 'console',
  channelId: 'news',
  isDirectMessage: false,
  ownerUserId: 'owner',
  schedule,
  timezone,
  status: 'active',
  createdAt: '2025-01-01T00:00:00.000Z',
});

afterEach(() => vi.useRealTimers());

describe('createCronWakeups', () => {
  it.each<[string, Schedule, string]>([
    ['daily in Seoul', { kind: 'daily', hour: 8, minute: 0 }, 'Asia/Seoul'],
    ['weekdays in London', { kind: 'weekdays', hour: 7, minute: 30 }, 'Europe/London'],
    ['cron with names and lists', { kind: 'cron', expression: '0 8,17 * * mon-fri' }, 'America/New_York'],
    ['cron with steps in Kolkata', { kind: 'cron', expression: '*/20 9-11 * * *' }, 'Asia/Kolkata'],
    ['cron on a day of the month', { kind: 'cron', expression: '15 6 1 * *' }, 'UTC'],
  ])('node-cron agrees with nextFireTime: %s', (_name, schedule, zone) => {
    vi.useFakeTimers({ now: new Date('2025-01-14T12:00:00Z'), toFake: ['Date'] });
    const stop = createCronWakeups().watch(sub('agree', schedule, zone), () => {});
    try {
      const task = [...cron.getTasks().values()].find((t) => t.name === 'briefbot-subscription-agree')!;
      const ours: string[] = [];
      let cursor = new Date();
      for (let i = 0; i < 5; i++) {
        cursor = nextFireTime(schedule, zone, cursor)!;
        ours.push(cursor.toISOString());
      }
      expect(task.getNextRuns(5).map((d) => d.toISOString())).toEqual(ours);
    } finally {
      stop();
    }
    expect([...cron.getTasks().values()].some((t) => t.name === 'briefbot-subscription-agree')).toBe(false);
  });

  it('wakes a subscription at its local time', async () => {
    vi.useFakeTimers({ now: new Date('2025-01-14T22:58:30Z') });
    const woke: string[] = [];
    const stop = createCronWakeups().watch(sub('wake', { kind: 'daily', hour: 8, minute: 0 }, 'Asia/Seoul'), () => woke.push(new Date().toISOString()));
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    stop();
    expect(woke).toEqual(['2025-01-14T23:00:00.000Z']);
  });

  it('sweeps once a minute', async () => {
    vi.useFakeTimers({ now: new Date('2025-01-14T10:00:30Z') });
    let ticks = 0;
    const stop = createCronWakeups().everyMinute(() => ticks++);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    stop();
    expect(ticks).toBe(3);
  });
});
