// Discord's numbers in one place: message limits (shared with the core's embeds renderer),
// command-definition limits, the interaction deadline and the JSON error codes we act on.

export { DISCORD_LIMITS } from '../../src/render/discord-limits.ts';

export const DISCORD_DEFAULT_API_URL = 'https://discord.com/api';

export const COMMAND_LIMITS = {
  name: 32,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Names, descriptions and choice values of one command together. */
  totalCharacters: 8000,
} as const;

/**
 * Message nonces (issue 17): at most 25 characters; with `enforce_nonce` Discord returns the message
 * it already has for a repeated nonce "in the past few minutes". We repeat a keyed create only within
 * `windowMs`, well inside that; after it, an unknown outcome stays unknown (the owner is told).
 */
export const DISCORD_NONCE = { maxLength: 25, windowMs: 2 * 60_000 } as const;

/** The first response to an interaction must arrive within this, or its token dies (10062). */
export const INTERACTION_DEADLINE_MS = 3000;

export const DISCORD_ERROR = {
  unknownChannel: 10003,
  unknownInteraction: 10062,
  missingAccess: 50001,
  cannotMessageUser: 50007,
  missingPermissions: 50013,
  invalidFormBody: 50035,
  alreadyAcknowledged: 40060,
} as const;

/** MessageFlags.Ephemeral: only the user who asked sees the message. */
export const EPHEMERAL = 64;
