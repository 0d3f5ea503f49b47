// The Store: everything the bot keeps between runs. Nothing outside adapters/store writes SQL;
// every other module talks to this interface. Two implementations: createSqliteStore
// (sqlite-store.ts, embedded, one process) and createPgStore (pg-store.ts, PostgreSQL, shared by
// several bot instances). test/store runs one suite against both.
//
// Methods return promises so that a networked store fits the same shape.

import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
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
  /** Returns the active subscription with the same destination, schedule, timezone and topic, or adds it. */
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
  /** Marks the moment the send starts: after a crash from here on, the slot is never re-posted. */
  markSlotSending(key: SlotKey, now: Date): Promise<void>;
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
   * process per store, as with SQLite).
   */
  recoverAbandonedSlots(
    claimant: string,
    now: Date,
    options?: { aliveSince?: Date },
  ): Promise<{ released: SlotRecord[]; unknown: SlotRecord[] }>;
  /** `released` slots that no catch-up took become `missed`. */
  expireReleasedSlots(reason: string, now: Date): Promise<SlotRecord[]>;
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
