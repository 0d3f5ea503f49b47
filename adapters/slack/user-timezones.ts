// A user's timezone from their Slack profile (users.info, scope users:read), so that
// "subscribe daily 08:00" means 08:00 where the user is. Cached per user; a failure (no scope,
// network) just leaves the timezone to the command handler's default.

import type { Logger } from 'pino';
import type { SlackClient } from './slack-poster.ts';

export type UserTimezones = (userId: string) => Promise<string | undefined>;

export function createUserTimezones(client: SlackClient, logger: Logger, ttlMs = 6 * 60 * 60 * 1000): UserTimezones {
  const cache = new Map<string, { tz: string | undefined; at: number }>();
  return async (userId) => {
    const hit = cache.get(userId);
    if (hit && Date.now() - hit.at < ttlMs) return hit.tz;
    let tz: string | undefined;
    try {
      tz = (await client.users.info({ user: userId })).user?.tz || undefined;
    } catch (error) {
      logger.debug({ err: error, userId }, 'slack: no timezone for user');
    }
    cache.set(userId, { tz, at: Date.now() });
    return tz;
  };
}
