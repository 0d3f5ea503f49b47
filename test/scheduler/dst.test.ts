// Daylight-saving changes, driven minute by minute with a manual clock (and every check run
// twice, as node-cron's wake-up and the sweep both would): one post per local slot.
import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/commands/command.ts';
import { createHarness, type Harness, subscription } from './harness.ts';

let h: Harness;
afterEach(() => h.close());

async function postTimes(schedule: Schedule, zone: string, from: string, to: string): Promise<string[]> {
  h = await createHarness(from);
  await h.store.addSubscription(subscription(schedule, zone), h.clock.now());
  await h.scheduler.start();
  const end = new Date(to).getTime();
  const times: string[] = [];
  while (h.clock.now().getTime() < end) {
    h.clock.advance(60_000);
    const outcomes = [...(await h.scheduler.runDue()), ...(await h.scheduler.runDue())];
    for (const o of outcomes) if (o.result === 'delivered') times.push(h.clock.now().toISOString());
  }
  expect(h.adapter.posts).toHaveLength(times.length);
  return times;
}

const daily = (hour: number, minute: number): Schedule => ({ kind: 'daily', hour, minute });

describe('daylight saving', () => {
  it('America/New_York spring forward: daily 02:30 (a time that does not exist that day) posts once each day', async () => {
    expect(await postTimes(daily(2, 30), 'America/New_York', '2025-03-08T00:00:00Z', '2025-03-11T00:00:00Z')).toEqual([
      '2025-03-08T07:30:00.000Z', // 02:30 EST
      '2025-03-09T07:00:00.000Z', // clocks jump 02:00 → 03:00 EDT: posted at the jump
      '2025-03-10T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('America/New_York fall back: daily 01:30 (a time that happens twice) posts once', async () => {
    expect(await postTimes(daily(1, 30), 'America/New_York', '2025-11-01T00:00:00Z', '2025-11-04T00:00:00Z')).toEqual([
      '2025-11-01T05:30:00.000Z', // 01:30 EDT
      '2025-11-02T05:30:00.000Z', // first 01:30 (EDT); the second (06:30Z, EST) is the same local slot
      '2025-11-03T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('Europe/London spring forward: daily 01:30 posts once each day', async () => {
    expect(await postTimes(daily(1, 30), 'Europe/London', '2025-03-29T00:00:00Z', '2025-04-01T00:00:00Z')).toEqual([
      '2025-03-29T01:30:00.000Z',
      '2025-03-30T01:00:00.000Z', // 01:00 GMT → 02:00 BST
      '2025-03-31T00:30:00.000Z',
    ]);
  });

  it('Europe/London fall back: daily 01:30 posts once each day', async () => {
    expect(await postTimes(daily(1, 30), 'Europe/London', '2025-10-25T00:00:00Z', '2025-10-28T00:00:00Z')).toEqual([
      '2025-10-25T00:30:00.000Z',
      '2025-10-26T00:30:00.000Z', // first 01:30 (BST)
      '2025-10-27T01:30:00.000Z',
    ]);
  });

  it('a morning slot keeps its local time across the change (08:00 London)', async () => {
    expect(await postTimes(daily(8, 0), 'Europe/London', '2025-03-29T00:00:00Z', '2025-03-31T00:00:00Z')).toEqual([
      '2025-03-29T08:00:00.000Z',
      '2025-03-30T07:00:00.000Z',
    ]);
  });

  it('hourly across New York fall back: the repeated hour posts once, no other hour is lost', async () => {
    const times = await postTimes({ kind: 'cron', expression: '0 * * * *' }, 'America/New_York', '2025-11-02T03:30:00Z', '2025-11-02T08:30:00Z');
    expect(times).toEqual(['2025-11-02T04:00:00.000Z', '2025-11-02T05:00:00.000Z', '2025-11-02T07:00:00.000Z', '2025-11-02T08:00:00.000Z']);
  });
});
