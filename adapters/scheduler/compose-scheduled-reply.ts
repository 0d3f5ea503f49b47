// What a subscription posts: the same answer `/brief [topic]` gives, plus — when this story was
// already delivered to this destination — what changed since then.

import { composeBriefReply } from '../../src/commands/compose-brief-reply.ts';
import type { CommandReply } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';
import { diffBriefings } from '../../src/commands/whats-new.ts';
import type { DeliveredBriefingLog } from '../store/store.ts';
import { destinationKey } from './destination.ts';

export async function composeScheduledReply(
  subscription: Subscription,
  deps: { newsDesk: NewsDesk; log: DeliveredBriefingLog; digestSize: number; now: Date },
): Promise<CommandReply> {
  const reply = await composeBriefReply(deps.newsDesk, {
    ...(subscription.topic ? { topic: subscription.topic } : {}),
    digestSize: deps.digestSize,
    now: deps.now,
  });
  if (reply.kind !== 'briefing' || !reply.storyId) return reply;
  const previous = await deps.log.lastDeliveredBriefing(destinationKey(subscription), reply.storyId);
  if (!previous) return reply;
  return { ...reply, whatsNew: diffBriefings(previous.briefing, reply.briefing, previous.deliveredAt) };
}
