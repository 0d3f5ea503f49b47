// Where a subscription posts, and the key that "what's new" remembers deliveries under.

import type { Subscription } from '../../src/commands/subscription-port.ts';
import type { Destination } from '../chat-adapter.ts';

export function destinationOf(subscription: Subscription): Destination {
  return {
    platform: subscription.platform,
    channelId: subscription.channelId,
    isDirectMessage: subscription.isDirectMessage,
    userId: subscription.ownerUserId,
  };
}

export function destinationKey(destination: Pick<Destination, 'platform' | 'channelId'>): string {
  return `${destination.platform}:${destination.channelId}`;
}
