// Posts a command reply to a Slack destination: the rendered first message, then the rest as
// replies in its thread (or all in the destination's thread). Ephemeral answers in a channel go
// to the asking user only.
//
// Keyed deliveries (scheduled slots, owner notices; issue 17) carry their key as message metadata
// (event_type briefbot_slot / briefbot_notice) and are posted through a Web API client that never
// retries by itself; a rate limit on their first message comes back to the scheduler, which owns
// every retry. Slack has no idempotency key, so before repeating a delivery whose outcome is
// unknown the scheduler calls findDelivery: the channel's history since the slot, with metadata.

import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { CommandReply } from '../../src/commands/command.ts';
import { renderSlackBlocks, type SlackMessage } from '../../src/render/slack-blocks.ts';
import { type DeliveryOptions, type DeliveryReceipt, type Destination, DeliveryError } from '../chat-adapter.ts';
import { CONTINUATION_FAILED_TEXT, SLACK_METADATA_EVENT, SLACK_TIMING } from './constants.ts';
import { toDeliveryError } from './delivery-error.ts';
import { callWithRateLimit, type RateLimitPolicy } from './rate-limit.ts';

export type SlackClient = App['client'];

export interface SlackPoster {
  deliver(destination: Destination, reply: CommandReply, options?: DeliveryOptions): Promise<DeliveryReceipt>;
  findDelivery(destination: Destination, key: string, since: Date): Promise<DeliveryReceipt | undefined>;
  openDirectMessage(userId: string): Promise<string>;
}

const CONTINUATION_FAILED_MESSAGE: SlackMessage = {
  text: CONTINUATION_FAILED_TEXT,
  blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: CONTINUATION_FAILED_TEXT }] }],
};

/** The metadata a keyed message carries; `part` 0 is the first message of the delivery. */
export function deliveryMetadata(key: string, part: number) {
  const eventType = key.startsWith('slot:') ? SLACK_METADATA_EVENT.slot : SLACK_METADATA_EVENT.notice;
  return { event_type: eventType, event_payload: { key, part } };
}

/** A Slack ts ("1736841600.000100") for an instant, as conversations.history's `oldest` takes it. */
export function slackTs(at: Date): string {
  return (at.getTime() / 1000).toFixed(6);
}

interface HistoryMessage {
  ts?: string;
  thread_ts?: string;
  reply_count?: number;
  metadata?: { event_type?: string; event_payload?: { key?: unknown; part?: unknown } };
}

export function createSlackPoster(client: SlackClient, policy: RateLimitPolicy, logger: Logger): SlackPoster {
  const call = <T>(fn: () => Promise<T>) => callWithRateLimit(fn, policy);
  // One attempt, no Retry-After wait: the scheduler's retry layer decides (and records) any retry.
  const callOnce = <T>(fn: () => Promise<T>) => callWithRateLimit(fn, { ...policy, retries: 0 });

  async function openDirectMessage(userId: string): Promise<string> {
    const opened = await call(() => client.conversations.open({ users: userId }));
    const id = opened.channel?.id;
    if (!id) throw new DeliveryError(`Slack opened no DM with ${userId}`, { permanent: false, code: 'no_dm_channel' });
    return id;
  }

  /** A subscription may name the user rather than the DM channel; Slack user ids start U or W. */
  async function channelOf(destination: Destination): Promise<string> {
    return destination.isDirectMessage && /^[UW]/.test(destination.channelId) ? openDirectMessage(destination.channelId) : destination.channelId;
  }

  async function deliver(destination: Destination, reply: CommandReply, options: DeliveryOptions = {}): Promise<DeliveryReceipt> {
    const messages = renderSlackBlocks(reply);
    const channel = await channelOf(destination);
    const ephemeralTo = reply.kind === 'message' && reply.ephemeral && !destination.isDirectMessage ? destination.userId : undefined;
    const { key } = options;

    /** Posts one message (ephemeral to the asker, or in the channel) and returns its ts. */
    async function post(message: SlackMessage, part: number, threadTs: string | undefined, callApi: typeof call): Promise<string> {
      const common = { channel, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
      if (ephemeralTo) {
        const posted = await callApi(() => client.chat.postEphemeral({ ...common, user: ephemeralTo }));
        return posted.message_ts ?? '';
      }
      const metadata = key ? { metadata: deliveryMetadata(key, part) } : {};
      // Source links would each unfurl into a preview card; the briefing already names them.
      const posted = await callApi(() => client.chat.postMessage({ ...common, ...metadata, unfurl_links: false, unfurl_media: false }));
      return posted.ts ?? '';
    }

    const ids: string[] = options.headMessageId ? [options.headMessageId] : [];
    let threadTs = destination.threadId ?? options.headMessageId;
    for (const [part, message] of messages.entries()) {
      if (part === 0 && options.headMessageId) continue;
      try {
        // A keyed first message is tried once: a 429 goes back to the scheduler with its Retry-After.
        const ts = await post(message, part, threadTs, part === 0 && key ? callOnce : call);
        ids.push(ts);
        threadTs ??= ts;
      } catch (error) {
        if (ids.length === 0) throw error;
        // The briefing is already in the channel: report it delivered (a retry would post it
        // twice), log the missing continuation and say so in the thread.
        logger.error(
          { err: error, code: (error as DeliveryError).code, channelId: channel, posted: ids.length, of: messages.length },
          'slack: continuation message failed',
        );
        await post(CONTINUATION_FAILED_MESSAGE, messages.length, threadTs, callOnce).catch((noticeError: unknown) => {
          logger.warn({ err: noticeError, channelId: channel }, 'slack: could not say the briefing is incomplete');
        });
        break;
      }
    }
    const [messageId = '', ...continuationIds] = ids;
    return continuationIds.length > 0 ? { messageId, continuationIds } : { messageId };
  }

  /**
   * The first message posted with `key` since `since`, from the channel's history with metadata.
   * Undefined only when the whole history since then was read and it is not there; anything that
   * stops the reading (a rate limit, an error, too much history) throws: the outcome stays unknown.
   */
  async function findDelivery(destination: Destination, key: string, since: Date): Promise<DeliveryReceipt | undefined> {
    const channel = await channelOf(destination);
    const oldest = slackTs(new Date(since.getTime() - SLACK_TIMING.lookupSkewMs));
    let cursor: string | undefined;
    for (let page = 0; page < SLACK_TIMING.lookupMaxPages; page++) {
      const history = await callOnce(() =>
        client.conversations.history({
          channel,
          oldest,
          limit: SLACK_TIMING.lookupPageSize,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
        }),
      ).catch((error: unknown) => {
        // Whatever stopped the reading (even missing_scope) says nothing about the post: still unknown.
        const failure = toDeliveryError(error);
        throw new DeliveryError(`Slack: could not read the channel's history (${failure.message})`, {
          permanent: false,
          code: failure.code,
          outcome: 'unknown',
          ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
        });
      });
      const found = ((history.messages ?? []) as HistoryMessage[]).find((m) => {
        const payload = m.metadata?.event_payload;
        return payload?.key === key && (payload.part === 0 || payload.part === undefined);
      });
      if (found?.ts) return { messageId: found.ts };
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) return undefined;
    }
    throw new DeliveryError(`Slack: more than ${SLACK_TIMING.lookupMaxPages} pages of history since the slot; cannot tell whether it was posted`, {
      permanent: false,
      code: 'lookup_too_long',
      outcome: 'unknown',
    });
  }

  return { deliver, findDelivery, openDirectMessage };
}
