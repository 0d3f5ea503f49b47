// The Store: everything the bot keeps between runs. Nothing outside adapters/store writes SQL;
// every other module talks to this interface. Two implementations: createSqliteStore
// (sqlite-store.ts, embedded, one process) and createPgStore (pg-store.ts, PostgreSQL, shared by
// several bot instances). test/store runs one suite against both.
//
// Methods return promises so that a networked store fits the same shape.

import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import type { Platform } from '../../src/commands/command.ts';
import type {
  NewSubscription,
  SlotRecord,
  Subscription,
  SubscriptionStore,
} from '../../src/commands/subscription-port.ts';

export type { NewSubscription, SlotRecord, SlotStatus, Subscription } from '../../src/commands/subscription-port.ts';

// ── Articles ────────────────────────────────────────────────────────────────────────────

export interface ArticleOrigin {
  /** The feed it came through, when it did; GUIDs are unique within a feed. */
  feedId?: string;
  feedGuid?: string;
  /** Overrides the canonical form derived from `article.url` (e.g. a page's <link rel=canonical>). */
  canonicalUrl?: string;
}

export interface StoredArticle {
  article: Article;
  canonicalUrl?: string;
  feedId?: string;
  feedGuid?: string;
  /** sha256 of the text with whitespace collapsed: the key of the analysis cache. */
  contentHash: string;
  storyId?: string;
  firstSeenAt: string;
}

export type DuplicateReason = 'id' | 'feedGuid' | 'canonicalUrl' | 'contentHash';

export interface SaveArticleResult {
  stored: StoredArticle;
  inserted: boolean;
  /** Why an existing article was returned instead of storing a new one. */
  duplicateOf?: DuplicateReason;
}

export interface ArticleStore {
  /** Stores an article unless the same one is known by feed GUID, canonical URL or content hash. */
  saveArticle(article: Article, origin: ArticleOrigin, now: Date): Promise<SaveArticleResult>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Analysis results cached by content hash; `version` names the analyser so a new one recomputes. */
  getCachedAnalysis(contentHash: string, version: string): Promise<unknown | undefined>;
  cacheAnalysis(contentHash: string, version: string, analysis: unknown, now: Date): Promise<void>;
}

// ── Stories ─────────────────────────────────────────────────────────────────────────────

export interface StoredStory {
  id: string;
  label: string;
  /** Whatever the story grouping keeps with a story (its index terms, actors). */
  meta?: unknown;
  createdAt: string;
  updatedAt: string;
  articleIds: string[];
  outlets: string[];
}

export interface StoryStore {
  /** Creates a story or updates its label and meta. */
  saveStory(story: { id: string; label: string; meta?: unknown }, now: Date): Promise<void>;
  /** Puts an article in a story (moving it out of any other). */
  addArticleToStory(storyId: string, articleId: string, now: Date): Promise<void>;
  getStory(id: string): Promise<StoredStory | undefined>;
  /** Most recently updated first. */
  listStories(options: { limit: number; updatedSince?: Date }): Promise<StoredStory[]>;
  storyArticles(storyId: string): Promise<Article[]>;
}

// ── Subscriptions and their slots ──────────────────────────────────────────────────────

/** One scheduled run of one subscription. */
export interface SlotKey {
  subscriptionId: string;
  slotAt: Date;
}

export interface SubscriptionRecords extends SubscriptionStore {
  /**
   * Returns the subscription (active or paused) with the same destination, schedule, timezone,
   * topic and origin, or adds it.
   */
  ensureSubscription(input: NewSubscription, now: Date): Promise<Subscription>;
  pauseSubscription(id: string, reason: string, now: Date): Promise<void>;
  resumeSubscription(id: string, now: Date): Promise<void>;
}

