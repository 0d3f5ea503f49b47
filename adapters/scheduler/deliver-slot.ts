// One slot, exactly once: claim it in the store, compose, send as a keyed delivery (every attempt
// recorded, a repeat after an unknown outcome only through the adapter's idempotency mechanism),
// record the platform's message id. A slot that ends undelivered is marked, and its owner's notice
// written, in one transaction (store.endSlot); the notice is then sent from the outbox.

import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';
import { composeScheduledReply } from './compose-scheduled-reply.ts';
import { slotDeliveryKey } from './delivery-keys.ts';
import { destinationKey, destinationOf } from './destination.ts';
import type { NoticeSender } from './owner-notices.ts';
import type { SchedulerLog } from './scheduler-log.ts';
import { type RetryPolicy, sendWithRetries } from './send-with-retries.ts';

export type SlotOutcome = { subscriptionId: string; slotAt: string } & (
  /** `found`: an attempt whose answer was lost had posted it; found by its key instead of posting again. */
  | { result: 'delivered'; messageId: string; attempts: number; found?: true }
  /** Someone (another wake-up, an earlier run) already has this slot. */
  | { result: 'taken' }
  | { result: 'failed'; error: string; paused: boolean; ownerTold: boolean }
  /** It may or may not be on the platform and nothing could settle it: not posted again; the owner is told. */
  | { result: 'unknown'; error: string; attempts: number; ownerTold: boolean }
  /** Not posted: older than the catch-up grace. */
  | { result: 'missed'; error: string }
);

export interface DeliverSlotDeps {
  store: Store;
  adapters: ReadonlyMap<string, ChatAdapter>;
  newsDesk: NewsDesk;
  clock: Clock;
  retry: RetryPolicy;
  /** Who claims: this scheduler instance. */
  claimant: string;
  digestSize: number;
  log: SchedulerLog;
  notices: NoticeSender;
}

export async function deliverSlot(subscription: Subscription, slotAt: Date, deps: DeliverSlotDeps): Promise<SlotOutcome> {
  const { store, clock, log } = deps;
  const key = { subscriptionId: subscription.id, slotAt };
  const base = { subscriptionId: subscription.id, slotAt: slotAt.toISOString() };
  if (!(await store.claimSlot(key, deps.claimant, clock.now()))) return { ...base, result: 'taken' };

  /** Ends the slot and writes the owner's notice (one transaction), then sends the outbox. */
  const end = async (status: 'failed' | 'unknown', error: string, permanent: boolean, attempts: number) => {
    const notice = await store.endSlot(key, { status, error, pause: permanent, attempts }, clock.now());
    const message = permanent ? 'subscription paused' : status === 'unknown' ? 'scheduled post may or may not have arrived' : 'scheduled post failed';
    log.warn({ ...base, error, permanent, attempts }, message);
    await deps.notices.flush();
    return notice ? (await store.getNotice(notice.id))?.status === 'delivered' : false;
  };
  const fail = async (error: string, permanent: boolean, attempts: number): Promise<SlotOutcome> => {
    const ownerTold = await end('failed', error, permanent, attempts);
    return { ...base, result: 'failed', error, paused: permanent, ownerTold };
  };

  const adapter = deps.adapters.get(subscription.platform);
  if (!adapter) return fail(`no ${subscription.platform} adapter is running`, false, 0);

  let reply: Awaited<ReturnType<typeof composeScheduledReply>>;
  try {
    reply = await composeScheduledReply(subscription, { newsDesk: deps.newsDesk, log: store, digestSize: deps.digestSize, now: clock.now() });
  } catch (error) {
    return fail(`could not prepare the briefing: ${error instanceof Error ? error.message : String(error)}`, false, 0);
  }

  const destination = destinationOf(subscription);
  // Several instances: one that stalled past its lease may find its slot taken over (released and
  // re-claimed, or marked unknown) by another; it must then not send (issue 18).
  let takenOver = false;
  const sent = await sendWithRetries(adapter, destination, reply, {
    clock,
    policy: deps.retry,
    key: slotDeliveryKey(key),
    // Nothing of this slot is posted before its time: where a lookup starts.
    since: slotAt,
    // From here on a crash leaves the slot 'sending': at restart it becomes 'unknown' (owner told).
    beforeAttempt: async () => {
      if (await store.markSlotSending(key, clock.now(), deps.claimant)) return;
      takenOver = true;
      throw new Error('the slot was taken over by another instance');
    },
  }).catch((error: unknown) => {
    if (takenOver) return undefined;
    throw error;
  });
  if (!sent) {
    log.warn(base, 'slot taken over by another instance while this one stalled: not sent');
    return { ...base, result: 'taken' };
  }
  if (!sent.ok) {
    if (!sent.permanent && sent.outcome === 'unknown') {
      const ownerTold = await end('unknown', sent.error, false, sent.attempts);
      return { ...base, result: 'unknown', error: sent.error, attempts: sent.attempts, ownerTold };
    }
    return fail(sent.error, sent.permanent, sent.attempts);
  }

  const deliveredAt = clock.now();
  await store.markSlotDelivered(key, sent.receipt, deliveredAt);
  if (reply.kind === 'briefing' && reply.storyId) {
    await store.saveDeliveredBriefing(destinationKey(destination), reply.storyId, reply.briefing, deliveredAt);
  }
  log.info({ ...base, messageId: sent.receipt.messageId, attempts: sent.attempts, found: sent.found }, 'scheduled post delivered');
  return { ...base, result: 'delivered', messageId: sent.receipt.messageId, attempts: sent.attempts, ...(sent.found ? { found: true as const } : {}) };
}
