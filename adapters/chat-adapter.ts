// The small contract every chat adapter (console, Slack, Discord) keeps.

import type { CommandReply, Platform } from '../src/commands/command.ts';

/** Where a reply or a scheduled post goes. */
export interface Destination {
  platform: Platform;
  channelId: string;
  isDirectMessage: boolean;
  /** Post as a reply in this thread (Slack thread_ts, Discord message reference). */
  threadId?: string;
  /** The user to tell about failures (a subscription's owner). */
  userId?: string;
}

export interface DeliveryReceipt {
  /** The platform's id of the first message posted. */
  messageId: string;
  /** Ids of any continuation messages (thread replies, follow-ups). */
  continuationIds?: string[];
}

/**
 * How an adapter keeps a repeated delivery from posting twice (issue 17). A scheduled post or an
 * owner notice is delivered with a stable key; when an attempt's outcome is unknown (timeout, 5xx,
 * dropped connection, a crash mid-send), the scheduler may only try again through this mechanism:
 *
 * - `key`: the platform itself dedupes a create carrying the same key within `windowMs` and
 *   returns the first message (Discord: `nonce` + `enforce_nonce`). Repeating the delivery with
 *   the same key inside the window is safe; after it, the outcome stays unknown.
 * - `lookup`: the platform has no idempotency key, but each message carries its key and the
 *   adapter can look for it (`findDelivery`; Slack: message metadata + conversations.history).
 *   Only a definite "not there" allows a new post.
 * - `none`: neither. The adapter must never leave an outcome unknown it could not settle
 *   (the console writes locally: an attempt either printed or threw before printing); an unknown
 *   outcome is final and the owner is told.
 */
export type IdempotencyMechanism = { kind: 'key'; windowMs: number } | { kind: 'lookup' } | { kind: 'none' };

export interface DeliveryOptions {
  /**
   * The delivery's stable key: the same on every attempt of one slot or one notice (Discord derives
   * each message's nonce from it; Slack attaches it as metadata). Slot keys start with `slot:`
   * (adapters/scheduler/delivery-keys.ts); a notice's key is its outbox id. Absent for one-off answers.
   */
  key?: string;
  /**
   * The first message is already on the platform (found by `findDelivery`): post only the rest of
   * the reply, in its thread, and return a receipt with this id first.
   */
  headMessageId?: string;
}

export interface ChatAdapter {
  readonly platform: Platform;
  /** Which mechanism makes a repeated keyed delivery safe (see IdempotencyMechanism). */
  readonly idempotency: IdempotencyMechanism;
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts a reply to a destination. Throws DeliveryError on failure, saying whether the platform
   * may have accepted the first message (`outcome`). The adapter does not retry a post whose
   * outcome is unknown: the scheduler does, through `idempotency`.
   */
  deliver(destination: Destination, reply: CommandReply, options?: DeliveryOptions): Promise<DeliveryReceipt>;
  /**
   * `lookup` adapters only: the first message delivered with `key` to the destination at or after
   * `since`, or undefined when the platform definitely has none. Throws DeliveryError when it
   * cannot tell (the outcome stays unknown).
   */
  findDelivery?(destination: Destination, key: string, since: Date): Promise<DeliveryReceipt | undefined>;
  /** Opens (or finds) the DM channel with a user; returns its channel id. */
  openDirectMessage(userId: string): Promise<string>;
}

/**
 * Whether a failed attempt may have posted: `not-posted` when the platform definitely refused it
 * (a 4xx answer, a rate limit, a connection that never opened), `unknown` when the request may have
 * been accepted (a timeout, a 5xx, a connection dropped after sending).
 */
export type AttemptOutcome = 'not-posted' | 'unknown';

/**
 * A failed delivery. `permanent` failures (channel gone, bot removed, no permission) pause the
 * subscription; others are retried with backoff, after `retryAfterMs` when the platform gave one.
 * `outcome` (default `not-posted`) says whether the message may be on the platform anyway.
 */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  readonly retryAfterMs?: number;
  readonly code: string;
  readonly outcome: AttemptOutcome;

  constructor(message: string, options: { permanent: boolean; code: string; retryAfterMs?: number; outcome?: AttemptOutcome }) {
    super(message);
    this.name = 'DeliveryError';
    this.permanent = options.permanent;
    this.code = options.code;
    this.outcome = options.outcome ?? 'not-posted';
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}
