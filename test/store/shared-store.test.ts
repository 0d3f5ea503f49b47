// What several instances share through the store: instance leases (whose slots may be taken
// over), source poll leases and seen events. The rules are the same on both dialects; on
// PostgreSQL they are also raced from separate pools, as separate instances would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSubscription, Store } from '../../adapters/store/store.ts';
import { type OpenedStore, STORE_DIALECTS } from './dialects.ts';

const T0 = new Date('2025-01-14T08:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const sub: NewSubscription = {
  platform: 'console',
  channelId: 'news',
  isDirectMessage: false,
  ownerUserId: 'owner',
  schedule: { kind: 'daily', hour: 8, minute: 0 },
  timezone: 'UTC',
};

for (const dialect of STORE_DIALECTS) {
  describe.skipIf(dialect.skipReason !== '')(`shared rules on ${dialect.name}${dialect.skipReason}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await dialect.open();
      store = opened.store;
    });
    afterEach(() => opened.dispose());

    it("leaves a live instance's slots alone and takes over those whose lease ran out", async () => {
      const { id } = await store.addSubscription(sub, T0);
      const slot = (hour: number) => ({ subscriptionId: id, slotAt: new Date(`2025-01-14T${String(hour).padStart(2, '0')}:00:00Z`) });
      await store.renewInstanceLease('alive', at(0));
      await store.renewInstanceLease('dead', at(0));
      await store.claimSlot(slot(1), 'alive', at(0));
      await store.claimSlot(slot(2), 'dead', at(0));
      await store.claimSlot(slot(3), 'dead', at(0));
      await store.markSlotSending(slot(3), at(0));
      await store.claimSlot(slot(4), 'never-leased', at(0));
      await store.renewInstanceLease('alive', at(40));
      // Alive: renewed at or after 30 s ago.
      const recovered = await store.recoverAbandonedSlots('me', at(45), { aliveSince: at(15) });
      expect(recovered.released.map((s) => s.slotAt)).toEqual([slot(2).slotAt.toISOString(), slot(4).slotAt.toISOString()]);
      expect(recovered.unknown).toEqual([expect.objectContaining({ slotAt: slot(3).slotAt.toISOString(), status: 'unknown', attempts: 1 })]);
      expect(await store.getSlot(slot(1))).toMatchObject({ status: 'claimed' });
      // Each abandoned slot is reported once.
      expect(await store.recoverAbandonedSlots('other', at(46), { aliveSince: at(16) })).toEqual({ released: [], unknown: [] });
      // A clean stop ends the lease at once.
      await store.endInstanceLease('alive');
      expect((await store.recoverAbandonedSlots('me', at(47), { aliveSince: at(17) })).released.map((s) => s.slotAt)).toEqual([
        slot(1).slotAt.toISOString(),
      ]);
    });

    it('a stalled instance whose slot was taken over may not start sending it', async () => {
      const { id } = await store.addSubscription(sub, T0);
      const key = { subscriptionId: id, slotAt: T0 };
      await store.renewInstanceLease('stalled', at(0));
      expect(await store.claimSlot(key, 'stalled', at(0))).toBe(true);
      await store.renewInstanceLease('other', at(40));
      expect((await store.recoverAbandonedSlots('other', at(40), { aliveSince: at(10) })).released).toHaveLength(1);
      expect(await store.claimSlot(key, 'other', at(40))).toBe(true);
      expect(await store.markSlotSending(key, at(41), 'stalled')).toBe(false);
      expect(await store.markSlotSending(key, at(41), 'other')).toBe(true);
      // Its own retry (sending → sending) is still allowed.
      expect(await store.markSlotSending(key, at(42), 'other')).toBe(true);
      expect(await store.getSlot(key)).toMatchObject({ status: 'sending', attempts: 2 });
    });

    it('without aliveSince every other claimant counts as gone (one process per store)', async () => {
      const { id } = await store.addSubscription(sub, T0);
      await store.renewInstanceLease('previous-run', at(0));
      await store.claimSlot({ subscriptionId: id, slotAt: T0 }, 'previous-run', at(0));
      expect((await store.recoverAbandonedSlots('me', at(1))).released).toHaveLength(1);
    });

    it('lets one holder poll a source while it is due, then not until the next due time', async () => {
      expect(await store.claimSourcePoll('feed:a', 'i1', at(0), at(120))).toBe(true);
      expect(await store.claimSourcePoll('feed:a', 'i2', at(1), at(121))).toBe(false);
      expect(await store.claimSourcePoll('feed:b', 'i2', at(1), at(121))).toBe(true);
      await store.finishSourcePoll('feed:a', 'i1', at(600));
      // Free, but not due yet: nobody polls it again before 600 s.
      expect(await store.claimSourcePoll('feed:a', 'i2', at(300), at(420))).toBe(false);
      expect(await store.claimSourcePoll('feed:a', 'i2', at(600), at(720))).toBe(true);
      // i2 died mid-poll: once its poll lease has run out, another instance takes the source.
      expect(await store.claimSourcePoll('feed:a', 'i3', at(700), at(820))).toBe(false);
      expect(await store.claimSourcePoll('feed:a', 'i3', at(721), at(841))).toBe(true);
      // A late finish by the old holder changes nothing.
      await store.finishSourcePoll('feed:a', 'i2', at(5000));
      await store.finishSourcePoll('feed:a', 'i3', at(900));
      expect(await store.claimSourcePoll('feed:a', 'i1', at(900), at(1020))).toBe(true);
    });

    it('reports an event id once within the time-to-live, and again after it', async () => {
      const hour = 3_600_000;
      expect(await store.firstDelivery('Ev1', at(0), hour)).toBe(true);
      expect(await store.firstDelivery('Ev1', at(60), hour)).toBe(false);
      expect(await store.firstDelivery('Ev2', at(60), hour)).toBe(true);
      expect(await store.firstDelivery('Ev1', at(3601), hour)).toBe(true);
    });
  });
}
