// What a subscription's owner is told, with the commands as they type them on that platform.

import { describe, expect, it } from 'vitest';
import { pausedMessage, unknownMessage } from '../../adapters/scheduler/owner-messages.ts';
import type { Subscription } from '../../src/commands/subscription-port.ts';

const subscription = (platform: Subscription['platform']): Subscription => ({
  id: 'k7m2qp',
  platform,
  channelId: 'C1',
  isDirectMessage: false,
  ownerUserId: 'U1',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'UTC',
  topic: 'ferries',
  status: 'paused',
  createdAt: '2031-01-01T00:00:00.000Z',
});
const slot = new Date('2031-01-02T08:00:00Z');

describe('owner messages', () => {
  it.each([
    ['slack', 'restart it with /brief resume k7m2qp.', '/brief ferries gives it now.'],
    ['discord', 'restart it with /brief resume id:k7m2qp.', '/brief now topic:ferries gives it now.'],
  ] as const)('on %s name the commands in its own syntax', (platform, resume, again) => {
    expect(pausedMessage(subscription(platform), slot, 'channel_not_found')).toContain(resume);
    expect(unknownMessage(subscription(platform), slot)).toContain(again);
  });
});
