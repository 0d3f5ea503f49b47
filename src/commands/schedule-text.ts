// Schedules as people write them — `daily 08:00`, `weekdays 07:30`, or a cron expression — read
// into a Schedule, and written back for `/brief list`.

import { BriefError } from '../errors.ts';
import type { Schedule } from './command.ts';
import { parseCronExpression } from './cron-expression.ts';
import { nextFireTime } from './next-fire-time.ts';

export const SCHEDULE_SHAPE = 'schedule must be daily HH:MM, weekdays HH:MM or a cron expression';

/** A channel should not receive a briefing more often than this. */
export const MIN_INTERVAL_MINUTES = 15;

const QUOTES = /^["'`“”‘’]+|["'`“”‘’]+$/g;

function scheduleError(detail?: string): BriefError {
  return new BriefError('BAD_SCHEDULE', detail ? `${SCHEDULE_SHAPE} (${detail})` : SCHEDULE_SHAPE);
}

function readTime(word: string | undefined): { hour: number; minute: number } {
  const match = word ? /^(\d{1,2}):(\d{2})$/.exec(word) : null;
  if (!match) throw scheduleError(word ? `'${word}' is not a time like 08:00` : undefined);
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) throw scheduleError(`${word} is not a time between 00:00 and 23:59`);
  return { hour, minute };
}

/** Shortest gap between two runs within a day (and into the next), in minutes. */
function shortestGapMinutes(minutes: number[], hours: number[]): number {
  const times = hours.flatMap((h) => minutes.map((m) => h * 60 + m));
  if (times.length < 2) return Number.POSITIVE_INFINITY;
  let gap = times[0]! + 1440 - times[times.length - 1]!;
  for (let i = 1; i < times.length; i++) gap = Math.min(gap, times[i]! - times[i - 1]!);
  return gap;
}

function readCron(words: string[]): { schedule: Schedule; used: number } {
  // A quoted expression may be given as one word or spread over several.
  const first = words[0] ?? '';
  let fields: string[];
  let used: number;
  if (/^["'`“‘]/.test(first)) {
    const end = words.findIndex((w, i) => (i === 0 ? w.length > 1 && /["'`”’]$/.test(w) : /["'`”’]$/.test(w)));
    if (end < 0) throw scheduleError('the quoted cron expression is not closed');
    used = end + 1;
    fields = words.slice(0, used).join(' ').replace(QUOTES, '').trim().split(/\s+/);
  } else {
    used = Math.min(5, words.length);
    fields = words.slice(0, used);
  }
  const expression = fields.join(' ');
  const parsed = parseCronExpression(expression);
  if (!parsed.ok) throw scheduleError(parsed.problem);
  const gap = shortestGapMinutes(parsed.spec.minutes, parsed.spec.hours);
  if (gap < MIN_INTERVAL_MINUTES) {
    throw new BriefError(
      'BAD_SCHEDULE',
      `schedule '${expression}' would post every ${gap} minute${gap === 1 ? '' : 's'}; at most one briefing every ${MIN_INTERVAL_MINUTES} minutes`,
    );
  }
  const schedule: Schedule = { kind: 'cron', expression };
  if (!nextFireTime(schedule, 'UTC', new Date(Date.UTC(2000, 0, 1)))) {
    throw new BriefError('BAD_SCHEDULE', `schedule '${expression}' never fires (no such date)`);
  }
  return { schedule, used };
}

/**
 * Reads a schedule from the start of `words`; `used` is how many words it took.
 * Throws BriefError BAD_SCHEDULE with the one sentence users see.
 */
export function readSchedule(words: string[]): { schedule: Schedule; used: number } {
  const kind = words[0]?.toLowerCase();
  if (kind === 'daily' || kind === 'weekdays') {
    return { schedule: { kind, ...readTime(words[1]) }, used: 2 };
  }
  // A cron expression starts with its minute field: a number, a star, or a quote around them.
  if (words[0] && /^["'`“‘]?[\d*]/.test(words[0])) return readCron(words);
  throw scheduleError();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `daily 08:00`, `weekdays 07:30`, `cron 0 8 * * 1-5`. */
export function describeSchedule(schedule: Schedule): string {
  if (schedule.kind === 'cron') return `cron ${schedule.expression}`;
  return `${schedule.kind} ${pad(schedule.hour)}:${pad(schedule.minute)}`;
}

/** The five-field cron expression for a schedule, as node-cron takes it. */
export function cronExpressionOf(schedule: Schedule): string {
  if (schedule.kind === 'cron') return schedule.expression;
  return `${schedule.minute} ${schedule.hour} * * ${schedule.kind === 'weekdays' ? '1-5' : '*'}`;
}
