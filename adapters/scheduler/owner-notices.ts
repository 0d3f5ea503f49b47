// Delivers the outbox of owner notices (a paused subscription, a slot that failed, a slot that
// may be missing), once each: claimed from the store, sent as a keyed delivery through the same
// retry layer as a briefing (send-with-retries.ts), confirmed in the store. A notice that cannot be
// sent now goes back to the outbox for a later sweep; nothing is dropped on a crash, because the
// notice was written in the transaction that ended its slot.
//
// Before telling an owner a slot "may be missing", a platform that can look messages up (Slack)
// is asked first: found → the slot is recorded as delivered and the notice cancelled.

import type { CommandReply, Platform } from '../../src/commands/command.ts';
import type { ChatAdapter, Destination } from '../chat-adapter.ts';
import { DeliveryError } from '../chat-adapter.ts';
import type { NoticeRecord, Store } from '../store/store.ts';
import type { Clock } from './clock.ts';
import { slotDeliveryKey } from './delivery-keys.ts';
import { destinationOf } from './destination.ts';
import { noticeText } from './owner-messages.ts';
import type { SchedulerLog } from './scheduler-log.ts';
import { type RetryPolicy, sendWithRetries } from './send-with-retries.ts';

/** Subscriptions from briefbot.yaml have no owner to message: their notices go to the log. */
export const CONFIG_OWNER = 'config';

export const NOTICE_RETRY = {
  /** Wait before the next round after a round of attempts failed; doubles per round. */
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  /** A notice still undelivered this long after it was written is given up (and logged). */
  giveUpAfterMs: 24 * 60 * 60_000,
  /** Notices claimed at once. */
  batch: 20,
} as const;

export interface NoticeSenderDeps {
  store: Store;
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  clock: Clock;
  retry: RetryPolicy;
  claimant: string;
  log: SchedulerLog;
}

export interface NoticeSender {
  /**
   * Sends every notice due now. Resolves when a pass that started after this call has finished,
   * so a notice enqueued before the call has been attempted.
   */
  flush(): Promise<void>;
}

class ClaimLost extends Error {}

