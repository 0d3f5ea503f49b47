// A recording fake ChatAdapter for tests: records every post and can be told to fail (a scripted
// DeliveryError per attempt, or a function deciding per destination), or to accept a post and
// then fail as if the answer was lost (a 5xx, a dropped connection, a timeout after the platform
// stored the message). It can offer any idempotency mechanism, and keeps it as the platform would:
// `key` returns the first post with the same key within the window, `lookup` finds a post by key.

import type { CommandReply, Platform } from '../../src/commands/command.ts';
import type { ChatAdapter, DeliveryOptions, DeliveryReceipt, Destination, IdempotencyMechanism } from '../chat-adapter.ts';

export interface RecordedPost {
  destination: Destination;
  reply: CommandReply;
  messageId: string;
  /** The delivery's key, when it had one. */
  key?: string;
  at: Date;
}

export interface RecordingAdapterOptions {
  idempotency?: IdempotencyMechanism;
  /** The platform's clock (a test's manual clock), for the `key` window and lookups. */
  now?: () => Date;
}

export interface RecordingAdapter extends ChatAdapter {
  readonly posts: RecordedPost[];
  /** Attempts that threw, in order. */
  readonly failures: Array<{ destination: Destination; error: unknown; posted: boolean }>;
  /** Lookups made (findDelivery), in order. */
  readonly lookups: Array<{ key: string; found: boolean }>;
  /** Errors thrown by the next deliver() calls, one per call, before posting resumes. */
  failNext(...errors: unknown[]): void;
  /** The next deliver() calls post, then throw these errors (the answer was lost), one per call. */
  acceptThenFailNext(...errors: unknown[]): void;
  /** Errors thrown by the next findDelivery() calls, one per call. */
  failLookupNext(...errors: unknown[]): void;
  /** Decides per call whether to throw (return an error) or post (return undefined). */
  failWhen(decide: ((destination: Destination, reply: CommandReply) => unknown) | undefined): void;
}

export function createRecordingAdapter(platform: Platform = 'console', options: RecordingAdapterOptions = {}): RecordingAdapter {
  const now = options.now ?? (() => new Date());
  const idempotency = options.idempotency ?? { kind: 'none' };
  const posts: RecordedPost[] = [];
  const failures: RecordingAdapter['failures'] = [];
  const lookups: RecordingAdapter['lookups'] = [];
  const queued: Array<{ error: unknown; afterPosting: boolean }> = [];
  const lookupErrors: unknown[] = [];
  let decide: ((destination: Destination, reply: CommandReply) => unknown) | undefined;
  let counter = 0;

  const sameKey = (destination: Destination, key: string) => (p: RecordedPost) => p.key === key && p.destination.channelId === destination.channelId;

  return {
    platform,
    idempotency,
    posts,
    failures,
    lookups,
    failNext: (...errors) => void queued.push(...errors.map((error) => ({ error, afterPosting: false }))),
    acceptThenFailNext: (...errors) => void queued.push(...errors.map((error) => ({ error, afterPosting: true }))),
    failLookupNext: (...errors) => void lookupErrors.push(...errors),
    failWhen: (fn) => {
      decide = fn;
    },
    async start() {},
    async stop() {},
    async deliver(destination, reply, deliveryOptions: DeliveryOptions = {}): Promise<DeliveryReceipt> {
      const { key, headMessageId } = deliveryOptions;
      if (headMessageId) return { messageId: headMessageId };
      const scripted = queued.length > 0 ? queued.shift() : undefined;
      const decided = scripted ? undefined : decide?.(destination, reply);
      if (scripted && !scripted.afterPosting) {
        failures.push({ destination, error: scripted.error, posted: false });
        throw scripted.error;
      }
      if (decided !== undefined) {
        failures.push({ destination, error: decided, posted: false });
        throw decided;
      }
      // Discord-like: a create with a key already used within the window returns the first message.
      const repeat = key && idempotency.kind === 'key' ? posts.find(sameKey(destination, key)) : undefined;
      const withinWindow = repeat && idempotency.kind === 'key' && now().getTime() - repeat.at.getTime() <= idempotency.windowMs;
      let messageId: string;
      if (repeat && withinWindow) {
        messageId = repeat.messageId;
      } else {
        messageId = `${platform}-msg-${++counter}`;
        posts.push({ destination, reply, messageId, ...(key ? { key } : {}), at: now() });
      }
      if (scripted?.afterPosting) {
        failures.push({ destination, error: scripted.error, posted: true });
        throw scripted.error;
      }
      return { messageId };
    },
    ...(idempotency.kind === 'lookup'
      ? {
          async findDelivery(destination: Destination, key: string, since: Date) {
            if (lookupErrors.length > 0) throw lookupErrors.shift();
            const found = posts.find((p) => sameKey(destination, key)(p) && p.at.getTime() >= since.getTime());
            lookups.push({ key, found: found !== undefined });
            return found ? { messageId: found.messageId } : undefined;
          },
        }
      : {}),
    async openDirectMessage(userId) {
      return `dm-${userId}`;
    },
  };
}
