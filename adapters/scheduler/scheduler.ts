// createScheduler: posts every subscription on its schedule, at most once per slot, never
// silently missing one. A slot is (subscription id, scheduled UTC time); which slots exist is
// decided only by the pure nextFireTime (src/commands/next-fire-time.ts), in each subscription's
// own timezone; node-cron (cron-wakeups.ts) only wakes us up.
//
//   const scheduler = createScheduler({ store, adapters: new Map([['console', consoleAdapter]]), newsDesk });
//   const report = await scheduler.start();   // recovers a crash, catches up once, arms node-cron
//   …
//   await scheduler.stop();
//
// The rules across restarts are in the README ("Subscriptions: … The rules"). Several instances may share one store
// (PostgreSQL): each slot is still claimed by exactly one of them, and a dead instance's slots are
// taken over by the others (instance-lease.ts).

import { randomInt } from 'node:crypto';
import { hostname } from 'node:os';
import type { Platform } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { latestFireTime, nextFireTime } from '../../src/commands/next-fire-time.ts';
import type { SlotRecord, Subscription } from '../../src/commands/subscription-port.ts';
import type { ChatAdapter } from '../chat-adapter.ts';
import { shortId } from '../store/short-id.ts';
import type { Store } from '../store/store.ts';
import { type Clock, systemClock } from './clock.ts';
import { createCronWakeups } from './cron-wakeups.ts';
import { aliveSince, DEFAULT_LEASE, type LeaseOptions, rotate } from './instance-lease.ts';
import { type DeliverSlotDeps, deliverSlot, type SlotOutcome } from './deliver-slot.ts';
import { createNoticeSender } from './owner-notices.ts';
import { runLimited } from './run-limited.ts';
import { type SchedulerLog, stderrLog } from './scheduler-log.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './send-with-retries.ts';
import type { Wakeups } from './wakeups.ts';

export type { SlotOutcome } from './deliver-slot.ts';

/** Default catch-up grace: a morning briefing up to six hours late is still worth posting. */
export const DEFAULT_GRACE_MS = 6 * 60 * 60 * 1000;

export interface SchedulerOptions {
  store: Store;
  /** The adapter that posts for each platform; subscriptions of other platforms fail (and say so). */
  adapters: ReadonlyMap<Platform, ChatAdapter>;
  newsDesk: NewsDesk;
  clock?: Clock;
  /** How late a slot may still be posted after a downtime. Default 6 hours. */
  graceMs?: number;
  /** Default: node-cron. Tests pass noWakeups and call runDue(). */
  wakeups?: Wakeups;
  retry?: Partial<RetryPolicy>;
  /** Deliveries in flight at once. Default 8. */
  concurrency?: number;
  /** Stories in a scheduled digest. Default 5. */
  digestSize?: number;
  log?: SchedulerLog;
  /** Names this process in slot claims. Default host-pid-random. */
  instanceId?: string;
  /** Instance lease (shared stores): how long until a silent instance counts as dead, how often to renew. */
  lease?: Partial<LeaseOptions>;
}

export interface StartReport {
  /** Slots a crash left claimed but unsent: posted again if still the latest within the grace. */
  released: SlotRecord[];
  /**
   * Slots a crash left mid-send: not posted again; their owners' notices are in the outbox and sent
   * at start when possible (on a platform that can look a post up, one found there is recorded
   * delivered instead and its notice cancelled).
   */
  unknown: SlotRecord[];
  /** The catch-up: at most one slot per subscription (delivered, failed, or missed beyond the grace). */
  outcomes: SlotOutcome[];
}

export interface Scheduler {
  start(): Promise<StartReport>;
  /**
   * Checks every active subscription against the clock and posts what is due (the minute sweep).
   * Returns what this call did: delivered, failed, unknown or missed slots.
   */
  runDue(): Promise<SlotOutcome[]>;
  /** Sends the owner notices that are due (the minute sweep does it too). */
  sendNotices(): Promise<void>;
  stop(): Promise<void>;
}

interface Tracked {
  subscription: Subscription;
  /** Slots at or before this instant are dealt with. */
  cursor: Date;
  /** The first slot after the cursor (cached), null if none. */
  next: Date | null | undefined;
  unwatch: () => void;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? systemClock;
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const wakeups = options.wakeups ?? createCronWakeups();
  const log = options.log ?? stderrLog;
  const concurrency = options.concurrency ?? 8;
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const claimant = options.instanceId ?? `${hostname()}-${process.pid}-${shortId()}`;
  const notices = createNoticeSender({ store: options.store, adapters: options.adapters, clock, retry, claimant, log });
  const deps: DeliverSlotDeps = {
    store: options.store,
    adapters: options.adapters,
    newsDesk: options.newsDesk,
    clock,
    retry,
    claimant,
    digestSize: options.digestSize ?? 5,
    log,
    notices,
  };
  const lease: LeaseOptions = { ...DEFAULT_LEASE, ...options.lease };
  // On a shared store each instance walks the subscriptions from its own point, so that instances
  // waking in the same minute spread over the slots instead of queueing for the same rows.
  const walkOffset = options.store.shared ? randomInt(1_000_000) : 0;
  const tracked = new Map<string, Tracked>();
  const inFlight = new Set<Promise<unknown>>();
  let running = false;
  let stopSweep = () => {};

