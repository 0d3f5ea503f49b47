// A clock for tests: time moves only when told to; sleep() moves it forward at once (virtual
// time) and records how long was asked for, so a test can check Retry-After was honoured.

import type { Clock } from './clock.ts';

export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
  /** Every sleep() asked for, in order. */
  readonly sleeps: number[];
}

export function createManualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(current),
    async sleep(ms) {
      sleeps.push(ms);
      current += ms;
    },
    set(at) {
      current = new Date(at).getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}
