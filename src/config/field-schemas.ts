// Value schemas for briefbot.yaml whose error says, in words, what was expected.

import { z } from 'zod';
import { parseAddressPattern } from './address-pattern.ts';
import { parseByteSize } from './byte-size.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { readSchedule } from '../commands/schedule-text.ts';
import { canonicalTimezone, suggestTimezone } from '../commands/timezone.ts';
import { isBriefError } from '../errors.ts';

/** A value checked by `read`, which returns undefined when the value is wrong. */
function checked<T>(expected: string, read: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx) => {
    const result = read(value);
    if (result === undefined) {
      ctx.addIssue({ code: 'custom', message: `expected ${expected}` });
      return z.NEVER;
    }
    return result;
  });
}

export function durationSchema(options: { min?: string } = {}) {
  const min = options.min ? parseDuration(options.min)! : 0;
  const expected = min ? `a duration of at least ${formatDuration(min)}, like 15m` : 'a duration like 15m';
  return checked(expected, (v) => {
    const ms = typeof v === 'string' ? parseDuration(v) : undefined;
    return ms !== undefined && ms > 0 && ms >= min ? ms : undefined;
  });
}

export const byteSizeSchema = checked('a size like 5MB or 512KB', (v) =>
  typeof v === 'string' || typeof v === 'number' ? parseByteSize(v) : undefined,
);

export const timezoneSchema = z.unknown().transform((value, ctx) => {
  const canonical = typeof value === 'string' ? canonicalTimezone(value.trim()) : undefined;
  if (canonical) return canonical;
  const guess = typeof value === 'string' ? suggestTimezone(value.trim()) : undefined;
  const hint = guess ? ` (did you mean ${guess}?)` : '';
  ctx.addIssue({ code: 'custom', message: `expected an IANA time zone like Europe/London or America/New_York${hint}` });
  return z.NEVER;
});

/** The words of `/brief subscribe`, read by the command module's own schedule reader. */
export const scheduleSchema = z.unknown().transform((value, ctx) => {
  const expected = 'expected a schedule like "daily 08:00", "weekdays 07:30" or a cron expression "0 8 * * 1-5"';
  const text = typeof value === 'string' ? value.trim() : '';
  const words = text.split(/\s+/).filter(Boolean);
  try {
    const { schedule, used } = readSchedule(words);
    if (used === words.length) return { schedule, text };
    ctx.addIssue({ code: 'custom', message: `${expected} (unexpected '${words.slice(used).join(' ')}' at the end)` });
  } catch (error) {
    if (!isBriefError(error)) throw error;
    const detail = /\((.*)\)$/.exec(error.message)?.[1] ?? (error.message.startsWith('schedule must be') ? undefined : error.message);
    ctx.addIssue({ code: 'custom', message: detail ? `${expected} (${detail})` : expected });
  }
  return z.NEVER;
});

export const httpUrlSchema = checked('an http:// or https:// URL', (v) => {
  if (typeof v !== 'string') return undefined;
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
});

export const addressPatternSchema = checked('a host name, an IP address or a CIDR range like 10.0.0.0/8, with an optional port (intranet.example:8080)', (v) =>
  typeof v === 'string' ? parseAddressPattern(v) : undefined,
);

export const nonEmptyString = z.string().trim().min(1, { message: 'expected a non-empty string' });
