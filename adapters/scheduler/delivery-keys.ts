// The stable keys deliveries carry on the platform (Discord nonce, Slack metadata): the same on
// every attempt, so a repeat can be recognised. Slot keys start with `slot:`; a notice's key is
// its outbox id (`slot-unknown:…`, `slot-failed:…`, `subscription-paused:…`).

import type { SlotKey } from '../store/store.ts';

export const SLOT_KEY_PREFIX = 'slot:';

export function slotDeliveryKey(key: SlotKey): string {
  return `${SLOT_KEY_PREFIX}${key.subscriptionId}:${key.slotAt.toISOString()}`;
}

export function isSlotDeliveryKey(key: string): boolean {
  return key.startsWith(SLOT_KEY_PREFIX);
}