export interface SlotStore {
  /**
   * Takes a slot for sending. True for exactly one caller per (subscription, slot), ever —
   * except that a `released` slot (abandoned before sending) can be taken once more.
   */
  claimSlot(key: SlotKey, claimant: string, now: Date): Promise<boolean>;
  /**
   * Marks the moment the send starts: after a crash from here on, the slot is never re-posted.
   * With `claimant`, only while that claimant still holds the slot (`claimed` or `sending`): false
   * means another instance took it over (this one stalled past its lease) and it must not send.
   */
  markSlotSending(key: SlotKey, now: Date, claimant?: string): Promise<boolean>;
  markSlotDelivered(key: SlotKey, receipt: { messageId: string; continuationIds?: string[] }, now: Date): Promise<void>;
  markSlotFailed(key: SlotKey, error: string, now: Date): Promise<void>;
  /** Records a slot that was not posted because it fell outside the catch-up grace. */
  markSlotMissed(key: SlotKey, reason: string, now: Date): Promise<void>;
  getSlot(key: SlotKey): Promise<SlotRecord | undefined>;
  /**
   * Slots another claimant left `claimed` become `released` (nothing was sent), slots left
   * `sending` become `unknown` (it may have been posted). Both are returned for reporting, each
   * to exactly one caller. With `aliveSince`, claimants whose instance lease was renewed at or
   * after it are alive and keep their slots; without it every other claimant counts as gone (one
   * process per store, as with SQLite). In the SAME transaction, each slot turned `unknown` gets
   * its `slot-unknown` owner notice enqueued in the outbox (see NoticeOutbox), so a crash right
   * after recovery cannot lose it.
   */
  recoverAbandonedSlots(
    claimant: string,
    now: Date,
    options?: { aliveSince?: Date },
  ): Promise<{ released: SlotRecord[]; unknown: SlotRecord[] }>;
  /** `released` slots that no catch-up took become `missed`. */
  expireReleasedSlots(reason: string, now: Date): Promise<SlotRecord[]>;
  /**
   * Ends a slot that was not (or may not have been) delivered, in ONE transaction:
   *  - the slot row gets `status` (`failed` or `unknown`) and `error`;
   *  - with `pause`, the subscription is paused with `error` as its reason;
   *  - the owner's notice is enqueued in the outbox: kind `subscription-paused` when `pause`,
   *    else `slot-unknown` for `unknown`, else `slot-failed` (see noticeId for its id).
   * Enqueueing is idempotent: a notice with the same id already in the outbox is left as it is,
   * so calling endSlot twice for one slot never tells the owner twice. Returns the notice (new or
   * existing); undefined only when the subscription row is gone.
   */
  endSlot(key: SlotKey, end: SlotEnd, now: Date): Promise<NoticeRecord | undefined>;
}

/** How a slot ended without a confirmed delivery (endSlot). */
export interface SlotEnd {
  status: 'failed' | 'unknown';
  error: string;
  /** A permanent failure: pause the subscription too. */
  pause?: boolean;
  /** Attempts made, for the owner's message. */
  attempts: number;
}

// ── Owner notices: the outbox (issue 17) ─────────────────────────────────────────────────
//
// A notice to a subscription's owner (a direct message) is written in the same transaction that
// ends its slot (endSlot, recoverAbandonedSlots) and delivered later by the scheduler with the same
// claim → sending → delivered machinery as a slot, so it survives crashes and is sent once:
//
//   pending ──claimDueNotices──▶ claimed ──markNoticeSending──▶ sending ──▶ delivered
//      ▲                            │                              │   └──▶ failed | unknown (endNotice)
//      └──────── deferNotice ───────┴──────────────────────────────┘   (retry later; outcomeUnknown
//                                                                       says an attempt may have landed)
//   crash: claimed → pending; sending → pending with outcomeUnknown (recoverAbandonedNotices)
//   cancelled: a `slot-unknown` notice whose slot was found delivered after all (confirmUnknownSlot)

export type NoticeKind = 'slot-unknown' | 'slot-failed' | 'subscription-paused';
export type NoticeStatus = 'pending' | 'claimed' | 'sending' | 'delivered' | 'failed' | 'unknown' | 'cancelled';

/** The id of a slot's notice: one per (kind, subscription, slot), so a notice is enqueued once. */
export function noticeId(kind: NoticeKind, key: SlotKey): string {
  return `${kind}:${key.subscriptionId}:${key.slotAt.toISOString()}`;
}

export interface NoticeRecord {
  /** noticeId(kind, slot): also the delivery's idempotency key on the platform. */
  id: string;
  kind: NoticeKind;
  subscriptionId: string;
  /** ISO UTC time of the slot the notice is about. */
  slotAt: string;
  /** Where the notice goes: a DM to `recipientUserId` on `platform` (the subscription's owner). */
  platform: Platform;
  recipientUserId: string;
  /** The subscription as it was when the notice was written (the message names its schedule and topic). */
  subscription: Subscription;
  /** Why the owner is told: the slot's error. */
  reason: string;
  /** Attempts the slot made. */
  slotAttempts: number;
  status: NoticeStatus;
  /** Send attempts of the notice itself. */
  attempts: number;
  /**
   * A previous send attempt may have reached the platform (timeout, 5xx, dropped connection, or a
   * crash mid-send): before sending again, the sender must look the notice up or repeat the same
   * idempotency key within the platform's window, never simply post again.
   */
  outcomeUnknown: boolean;
  /** When its first send attempt started (ISO), if any. */
  firstAttemptAt?: string;
  /** Not claimed before this (ISO). */
  nextAttemptAt: string;
  claimant?: string;
  /** The platform's id of the delivered DM. */
  messageId?: string;
  /** The last delivery error of the notice itself. */
  lastError?: string;
  createdAt: string;
  updatedAt: string;
}

