// Telling a subscription's owner, by direct message, what the channel could not be told:
// a paused subscription, a post that failed, a post that may or may not have arrived.

import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import type { SchedulerLog } from './scheduler-log.ts';

export async function notifyOwner(
  adapter: ChatAdapter | undefined,
  subscription: Subscription,
  text: string,
  log: SchedulerLog,
): Promise<boolean> {
  if (!adapter) return false;
  try {
    const channelId = await adapter.openDirectMessage(subscription.ownerUserId);
    await adapter.deliver(
      { platform: subscription.platform, channelId, isDirectMessage: true, userId: subscription.ownerUserId },
      { kind: 'message', text, ephemeral: false, isError: true },
    );
    return true;
  } catch (error) {
    log.warn(
      { subscriptionId: subscription.id, owner: subscription.ownerUserId, error: error instanceof Error ? error.message : String(error) },
      'could not tell the subscription owner',
    );
    return false;
  }
}
