import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/commands/command.ts';
import { latestFireTime, nextFireTime } from '../../src/commands/next-fire-time.ts';

const daily = (hour: number, minute: number): Schedule => ({ kind: 'daily', hour, minute });
const weekdays = (hour: number, minute: number): Schedule => ({ kind: 'weekdays', hour, minute });
const cron = (expression: string): Schedule => ({ kind: 'cron', expression });

function slots(schedule: Schedule, zone: string, from: string, count: number): string[] {
  const out: string[] = [];
  let cursor = new Date(from);
  for (let i = 0; i < count; i++) {
    const next = nextFireTime(schedule, zone, cursor);
    if (!next) break;
    out.push(next.toISOString());
    cursor = next;
  }
  return out;
}

describe('nextFireTime', () => {
  it.each([
    ['daily 08:00 Seoul, asked after 09:00 local', daily(8, 0), 'Asia/Seoul', '2025-01-14T00:00:00Z', '2025-01-14T23:00:00.000Z'],
    ['daily 08:00 UTC, asked exactly at a slot', daily(8, 0), 'UTC', '2025-01-14T08:00:00Z', '2025-01-15T08:00:00.000Z'],
    ['daily 08:00 UTC, asked a millisecond before', daily(8, 0), 'UTC', '2025-01-14T07:59:59.999Z', '2025-01-14T08:00:00.000Z'],
    ['weekdays 07:30 London, asked on a Friday after the slot', weekdays(7, 30), 'Europe/London', '2025-01-17T08:00:00Z', '2025-01-20T07:30:00.000Z'],
    ['cron 0 8,17 * * 1-5 in Kolkata', cron('0 8,17 * * 1-5'), 'Asia/Kolkata', '2025-01-17T04:00:00Z', '2025-01-17T11:30:00.000Z'],
    ['cron on the 1st of the month', cron('15 6 1 * *'), 'UTC', '2025-01-17T00:00:00Z', '2025-02-01T06:15:00.000Z'],
    ['29 February waits for a leap year', cron('0 12 29 2 *'), 'UTC', '2025-03-01T00:00:00Z', '2028-02-29T12:00:00.000Z'],
  ])('%s', (_name, schedule, zone, after, expected) => {
    expect(nextFireTime(schedule, zone, new Date(after))?.toISOString()).toBe(expected);
  });

  it('returns null for a date that never exists', () => {
    expect(nextFireTime(cron('0 0 30 2 *'), 'UTC', new Date('2025-01-01T00:00:00Z'))).toBeNull();
  });
});

describe('daylight saving: every local slot exactly once', () => {
  it.each([
    // America/New_York springs forward at 02:00 EST on 9 March 2025: 02:30 does not exist that day,
    // so the slot happens when the clocks jump (03:00 EDT = 07:00Z), once.
    ['New York spring, daily 02:30', daily(2, 30), 'America/New_York', '2025-03-07T12:00:00Z', [
      '2025-03-08T07:30:00.000Z', '2025-03-09T07:00:00.000Z', '2025-03-10T06:30:00.000Z',
    ]],
    // …and falls back at 02:00 EDT on 2 November: 01:30 happens twice; the first one counts.
    ['New York autumn, daily 01:30', daily(1, 30), 'America/New_York', '2025-11-01T12:00:00Z', [
      '2025-11-02T05:30:00.000Z', '2025-11-03T06:30:00.000Z',
    ]],
    ['London spring, daily 01:30', daily(1, 30), 'Europe/London', '2025-03-29T12:00:00Z', [
      '2025-03-30T01:00:00.000Z', '2025-03-31T00:30:00.000Z',
    ]],
    ['London autumn, daily 01:30', daily(1, 30), 'Europe/London', '2025-10-25T12:00:00Z', [
      '2025-10-26T00:30:00.000Z', '2025-10-27T01:30:00.000Z',
    ]],
    ['New York spring, hourly: 02:00 folds into 03:00', cron('0 * * * *'), 'America/New_York', '2025-03-09T05:30:00Z', [
      '2025-03-09T06:00:00.000Z', '2025-03-09T07:00:00.000Z', '2025-03-09T08:00:00.000Z',
    ]],
    ['New York autumn, hourly: the repeated 01:00 runs once', cron('0 * * * *'), 'America/New_York', '2025-11-02T03:30:00Z', [
      '2025-11-02T04:00:00.000Z', '2025-11-02T05:00:00.000Z', '2025-11-02T07:00:00.000Z', '2025-11-02T08:00:00.000Z',
    ]],
  ])('%s', (_name, schedule, zone, from, expected) => {
    expect(slots(schedule, zone, from, expected.length)).toEqual(expected);
  });

  it('keeps 08:00 local across both changes (UTC time moves, local time does not)', () => {
    const times = slots(daily(8, 0), 'Europe/London', '2025-03-28T12:00:00Z', 4);
    expect(times).toEqual(['2025-03-29T08:00:00.000Z', '2025-03-30T07:00:00.000Z', '2025-03-31T07:00:00.000Z', '2025-04-01T07:00:00.000Z']);
  });
});

describe('latestFireTime', () => {
  it('finds the latest slot in a window and counts the ones it supersedes', () => {
    const result = latestFireTime(cron('0 * * * *'), 'UTC', new Date('2025-01-14T07:30:00Z'), new Date('2025-01-14T09:45:00Z'));
    expect(result.latest?.toISOString()).toBe('2025-01-14T09:00:00.000Z');
    expect(result.earlier).toBe(1);
  });

  it('includes a slot exactly at the end and excludes one exactly at the start', () => {
    const result = latestFireTime(daily(8, 0), 'UTC', new Date('2025-01-14T08:00:00Z'), new Date('2025-01-15T08:00:00Z'));
    expect(result).toEqual({ latest: new Date('2025-01-15T08:00:00Z'), earlier: 0 });
  });

  it('gives null when nothing is due', () => {
    expect(latestFireTime(daily(8, 0), 'UTC', new Date('2025-01-14T08:00:00Z'), new Date('2025-01-14T09:00:00Z')).latest).toBeNull();
  });
});
