// When a schedule next fires, in its own timezone: the one function that `/brief list`, the
// scheduler's wake-ups and its catch-up after a restart all use, so they can never disagree.
// Slots follow local wall time (daily 08:00 stays 08:00 across DST); see zoned-time.ts for the
// rules on skipped and repeated local times.

import { BriefError } from '../errors.ts';
import type { Schedule } from './command.ts';
import { type CronSpec, parseCronExpression } from './cron-expression.ts';
import { instantOfWallTime, lastDayOfMonth, nextDay, type WallTime, wallTimeAt, weekdayOf } from './zoned-time.ts';

/** How far ahead to look: long enough for a 29 February that must also be a given weekday. */
const MAX_DAYS_AHEAD = 366 * 30;
/** A guard against walking forever through every minute of a long downtime. */
const MAX_SLOTS_WALKED = 100_000;

const ALL_DAYS_OF_MONTH: ReadonlySet<number> = new Set(Array.from({ length: 31 }, (_, i) => i + 1));
const ALL_MONTHS: ReadonlySet<number> = new Set(Array.from({ length: 12 }, (_, i) => i + 1));
const EVERY_DAY: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 5, 6]);
const MONDAY_TO_FRIDAY: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

const specCache = new Map<string, CronSpec>();

/** The cron reading of any schedule (daily and weekdays are cron expressions with one time). */
export function cronSpecOf(schedule: Schedule): CronSpec {
  if (schedule.kind !== 'cron') {
    return {
      minutes: [schedule.minute],
      hours: [schedule.hour],
      daysOfMonth: ALL_DAYS_OF_MONTH,
      months: ALL_MONTHS,
      daysOfWeek: schedule.kind === 'weekdays' ? MONDAY_TO_FRIDAY : EVERY_DAY,
    };
  }
  const cached = specCache.get(schedule.expression);
  if (cached) return cached;
  const parsed = parseCronExpression(schedule.expression);
  if (!parsed.ok) throw new BriefError('BAD_SCHEDULE', `cron expression '${schedule.expression}': ${parsed.problem}`);
  specCache.set(schedule.expression, parsed.spec);
  return parsed.spec;
}

function dayMatches(spec: CronSpec, day: { year: number; month: number; day: number }): boolean {
  return (
    spec.months.has(day.month) &&
    day.day <= lastDayOfMonth(day.year, day.month) &&
    spec.daysOfMonth.has(day.day) &&
    spec.daysOfWeek.has(weekdayOf(day))
  );
}

/** The first slot strictly after `after`, or null when the schedule never fires again. */
export function nextFireTime(schedule: Schedule, timeZone: string, after: Date): Date | null {
  const spec = cronSpecOf(schedule);
  const afterMs = after.getTime();
  // Every wall time up to the current one maps to an instant at or before `after` (the mapping
  // never decreases), so the search starts at the current local minute.
  const start = wallTimeAt(afterMs, timeZone);
  let day = { year: start.year, month: start.month, day: start.day };
  for (let i = 0; i < MAX_DAYS_AHEAD; i++, day = nextDay(day)) {
    if (!dayMatches(spec, day)) continue;
    for (const hour of spec.hours) {
      if (i === 0 && hour < start.hour) continue;
      for (const minute of spec.minutes) {
        if (i === 0 && hour === start.hour && minute <= start.minute) continue;
        const wall: WallTime = { ...day, hour, minute };
        const instant = instantOfWallTime(wall, timeZone);
        if (instant > afterMs) return new Date(instant);
      }
    }
  }
  return null;
}

export interface LatestSlot {
  /** The latest slot in (after, atOrBefore], or null if there is none. */
  latest: Date | null;
  /** Slots in the window before the latest one (superseded by it). */
  earlier: number;
}

/** The latest slot in (after, atOrBefore]: what a late wake-up or a restart should still post. */
export function latestFireTime(schedule: Schedule, timeZone: string, after: Date, atOrBefore: Date): LatestSlot {
  let latest: Date | null = null;
  let earlier = 0;
  let cursor = after;
  for (let i = 0; i < MAX_SLOTS_WALKED; i++) {
    const next = nextFireTime(schedule, timeZone, cursor);
    if (!next || next.getTime() > atOrBefore.getTime()) break;
    if (latest) earlier++;
    latest = next;
    cursor = next;
  }
  return { latest, earlier };
}
