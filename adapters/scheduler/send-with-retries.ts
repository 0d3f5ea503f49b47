// One keyed delivery (a slot's briefing, an owner notice) with the only retry layer there is:
// ours. The platform clients do not retry posts (Slack WebClient retries 0, discord.js REST
// retries 0); every attempt goes through here, is recorded by `beforeAttempt`, and a repeat after
// an attempt whose outcome is unknown goes through the adapter's idempotency mechanism:
//
//   key      repeat with the same key while the platform's duplicate window lasts (Discord nonce)
//   lookup   look for the key first; found → delivered, not found → post (Slack metadata + history)
//   none     never repeated: the outcome stays unknown
//
// A rate limit or a refusal is a definite "not posted" and may be retried plainly (after
// Retry-After); a permanent refusal stops at once.

import type { CommandReply } from '../../src/commands/command.ts';
import type { AttemptOutcome, ChatAdapter, DeliveryReceipt, Destination } from '../chat-adapter.ts';
import { DeliveryError } from '../chat-adapter.ts';
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
  | {
      ok: true;
      receipt: DeliveryReceipt;
      attempts: number;
      /** Settled by finding (lookup) the message an earlier attempt posted. */
      found: boolean;
    }
  | {
      ok: false;
      permanent: boolean;
      /** `unknown`: some attempt may have posted and nothing settled it. */
      outcome: AttemptOutcome;
      /** For `unknown`: true when no later attempt can ever settle it (window passed, no mechanism). */
      final: boolean;
      error: string;
      attempts: number;
    };

export interface SendOptions {
  clock: Clock;
  policy: RetryPolicy;
  /** The delivery's stable key (see DeliveryOptions.key). */
  key: string;
  /** No message of this delivery can predate this (a slot's time, a notice's creation): where lookups start. */
  since: Date;
  /** An earlier attempt (before a crash, or an earlier round) may have posted, no earlier than this. */
  unknownSince?: Date;
  /** Records an attempt before it starts (slot `sending`, attempts + 1). Errors thrown here stop the send. */
  beforeAttempt: (attempt: number) => Promise<void>;
}

export function backoffDelay(attempt: number, error: unknown, policy: RetryPolicy): number {
  const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
  const delay = retryAfter ?? policy.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(delay, policy.maxDelayMs);
}

/** Anything but a DeliveryError is a bug or a surprise: the platform may have the message. */
function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(message, { permanent: false, code: 'unexpected', outcome: 'unknown' });
}

export async function sendWithRetries(
  adapter: ChatAdapter,
  destination: Destination,
  reply: CommandReply,
  options: SendOptions,
): Promise<SendResult> {
  const { clock, policy, key } = options;
  const mechanism = adapter.idempotency;
  let unknownSince = options.unknownSince;
  const failure = (error: string, attempts: number, permanent: boolean, final = false): SendResult => ({
    ok: false,
    permanent,
    outcome: unknownSince ? 'unknown' : 'not-posted',
    final: unknownSince ? final : false,
    error,
    attempts,
  });

  for (let attempt = 1; ; attempt++) {
    // Before recording an attempt: an unknown outcome that nothing can settle ends here.
    if (unknownSince && mechanism.kind === 'none') return failure('an earlier attempt may have posted it', attempt - 1, false, true);
    if (unknownSince && mechanism.kind === 'key' && clock.now().getTime() - unknownSince.getTime() > mechanism.windowMs) {
      return failure("an earlier attempt may have posted it, and the platform's duplicate window has passed", attempt - 1, false, true);
    }
    await options.beforeAttempt(attempt);
    const startedAt = clock.now();
    try {
      let headMessageId: string | undefined;
      if (unknownSince && mechanism.kind === 'lookup') {
        if (!adapter.findDelivery) throw new Error(`the ${adapter.platform} adapter offers lookup but has no findDelivery`);
        const found = await adapter.findDelivery(destination, key, options.since);
        if (found) headMessageId = found.messageId;
        else unknownSince = undefined; // definitely not posted: a new post is safe
      }
      const receipt = await adapter.deliver(destination, reply, { key, ...(headMessageId ? { headMessageId } : {}) });
      return { ok: true, receipt, attempts: attempt, found: headMessageId !== undefined };
    } catch (thrown) {
      const error = asDeliveryError(thrown);
      if (error.outcome === 'unknown') unknownSince ??= startedAt;
      if (error.permanent) return failure(error.message, attempt, true);
      if (unknownSince && mechanism.kind === 'none') return failure(error.message, attempt, false, true);
      if (attempt >= policy.maxAttempts) return failure(error.message, attempt, false);
      await clock.sleep(backoffDelay(attempt, error, policy));
    }
  }
}