  const follow = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };

  /** Brings the tracked set in line with the store's active subscriptions. */
  async function sync(now: Date): Promise<void> {
    const active = await options.store.listSubscriptions({ status: 'active' });
    const seen = new Set<string>();
    for (const subscription of active) {
      seen.add(subscription.id);
      const known = tracked.get(subscription.id);
      if (known) {
        known.subscription = subscription;
        continue;
      }
      const createdAt = new Date(subscription.createdAt).getTime();
      tracked.set(subscription.id, {
        subscription,
        // A new subscription never posts a slot from before it existed; after a downtime, only
        // slots within the grace are considered.
        cursor: new Date(Math.max(now.getTime() - graceMs, createdAt)),
        next: undefined,
        unwatch: running ? wakeups.watch(subscription, () => wake(subscription.id)) : () => {},
      });
    }
    for (const [id, entry] of tracked) {
      if (seen.has(id)) continue;
      entry.unwatch();
      tracked.delete(id);
    }
  }

  /** Posts the latest due slot of one subscription, if any. Synchronous up to the claim. */
  async function check(entry: Tracked, now: Date): Promise<SlotOutcome | undefined> {
    const { subscription } = entry;
    entry.next ??= nextFireTime(subscription.schedule, subscription.timezone, entry.cursor);
    if (!entry.next || entry.next.getTime() > now.getTime()) return undefined;
    const { latest, earlier } = latestFireTime(subscription.schedule, subscription.timezone, entry.cursor, now);
    if (!latest) return undefined;
    // Move on before any await, so a concurrent wake-up finds nothing due.
    entry.cursor = latest;
    entry.next = undefined;
    if (earlier > 0) {
      log.info({ subscriptionId: subscription.id, skipped: earlier, latest: latest.toISOString() }, 'earlier slots superseded by the latest');
    }
    if (now.getTime() - latest.getTime() > graceMs) {
      const error = 'later than the catch-up grace';
      await options.store.markSlotMissed({ subscriptionId: subscription.id, slotAt: latest }, error, now);
      log.warn({ subscriptionId: subscription.id, slotAt: latest.toISOString() }, 'slot missed');
      return { subscriptionId: subscription.id, slotAt: latest.toISOString(), result: 'missed', error };
    }
    return deliverSlot(subscription, latest, deps);
  }

  async function checkSafely(entry: Tracked, now: Date): Promise<SlotOutcome | undefined> {
    try {
      return await check(entry, now);
    } catch (error) {
      log.error(
        { subscriptionId: entry.subscription.id, error: error instanceof Error ? error.message : String(error) },
        'checking a subscription failed',
      );
      return undefined;
    }
  }

  function wake(id: string): void {
    const entry = tracked.get(id);
    if (entry && running) void follow(checkSafely(entry, clock.now()));
  }

  async function runDue(): Promise<SlotOutcome[]> {
    const work = (async () => {
      const now = clock.now();
      const takenOver = await maintain(now);
      await sync(now);
      const outcomes = await runLimited(rotate([...tracked.values()], walkOffset), concurrency, (entry) => checkSafely(entry, now));
      // A slot someone else already has ('taken') is no action of ours: leave it out.
      return [...takenOver, ...outcomes].filter((o): o is SlotOutcome => o !== undefined && o.result !== 'taken');
    })();
    return follow(work);
  }

  /** Slots left mid-send by a crash (ours earlier, or a dead instance's): logged; their owners' notices are in the outbox. */
  function reportUnknown(unknown: SlotRecord[]): void {
    for (const slot of unknown) {
      log.warn({ subscriptionId: slot.subscriptionId, slotAt: slot.slotAt }, 'slot interrupted mid-send: not re-posted');
    }
  }

  /**
   * Renews this instance's lease and, on a shared store, takes over the slots of instances whose
   * lease ran out: a released slot is posted here if it is still its subscription's latest and
   * within the grace, else recorded as missed; an unknown one is reported.
   */
  async function maintain(now: Date): Promise<SlotOutcome[]> {
    await options.store.renewInstanceLease(deps.claimant, now);
    if (!options.store.shared || !running) return [];
    const alive = { aliveSince: aliveSince(options.store, now, lease) };
    const { released, unknown } = await options.store.recoverAbandonedSlots(deps.claimant, now, alive);
    // Its notices mid-send go back to the outbox (checked before resending), then the due ones go out.
    const notices = await options.store.recoverAbandonedNotices(deps.claimant, now, alive);
    if (released.length + unknown.length + notices.length > 0) {
      log.warn({ released: released.length, unknown: unknown.length, notices: notices.length }, 'took over the work of a stopped instance');
    }
    reportUnknown(unknown);
    if (unknown.length + notices.length > 0) void follow(deps.notices.flush()).catch((error) => log.error({ error: String(error) }, 'sending owner notices failed'));
    return runLimited(released, concurrency, async (slot) => {
      const key = { subscriptionId: slot.subscriptionId, slotAt: new Date(slot.slotAt) };
      const subscription = await options.store.getSubscription(slot.subscriptionId);
      const last = await options.store.lastSlot(slot.subscriptionId);
      const current = subscription?.status === 'active' && last?.slotAt === slot.slotAt && now.getTime() - key.slotAt.getTime() <= graceMs;
      if (subscription && current) return deliverSlot(subscription, key.slotAt, deps);
      const error = 'a later slot was posted instead, or it was older than the grace';
      await options.store.markSlotMissed(key, error, now);
      return { subscriptionId: slot.subscriptionId, slotAt: slot.slotAt, result: 'missed' as const, error };
    });
  }

  /** Slots older than the grace that a downtime skipped: recorded (the latest one) and logged. */
  async function recordDowntimeMisses(now: Date): Promise<SlotOutcome[]> {
    const outcomes: SlotOutcome[] = [];
    const graceStart = new Date(now.getTime() - graceMs);
    for (const { subscription } of tracked.values()) {
      const last = await options.store.lastSlot(subscription.id);
      const from = new Date(Math.max(new Date(subscription.createdAt).getTime(), last ? new Date(last.slotAt).getTime() : 0));
      if (from >= graceStart) continue;
      const { latest, earlier } = latestFireTime(subscription.schedule, subscription.timezone, from, graceStart);
      if (!latest) continue;
      const error = `the bot was not running (${earlier + 1} slot${earlier === 0 ? '' : 's'} older than the catch-up grace)`;
      await options.store.markSlotMissed({ subscriptionId: subscription.id, slotAt: latest }, error, now);
      log.warn({ subscriptionId: subscription.id, missed: earlier + 1, latest: latest.toISOString() }, 'slots missed while down');
      outcomes.push({ subscriptionId: subscription.id, slotAt: latest.toISOString(), result: 'missed', error });
    }
    return outcomes;
  }

  return {
    async start() {
      if (running) throw new Error('scheduler already started');
      const now = clock.now();
      // The lease first: from here on other instances see this one alive and leave its claims alone.
      await options.store.renewInstanceLease(deps.claimant, now);
      // Slots left mid-send become 'unknown' and their owners' notices are written, in one
      // transaction; notices left mid-send go back to the outbox, to be checked before resending.
      const alive = { aliveSince: aliveSince(options.store, now, lease) };
      const { released, unknown } = await options.store.recoverAbandonedSlots(deps.claimant, now, alive);
      reportUnknown(unknown);
      await options.store.recoverAbandonedNotices(deps.claimant, now, alive);
      running = true;
      await follow(deps.notices.flush());
      await sync(now);
      const missed = await recordDowntimeMisses(now);
      const caughtUp = await runDue();
      const expired = 'a later slot was posted instead, or it was older than the grace';
      if (options.store.shared) {
        // Only the slots this start recovered: others' released slots are theirs to post.
        for (const slot of released) await options.store.markSlotMissed({ subscriptionId: slot.subscriptionId, slotAt: new Date(slot.slotAt) }, expired, clock.now());
      } else {
        await options.store.expireReleasedSlots(expired, clock.now());
      }
      stopSweep = wakeups.everyMinute(() => {
        void runDue().catch((error) => log.error({ error: String(error) }, 'sweep failed'));
        void follow(deps.notices.flush()).catch((error) => log.error({ error: String(error) }, 'sending owner notices failed'));
      });
      const stopRenewing =
        wakeups.every?.(lease.renewEveryMs, () => void follow(maintain(clock.now())).catch((error) => log.error({ error: String(error) }, 'lease renewal failed'))) ??
        (() => {});
      const stopMinuteSweep = stopSweep;
      stopSweep = () => {
        stopMinuteSweep();
        stopRenewing();
      };
      return { released, unknown, outcomes: [...missed, ...caughtUp] };
    },
    runDue,
    sendNotices: () => follow(deps.notices.flush()),
    async stop() {
      running = false;
      stopSweep();
      for (const entry of tracked.values()) entry.unwatch();
      tracked.clear();
      await Promise.allSettled([...inFlight]);
      // A clean stop: the lease ends now, so nobody waits for it to run out.
      await options.store.endInstanceLease(deps.claimant).catch((error) => log.warn({ error: String(error) }, 'could not end the instance lease'));
    },
  };
}
