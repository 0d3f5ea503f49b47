// briefbot.yaml after validation: what the rest of the bot reads. Durations are milliseconds,
// sizes bytes; relative paths are still relative (the loader resolves them against the file).

import type { GazetteerEntry } from '../analyse/gazetteer-data.ts';
import type { Platform, Schedule } from '../commands/command.ts';
import type { AddressPattern } from './address-pattern.ts';

export interface FeedSourceConfig {
  kind: 'feed';
  name: string;
  url: string;
  /** The outlet its articles are credited to; else the feed's own title, else `name`. */
  outlet?: string;
  intervalMs: number;
  /** Fetch and extract the article page when an item carries only a summary. */
  fetchFullText: boolean;
}

export interface FolderSourceConfig {
  kind: 'folder';
  name: string;
  path: string;
  /** The outlet for files whose front matter names none. */
  outlet?: string;
  intervalMs: number;
}

export type SourceConfig = FeedSourceConfig | FolderSourceConfig;

export interface SubscriptionConfig {
  platform: Platform;
  channel: string;
  schedule: Schedule;
  /** The schedule as written, for messages. */
  scheduleText: string;
  timezone: string;
  topic?: string;
}

export interface FetchPolicy {
  /**
   * Hosts and address ranges (each on its ports, 80 and 443 unless it names one) exempt from the
   * private-address refusal for feeds and the article pages they link to (`fetch.allowFeeds`, or
   * the older `fetch.allow`).
   */
  allowFeeds: AddressPattern[];
  /** The same for links pasted into `/brief <url>` (`fetch.allowLinks`): a separate list. */
  allowLinks: AddressPattern[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export interface StoriesConfig {
  /** An article joins a story only if the story had an article within this time. */
  windowMs: number;
}

/** The briefing pages' HTTP server (adapters/web); `web: false` in the file turns it off. */
export interface WebConfig {
  host: string;
  port: number;
  /** The address readers reach the pages at; "View sources" links in chat are made only with it. */
  publicUrl?: string;
}

export interface BriefbotConfig {
  timezone: string;
  database: string;
  sources: SourceConfig[];
  subscriptions: SubscriptionConfig[];
  fetch: FetchPolicy;
  gazetteer: GazetteerEntry[];
  stories: StoriesConfig;
  web: WebConfig | false;
}
