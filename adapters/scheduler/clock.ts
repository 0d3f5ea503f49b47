// Time as the scheduler sees it. Injected so tests run days of schedule without waiting.

export interface Clock {
  now(): Date;
  /** Waits (backoff before a retry). */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
