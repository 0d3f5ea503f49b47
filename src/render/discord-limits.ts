// Discord's message limits, in one table: the embeds renderer, the adapter and the tests' fake
// Discord all read these numbers (lengths are counted in UTF-16 units, which never undercounts).

export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of all embeds of one message. */
  embedsTotal: 6000,
  actionRowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;
