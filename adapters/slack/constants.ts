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
} as const;

export const SLACK_DEFAULTS = {
  apiUrl: 'https://slack.com/api/',
  commandName: '/brief',
  port: 3000,
  eventsPath: '/slack/events',
} as const;

export const BUILDING_TEXT = 'Building the briefing…';

/** Posted in the thread when a long briefing's first message went out but a later part did not. */
export const CONTINUATION_FAILED_TEXT = 'The rest of this briefing could not be posted.';

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