export interface NoticeOutbox {
  /**
   * Atomically claims up to `limit` notices that are `pending` with nextAttemptAt <= now, oldest
   * (createdAt, then id) first: each becomes `claimed` by `claimant`. Two callers never get the same
   * notice (PostgreSQL: FOR UPDATE SKIP LOCKED). Returns them as claimed.
   */
  claimDueNotices(claimant: string, now: Date, limit: number): Promise<NoticeRecord[]>;
  /**
   * A send attempt starts: `claimed`/`sending` by `claimant` → `sending`, attempts + 1,
   * firstAttemptAt set when unset. False (and nothing changed) when the notice is not held by
   * `claimant` any more: the caller must not send.
   */
  markNoticeSending(id: string, claimant: string, now: Date): Promise<boolean>;
  /** Delivered: `delivered` with the platform's message id; outcomeUnknown cleared. */
  markNoticeDelivered(id: string, receipt: { messageId: string }, now: Date): Promise<void>;
  /**
   * Ends a notice for good: `failed` (the platform refused it, or it was retried too long),
   * `unknown` (it may have arrived and cannot be checked: never sent again) or `cancelled`.
   */
  endNotice(id: string, status: 'failed' | 'unknown' | 'cancelled', error: string, now: Date): Promise<void>;
  /**
   * Not delivered this time: back to `pending` (claimant cleared) until `nextAttemptAt`, with the
   * error; `outcomeUnknown` is set (or kept) when true, never cleared here.
   */
  deferNotice(id: string, retry: { nextAttemptAt: Date; error: string; outcomeUnknown: boolean }, now: Date): Promise<void>;
  /**
   * At start: notices another claimant left `claimed` become `pending`; left `sending` become
   * `pending` with outcomeUnknown = true. nextAttemptAt is set to `now`. Returns them. With
   * `aliveSince`, notices of claimants whose instance lease is that fresh are left alone (as in
   * recoverAbandonedSlots).
   */
  recoverAbandonedNotices(claimant: string, now: Date, options?: { aliveSince?: Date }): Promise<NoticeRecord[]>;
  /**
   * A slot marked `unknown` turned out to be on the platform (found by its key), in ONE
   * transaction: the slot → `delivered` with the receipt (only if it is still `unknown`), and its
   * `slot-unknown` notice → `cancelled` (only if not yet `delivered`). True when the slot changed.
   */
  confirmUnknownSlot(key: SlotKey, receipt: { messageId: string; continuationIds?: string[] }, now: Date): Promise<boolean>;
  getNotice(id: string): Promise<NoticeRecord | undefined>;
  /** Notices, oldest first, optionally of one subscription and/or status. */
  listNotices(filter?: { subscriptionId?: string; status?: NoticeStatus }): Promise<NoticeRecord[]>;
}

// ── Several instances on one store ───────────────────────────────────────────────────────

export interface InstanceLeases {
  /** Renews (or takes) this instance's lease: it is alive as of `now`. */
  renewInstanceLease(instanceId: string, now: Date): Promise<void>;
  /** A clean stop ends the lease at once, so nobody waits for it to run out. */
  endInstanceLease(instanceId: string): Promise<void>;
}

export interface SourcePollLeases {
  /**
   * Takes a source for one poll when it is due (`dueAt` ≤ now, or never polled) and no other
   * instance holds it (its lease runs until `leaseUntil`). True for one caller at a time.
   */
  claimSourcePoll(sourceKey: string, holder: string, now: Date, leaseUntil: Date): Promise<boolean>;
  /** Ends a poll: frees the source and sets when it is next due (for every instance). */
  finishSourcePoll(sourceKey: string, holder: string, nextDueAt: Date): Promise<void>;
}

export interface EventLog {
  /**
   * True the first time an event id is offered within `ttlMs`, for exactly one caller across
   * every instance on the store (Slack's retried events); false after.
   */
  firstDelivery(eventId: string, now: Date, ttlMs: number): Promise<boolean>;
}

// ── What each destination was last told about each story ("what's new") ───────────────

export interface DeliveredBriefingLog {
  lastDeliveredBriefing(destination: string, storyId: string): Promise<{ briefing: Briefing; deliveredAt: string } | undefined>;
  saveDeliveredBriefing(destination: string, storyId: string, briefing: Briefing, deliveredAt: Date): Promise<void>;
}

export interface Store
  extends ArticleStore,
    StoryStore,
    SubscriptionRecords,
    SlotStore,
    NoticeOutbox,
    DeliveredBriefingLog,
    InstanceLeases,
    SourcePollLeases,
    EventLog {
  /** Where the data lives, for log lines. */
  readonly location: string;
  /** True when several bot instances may share this store (PostgreSQL); SQLite is one process's. */
  readonly shared: boolean;
  close(): Promise<void>;
}
