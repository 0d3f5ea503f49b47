// A recording fake ChatAdapter for tests: records every post and can be told to fail
// (a scripted DeliveryError per attempt, or a function deciding per destination).

import type { CommandReply, Platform } from '../../src/commands/command.ts';
import type { ChatAdapter, DeliveryReceipt, Destination } from '../chat-adapter.ts';

export interface RecordedPost {
  destination: Destination;
  reply: CommandReply;
  messageId: string;
}

export interface RecordingAdapter extends ChatAdapter {
  readonly posts: RecordedPost[];
  /** Attempts that threw, in order. */
  readonly failures: Array<{ destination: Destination; error: unknown }>;
  /** Errors thrown by the next deliver() calls, one per call, before posting resumes. */
  failNext(...errors: unknown[]): void;
  /** Decides per call whether to throw (return an error) or post (return undefined). */
  failWhen(decide: ((destination: Destination, reply: CommandReply) => unknown) | undefined): void;
}

export function createRecordingAdapter(platform: Platform = 'console'): RecordingAdapter {
  const posts: RecordedPost[] = [];
  const failures: Array<{ destination: Destination; error: unknown }> = [];
  const queued: unknown[] = [];
  let decide: ((destination: Destination, reply: CommandReply) => unknown) | undefined;
  let counter = 0;
  return {
    platform,
    posts,
    failures,
    failNext: (...errors) => void queued.push(...errors),
    failWhen: (fn) => {
      decide = fn;
    },
    async start() {},
    async stop() {},
    async deliver(destination, reply): Promise<DeliveryReceipt> {
      const error = queued.length > 0 ? queued.shift() : decide?.(destination, reply);
      if (error !== undefined) {
        failures.push({ destination, error });
        throw error;
      }
      const messageId = `${platform}-msg-${++counter}`;
      posts.push({ destination, reply, messageId });
      return { messageId };
    },
    async openDirectMessage(userId) {
      return `dm-${userId}`;
    },
  };
}
