// A Web API call retried after the Retry-After Slack gives with a 429, so a busy channel delays
// a briefing instead of losing it. The wait is injectable: tests check it without sleeping.

import { retryAfterMs, toDeliveryError } from './delivery-error.ts';

export type Wait = (ms: number) => Promise<void>;

export interface RateLimitPolicy {
  wait: Wait;
  /** Retries after a 429 before the call fails with a (non-permanent) DeliveryError. */
  retries: number;
}

export const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function callWithRateLimit<T>(call: () => Promise<T>, policy: RateLimitPolicy): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const delay = retryAfterMs(error);
      if (delay === undefined || attempt >= policy.retries) throw toDeliveryError(error);
      await policy.wait(delay);
    }
  }
}
