// Maps what Discord's REST answered to the DeliveryError the scheduler acts on: a permanent error
// (no access, no permission, channel gone, user closed DMs) pauses the subscription and its owner
// is told; anything else may work on a retry. Each error also says whether Discord may have created
// the message anyway (outcome 'unknown': a 5xx, a timeout, a dropped connection). A 429 comes here
// only from the posting REST client, which rejects instead of waiting (create-discord-adapter.ts).

import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../chat-adapter.ts';
import { DISCORD_ERROR } from './constants.ts';

const PERMANENT_BY_CODE: Record<number, { code: string; why: string }> = {
  [DISCORD_ERROR.missingAccess]: { code: 'DISCORD_MISSING_ACCESS', why: 'the bot cannot see this channel (Missing Access)' },
  [DISCORD_ERROR.missingPermissions]: {
    code: 'DISCORD_MISSING_PERMISSIONS',
    why: 'the bot may not post here (Missing Permissions: it needs Send Messages and Embed Links)',
  },
  [DISCORD_ERROR.cannotMessageUser]: { code: 'DISCORD_CANNOT_MESSAGE_USER', why: 'the user does not accept direct messages from the bot' },
  [DISCORD_ERROR.unknownChannel]: { code: 'DISCORD_UNKNOWN_CHANNEL', why: 'the channel no longer exists' },
};

export function toDeliveryError(error: unknown, channelId: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof DiscordAPIError) {
    const known = PERMANENT_BY_CODE[Number(error.code)];
    if (known) return new DeliveryError(`Cannot post to Discord channel ${channelId}: ${known.why}.`, { permanent: true, code: known.code });
    if (error.status === 403) {
      return new DeliveryError(`Cannot post to Discord channel ${channelId}: forbidden (${error.message}).`, { permanent: true, code: 'DISCORD_FORBIDDEN' });
    }
    if (error.status === 404) {
      return new DeliveryError(`Cannot post to Discord channel ${channelId}: not found.`, { permanent: true, code: 'DISCORD_UNKNOWN_CHANNEL' });
    }
    // 401 (token revoked) affects every subscription alike: do not pause them one by one.
    const code = error.status === 401 ? 'DISCORD_UNAUTHORIZED' : 'DISCORD_REJECTED';
    return new DeliveryError(`Discord refused a post to ${channelId}: ${error.message}`, { permanent: false, code });
  }
  if (error instanceof RateLimitError) {
    // A pre-emptive limit (the bucket is empty) has no Retry-After yet, only the time to its reset.
    const retryAfterMs = Math.max(error.retryAfter, error.timeToReset, 0);
    return new DeliveryError(`Discord rate limit on ${error.route}`, { permanent: false, code: 'DISCORD_RATE_LIMITED', retryAfterMs });
  }
  if (error instanceof HTTPError) {
    // Discord may have created the message before failing.
    return new DeliveryError(`Discord answered ${error.status} to a post to ${channelId}`, {
      permanent: false,
      code: 'DISCORD_SERVER_ERROR',
      outcome: error.status >= 500 ? 'unknown' : 'not-posted',
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const cause = networkCode(error);
  const timedOut = error instanceof Error && error.name === 'AbortError';
  return new DeliveryError(`Could not reach Discord: ${timedOut ? 'no answer in time' : message}${cause ? ` (${cause})` : ''}`, {
    permanent: false,
    code: timedOut ? 'DISCORD_TIMEOUT' : 'DISCORD_UNREACHABLE',
    // A connection that never opened sent nothing; a reset or a timeout may have come after Discord took it.
    outcome: cause && NEVER_CONNECTED.has(cause) ? 'not-posted' : 'unknown',
  });
}

const NEVER_CONNECTED: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function networkCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | undefined)?.code;
  if (typeof own === 'string') return own;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}
