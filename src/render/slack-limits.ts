// Slack's Block Kit and message limits, in one place: the renderer packs within them and the
// boundary tests check against the same numbers (see the README, Connecting Slack, for where they come from).

export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in a header's plain_text. */
  headerText: 150,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters in one text object (a context element's text). */
  textObject: 3000,
  /** Slack truncates a message's `text` past this; our fallbacks stay far below it. */
  messageText: 40_000,
} as const;

/**
 * Our own budgets, stricter than Slack's: a reader scrolls a thread, not a wall of text, and the
 * notification text only needs to say what the message is.
 */
export const SLACK_BUDGETS = {
  /** Characters of block text in one message before the rest moves to a thread reply. */
  charsPerMessage: 12_000,
  /** Characters of the plain `text` fallback. */
  fallbackText: 1000,
} as const;
