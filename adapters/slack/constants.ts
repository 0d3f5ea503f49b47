// Slack's limits and timings in one table. The Block Kit limits live in the core (the pure
// renderer needs them); they are re-exported here so the adapter and its tests read one module.

export { SLACK_BUDGETS, SLACK_LIMITS } from '../../src/render/slack-limits.ts';

export const SLACK_TIMING = {
  /** Slack drops a slash command (and retries an event) not acknowledged within this. */
  ackDeadlineMs: 3000,
  /** A reply ready this soon goes in the ack itself; slower ones get "Building the briefing…" first. */
  quickReplyMs: 1500,
  /** Slack retries an unacknowledged event for up to about an hour (immediately, 1 min, 5 min). */
  eventDedupeTtlMs: 60 * 60 * 1000,
  eventDedupeMax: 10_000,
  /** Rate-limited posts are retried this many times after Retry-After before giving up. */
  rateLimitRetries: 5,
  /** A Web API post with no answer by then is abandoned; its outcome is unknown (checked before any repeat). */
  postTimeoutMs: 20_000,
  /** How far before a slot's time a lookup starts reading the channel's history (clock skew). */
  lookupSkewMs: 60_000,
  /** History pages (of lookupPageSize) read at most when looking a delivery up. */
  lookupMaxPages: 10,
  lookupPageSize: 200,
} as const;

/** Message metadata event types (chat.postMessage `metadata`): each keyed message says which delivery it is. */
export const SLACK_METADATA_EVENT = { slot: 'briefbot_slot', notice: 'briefbot_notice' } as const;

export const SLACK_DEFAULTS = {
  apiUrl: 'https://slack.com/api/',
  commandName: '/brief',
  port: 3000,
  eventsPath: '/slack/events',
} as const;

export const BUILDING_TEXT = 'Building the briefing…';

/** Posted in the thread when a long briefing's first message went out but a later part did not. */
export const CONTINUATION_FAILED_TEXT = 'The rest of this briefing could not be posted.';

/**
 * Slack errors that say the server failed part-way: "it's possible some aspect of the operation
 * succeeded before the error was raised" (Slack's docs for both). The post may exist.
 */
export const UNKNOWN_OUTCOME_SLACK_ERRORS: ReadonlySet<string> = new Set(['internal_error', 'fatal_error']);

/** Slack errors after which posting the same message again cannot succeed. */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'cannot_dm_bot',
  'restricted_action',
  'missing_scope',
  'invalid_blocks',
  'msg_too_long',
]);
