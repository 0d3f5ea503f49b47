// One delivery with retries: rate limits and server errors are retried with exponential backoff
// (or after the platform's Retry-After); a permanent DeliveryError stops at once.

import type { ChatAdapter, DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { DeliveryError } from '../chat-adapter.ts';
import type { CommandReply } from '../../src/commands/command.ts';
import type { Clock } from './clock.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 5. */
  maxAttempts: number;
  /** First backoff; doubles each time. Default 2000 ms. */
  baseDelayMs: number;
  /** Longest wait between attempts, Retry-After included. Default 5 minutes. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 2000, maxDelayMs: 300_000 };

export type SendResult =
  | { ok: true; receipt: DeliveryReceipt; attempts: number }
  | { ok: false; permanent: boolean; error: string; attempts: number };

export function backoffDelay(attempt: number, error: unknown, policy: RetryPolicy): number {
  const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
  const delay = retryAfter ?? policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(delay, policy.maxDelayMs);
}

export async function sendWithRetries(
  adapter: ChatAdapter,
  destination: Destination,
  reply: CommandReply,
  options: { clock: Clock; policy: RetryPolicy; beforeAttempt?: (attempt: number) => Promise<void> },
): Promise<SendResult> {
  const { clock, policy } = options;
  for (let attempt = 1; ; attempt++) {
    await options.beforeAttempt?.(attempt);
    try {
      return { ok: true, receipt: await adapter.deliver(destination, reply), attempts: attempt };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof DeliveryError && error.permanent) return { ok: false, permanent: true, error: message, attempts: attempt };
      if (attempt >= policy.maxAttempts) return { ok: false, permanent: false, error: message, attempts: attempt };
      await clock.sleep(backoffDelay(attempt, error, policy));
    }
  }
}
