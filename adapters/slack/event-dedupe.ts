// Slack retries an event it thinks we missed (x-slack-retry-num over HTTP, retry_attempt over
// Socket Mode). Each event id is handled once; a retry of an event never seen is handled.
// One process keeps the ids in memory (createEventDedupe); several instances behind a load
// balancer, or several Socket Mode connections (Slack spreads events over them), share them
// through the store (createStoreEventDedupe), so a retry that reaches another instance is
// still recognised.

import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import type { EventLog } from '../store/store.ts';
import { SLACK_TIMING } from './constants.ts';

export interface EventDedupe {
  /** True the first time an id is offered within the time-to-live, false after. */
  firstTime(id: string): boolean | Promise<boolean>;
}

export interface EventDedupeOptions {
  ttlMs?: number;
  max?: number;
  now?: () => number;
}

export function createEventDedupe(options: EventDedupeOptions = {}): EventDedupe {
  const ttlMs = options.ttlMs ?? SLACK_TIMING.eventDedupeTtlMs;
  const max = options.max ?? SLACK_TIMING.eventDedupeMax;
  const now = options.now ?? Date.now;
  const seenAt = new Map<string, number>(); // insertion order = age order
  return {
    firstTime(id) {
      const time = now();
      for (const [oldId, at] of seenAt) {
        if (time - at < ttlMs) break;
        seenAt.delete(oldId);
      }
      if (seenAt.has(id)) return false;
      const oldest = seenAt.keys().next();
      if (seenAt.size >= max && !oldest.done) seenAt.delete(oldest.value);
      seenAt.set(id, time);
      return true;
    },
  };
}

/** Event ids shared by every instance on the store: the first instance to record an id handles it. */
export function createStoreEventDedupe(store: EventLog, logger: Logger, options: Pick<EventDedupeOptions, 'ttlMs' | 'now'> = {}): EventDedupe {
  const ttlMs = options.ttlMs ?? SLACK_TIMING.eventDedupeTtlMs;
  const now = options.now ?? Date.now;
  return {
    async firstTime(id) {
      try {
        return await store.firstDelivery(`slack:${id}`, new Date(now()), ttlMs);
      } catch (error) {
        // The store is unreachable: better to answer a retry twice than to drop the event.
        logger.warn({ err: error, eventId: id }, 'slack: could not check the event against the store; handling it');
        return true;
      }
    },
  };
}

/** Bolt middleware that stops a repeated Events API delivery before any listener runs. */
export function dedupeEventsMiddleware(dedupe: EventDedupe, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await dedupe.firstTime(eventId))) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack: repeated event skipped');
      return;
    }
    await next();
  };
}
