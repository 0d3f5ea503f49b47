// One slot, at most once: claim it in the store, compose, mark it sending, send (with retries),
// record the platform's message id. A permanent failure pauses the subscription and tells its owner.

import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';
import { composeScheduledReply } from './compose-scheduled-reply.ts';
import { destinationKey, destinationOf } from './destination.ts';
import { notifyOwner } from './notify-owner.ts';
import { failedMessage, pausedMessage } from './owner-messages.ts';
import type { SchedulerLog } from './scheduler-log.ts';
import { type RetryPolicy, sendWithRetries } from './send-with-retries.ts';

export type SlotOutcome = { subscriptionId: string; slotAt: string } & (
  | { result: 'delivered'; messageId: string; attempts: number }
  /** Someone (another wake-up, an earlier run) already has this slot. */
  | { result: 'taken' }
  | { result: 'failed'; error: string; paused: boolean; ownerTold: boolean }
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
}

export async function deliverSlot(subscription: Subscription, slotAt: Date, deps: DeliverSlotDeps): Promise<SlotOutcome> {
  const { store, clock, log } = deps;
  const key = { subscriptionId: subscription.id, slotAt };
  const base = { subscriptionId: subscription.id, slotAt: slotAt.toISOString() };
  if (!(await store.claimSlot(key, deps.claimant, clock.now()))) return { ...base, result: 'taken' };

  const adapter = deps.adapters.get(subscription.platform);
  const fail = async (error: string, permanent: boolean, attempts: number): Promise<SlotOutcome> => {
    await store.markSlotFailed(key, error, clock.now());
    if (permanent) await store.pauseSubscription(subscription.id, error, clock.now());
    log.warn({ ...base, error, permanent, attempts }, permanent ? 'subscription paused' : 'scheduled post failed');
    const text = permanent ? pausedMessage(subscription, slotAt, error) : failedMessage(subscription, slotAt, error, attempts);
    const ownerTold = await notifyOwner(adapter, subscription, text, log);
    return { ...base, result: 'failed', error, paused: permanent, ownerTold };
  };

  if (!adapter) return fail(`no ${subscription.platform} adapter is running`, false, 0);

  let reply: Awaited<ReturnType<typeof composeScheduledReply>>;
  try {
    reply = await composeScheduledReply(subscription, { newsDesk: deps.newsDesk, log: store, digestSize: deps.digestSize, now: clock.now() });
  } catch (error) {
    return fail(`could not prepare the briefing: ${error instanceof Error ? error.message : String(error)}`, false, 0);
  }

  const destination = destinationOf(subscription);
  const sent = await sendWithRetries(adapter, destination, reply, {
    clock,
    policy: deps.retry,
    // From here on a crash leaves the slot 'sending': never re-posted (see the README, "The rules").
    beforeAttempt: () => store.markSlotSending(key, clock.now()),
  });
  if (!sent.ok) return fail(sent.error, sent.permanent, sent.attempts);

  const deliveredAt = clock.now();
  await store.markSlotDelivered(key, sent.receipt, deliveredAt);
  if (reply.kind === 'briefing' && reply.storyId) {
    await store.saveDeliveredBriefing(destinationKey(destination), reply.storyId, reply.briefing, deliveredAt);
  }
  log.info({ ...base, messageId: sent.receipt.messageId, attempts: sent.attempts }, 'scheduled post delivered');
  return { ...base, result: 'delivered', messageId: sent.receipt.messageId, attempts: sent.attempts };
}