export function createNoticeSender(deps: NoticeSenderDeps): NoticeSender {
  const { store, clock, log } = deps;
  let running: Promise<void> | undefined;
  let again = false;

  async function deliver(notice: NoticeRecord): Promise<void> {
    const details = { noticeId: notice.id, owner: notice.recipientUserId, platform: notice.platform };
    const adapter = deps.adapters.get(notice.platform);
    if (!adapter) return retryLater(notice, `no ${notice.platform} adapter is running`, false);

    if (notice.recipientUserId === CONFIG_OWNER) {
      if (!(await store.markNoticeSending(notice.id, deps.claimant, clock.now()))) return;
      log.warn({ ...details, text: noticeText(notice) }, 'owner notice for a configured subscription (no owner to message)');
      await store.markNoticeDelivered(notice.id, { messageId: 'log' }, clock.now());
      return;
    }

    let checkedNotPosted = false;
    if (notice.kind === 'slot-unknown' && adapter.idempotency.kind === 'lookup' && adapter.findDelivery) {
      const slot = { subscriptionId: notice.subscriptionId, slotAt: new Date(notice.slotAt) };
      try {
        const found = await adapter.findDelivery(destinationOf(notice.subscription), slotDeliveryKey(slot), slot.slotAt);
        if (found) {
          await store.confirmUnknownSlot(slot, found, clock.now());
          log.info({ ...details, messageId: found.messageId }, 'slot found on the platform: delivered, no notice needed');
          return;
        }
        checkedNotPosted = true;
      } catch (error) {
        log.warn({ ...details, error: messageOf(error) }, 'could not check whether the slot was posted; telling the owner it may be missing');
      }
    }

    let channelId: string;
    try {
      channelId = await adapter.openDirectMessage(notice.recipientUserId);
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) return end(notice, 'failed', error.message);
      return retryLater(notice, messageOf(error), false);
    }
    const destination: Destination = { platform: notice.platform, channelId, isDirectMessage: true, userId: notice.recipientUserId };
    const reply: CommandReply = { kind: 'message', text: noticeText(notice, checkedNotPosted), ephemeral: false, isError: true };
    const sent = await sendWithRetries(adapter, destination, reply, {
      clock,
      policy: deps.retry,
      key: notice.id,
      since: new Date(notice.createdAt),
      ...(notice.outcomeUnknown ? { unknownSince: new Date(notice.firstAttemptAt ?? notice.createdAt) } : {}),
      beforeAttempt: async () => {
        if (!(await store.markNoticeSending(notice.id, deps.claimant, clock.now()))) throw new ClaimLost(notice.id);
      },
    });
    if (sent.ok) {
      await store.markNoticeDelivered(notice.id, { messageId: sent.receipt.messageId }, clock.now());
      log.info({ ...details, messageId: sent.receipt.messageId, attempts: sent.attempts }, 'owner told');
      return;
    }
    if (sent.permanent) return end(notice, 'failed', sent.error);
    if (sent.outcome === 'unknown' && sent.final) return end(notice, 'unknown', sent.error);
    // A repeat with the same key is only safe within the platform's window: go on at once rather
    // than wait a round and lose the chance to settle it.
    const soon = sent.outcome === 'unknown' && adapter.idempotency.kind === 'key';
    return retryLater(await fresh(notice), sent.error, sent.outcome === 'unknown', soon);
  }

  async function end(notice: NoticeRecord, status: 'failed' | 'unknown', error: string): Promise<void> {
    await store.endNotice(notice.id, status, error, clock.now());
    log.error({ noticeId: notice.id, owner: notice.recipientUserId, status, error }, 'could not tell the subscription owner');
  }

  async function retryLater(notice: NoticeRecord, error: string, outcomeUnknown: boolean, soon = false): Promise<void> {
    const now = clock.now();
    if (now.getTime() - new Date(notice.createdAt).getTime() > NOTICE_RETRY.giveUpAfterMs) {
      return end(notice, outcomeUnknown || notice.outcomeUnknown ? 'unknown' : 'failed', `given up after a day: ${error}`);
    }
    // Rounds of attempts already made, the one that just failed included: 1 → wait firstDelayMs.
    const rounds = Math.max(0, Math.ceil(notice.attempts / Math.max(1, deps.retry.maxAttempts)) - 1);
    const delay = soon ? 0 : Math.min(NOTICE_RETRY.firstDelayMs * 2 ** rounds, NOTICE_RETRY.maxDelayMs);
    await store.deferNotice(notice.id, { nextAttemptAt: new Date(now.getTime() + delay), error, outcomeUnknown }, now);
    log.warn({ noticeId: notice.id, owner: notice.recipientUserId, error, retryInMs: delay }, 'owner notice not delivered yet; retrying later');
  }

  async function pass(): Promise<void> {
    for (;;) {
      const batch = await store.claimDueNotices(deps.claimant, clock.now(), NOTICE_RETRY.batch);
      if (batch.length === 0) return;
      for (const notice of batch) {
        try {
          await deliver(notice);
        } catch (error) {
          if (error instanceof ClaimLost) {
            log.warn({ noticeId: notice.id }, 'owner notice taken over by another instance');
            continue;
          }
          log.error({ noticeId: notice.id, error: messageOf(error) }, 'delivering an owner notice failed');
          // Never leave it claimed: back to the outbox (it may have been sent: check first next time).
          await retryLater(await fresh(notice), messageOf(error), true).catch(() => {});
        }
      }
    }
  }

  /** The notice as the store has it now (its attempts counted). */
  async function fresh(notice: NoticeRecord): Promise<NoticeRecord> {
    return (await store.getNotice(notice.id)) ?? notice;
  }

  return {
    flush() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await pass();
        } while (again);
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
