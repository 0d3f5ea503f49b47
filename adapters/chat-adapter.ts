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

export interface ChatAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a reply to a destination. Throws DeliveryError on failure. */
  deliver(destination: Destination, reply: CommandReply): Promise<DeliveryReceipt>;
  /** Opens (or finds) the DM channel with a user; returns its channel id. */
  openDirectMessage(userId: string): Promise<string>;
}

/**
 * A failed delivery. `permanent` failures (channel gone, bot removed, no permission) pause the
 * subscription; others are retried with backoff, after `retryAfterMs` when the platform gave one.
 */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  readonly retryAfterMs?: number;
  readonly code: string;

  constructor(message: string, options: { permanent: boolean; code: string; retryAfterMs?: number }) {
    super(message);
    this.name = 'DeliveryError';
    this.permanent = options.permanent;
    this.code = options.code;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}
