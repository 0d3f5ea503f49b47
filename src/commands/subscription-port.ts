// The port through which commands read and change subscriptions. The core defines it; the SQLite
// store (adapters/store) implements it, and a server-based store can later.

import type { Platform, Schedule } from './command.ts';

export type SubscriptionStatus = 'active' | 'paused';

/**
 * Who owns a subscription: `config` ones come from the configuration file and go when they are
 * removed there (commands cannot remove them); `command` ones were made with `/brief subscribe`
 * and live in the database until unsubscribed.
 */
export type SubscriptionOrigin = 'config' | 'command';

export interface Subscription {
  /** Short id users type in `/brief unsubscribe <id>`. */
  id: string;
  platform: Platform;
  channelId: string;
  isDirectMessage: boolean;
  workspaceId?: string;
  /** Who subscribed: told when a delivery fails for good. */
  ownerUserId: string;
  schedule: Schedule;
  /** IANA name; the schedule is read in this zone's wall time. */
  timezone: string;
  topic?: string;
  status: SubscriptionStatus;
  /** Why a paused subscription stopped (channel deleted, bot removed, no permission). */
  pausedReason?: string;
  /** ISO time; no slot before it is ever posted. */
  createdAt: string;
  /** Absent means `command` (a store that predates the distinction). */
  origin?: SubscriptionOrigin;
}

/** `origin` defaults to `command`. */
export type NewSubscription = Omit<Subscription, 'id' | 'status' | 'pausedReason' | 'createdAt'>;

/** Which subscriptions a command may see: those of a channel, or those a user owns. */
export interface SubscriptionFilter {
  platform?: Platform;
  channelId?: string;
  ownerUserId?: string;
  workspaceId?: string;
  status?: SubscriptionStatus;
  origin?: SubscriptionOrigin;
}

/**
 * What happened to one scheduled run:
 * claimed (taken, not yet sending) → sending → delivered | failed;
 * after a crash: claimed → released (safe to post again), sending → unknown (never re-posted);
 * missed: not posted because the bot was down longer than the grace period.
 */
export type SlotStatus = 'claimed' | 'sending' | 'delivered' | 'failed' | 'unknown' | 'released' | 'missed';

export interface SlotRecord {
  subscriptionId: string;
  /** ISO UTC time the slot was scheduled for. */
  slotAt: string;
  status: SlotStatus;
  attempts: number;
  messageId?: string;
  error?: string;
  updatedAt: string;
}

export interface SubscriptionStore {
  addSubscription(input: NewSubscription, now: Date): Promise<Subscription>;
  /** Subscriptions not removed, oldest first. */
  listSubscriptions(filter?: SubscriptionFilter): Promise<Subscription[]>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  /** Removes a subscription (its history is kept); false when there was none to remove. */
  removeSubscription(id: string, now: Date): Promise<boolean>;
  /** The most recent slot of a subscription, for `/brief status`. */
  lastSlot(subscriptionId: string): Promise<SlotRecord | undefined>;
  /** Makes a paused subscription active again (`/brief resume`); absent where the store cannot. */
  resumeSubscription?(id: string, now: Date): Promise<void>;
}
