// The Store: everything the bot keeps between runs. Nothing outside adapters/store writes SQL;
// every other module talks to this interface, which a server-based store (several bot instances
// on one database) can implement later. createSqliteStore (sqlite-store.ts) is the one we ship.
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
  /** Marks the moment the send starts: after a crash from here on, the slot is never re-posted. */
  markSlotSending(key: SlotKey, now: Date): Promise<void>;
  markSlotDelivered(key: SlotKey, receipt: { messageId: string; continuationIds?: string[] }, now: Date): Promise<void>;
  markSlotFailed(key: SlotKey, error: string, now: Date): Promise<void>;
  /** Records a slot that was not posted because it fell outside the catch-up grace. */
  markSlotMissed(key: SlotKey, reason: string, now: Date): Promise<void>;
  getSlot(key: SlotKey): Promise<SlotRecord | undefined>;
  /**
   * At start: slots another claimant left `claimed` become `released` (nothing was sent), slots
   * left `sending` become `unknown` (it may have been posted). Both are returned for reporting.
   */
  recoverAbandonedSlots(claimant: string, now: Date): Promise<{ released: SlotRecord[]; unknown: SlotRecord[] }>;
  /** `released` slots that no catch-up took become `missed`. */
  expireReleasedSlots(reason: string, now: Date): Promise<SlotRecord[]>;
}

// ── What each destination was last told about each story ("what's new") ───────────────

export interface DeliveredBriefingLog {
  lastDeliveredBriefing(destination: string, storyId: string): Promise<{ briefing: Briefing; deliveredAt: string } | undefined>;
  saveDeliveredBriefing(destination: string, storyId: string, briefing: Briefing, deliveredAt: Date): Promise<void>;
}

export interface Store extends ArticleStore, StoryStore, SubscriptionRecords, SlotStore, DeliveredBriefingLog {
  /** Where the data lives, for log lines. */
  readonly location: string;
  close(): Promise<void>;
}
