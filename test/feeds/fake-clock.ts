// A clock for polling tests: time moves only when the test says, and due timers fire in order.

import type { Clock } from '../../adapters/feeds/clock.ts';

export interface FakeClock extends Clock {
  /** Moves time forward, firing each timer that falls due, in order. */
  advance(ms: number): void;
  /** Delays from now of the pending timers, soonest first. */
  pendingDelays(): number[];
}

export function createFakeClock(start = Date.parse('2023-11-09T08:00:00Z')): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimer(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimer(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = target;
    },
    pendingDelays: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
  };
}
