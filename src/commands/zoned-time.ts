// Wall-clock time in an IANA timezone, computed with Intl alone (no timezone library).
// The scheduler derives every slot from these functions, so their DST rules are the bot's rules:
// a local time that occurs twice (autumn) means its first occurrence; a local time that does not
// occur (spring) means the moment the clocks jump, so the slot still happens, once.

/** A local date and time, to the minute. `month` is 1–12; `weekday` 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallReading extends WallTime {
  second: number;
}

function readWall(instant: number, timeZone: string): WallReading {
  const reading: WallReading = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in reading) reading[part.type as keyof WallReading] = Number(part.value);
  }
  return reading;
}

/** The local wall time (to the minute) of an instant. */
export function wallTimeAt(instant: Date | number, timeZone: string): WallTime {
  const { year, month, day, hour, minute } = readWall(+instant, timeZone);
  return { year, month, day, hour, minute };
}

/** Milliseconds the zone's clocks are ahead of UTC at an instant. */
export function utcOffsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / 1000) * 1000;
  const w = readWall(floored, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - floored;
}

/** The wall time read as if it were UTC: a plain number that orders wall times. */
export function wallTimeAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

/**
 * The instant a local wall time stands for. Twice-occurring times give the earlier instant;
 * skipped times give the instant the clocks jumped. The result never decreases as the wall time
 * increases, which is what lets next-fire-time walk wall times in order.
 * Assumes at most one offset change within a day either side (true of every real zone today).
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const asUtc = wallTimeAsUtc(wall);
  const offsetBefore = utcOffsetAt(asUtc - DAY, timeZone);
  const offsetAfter = utcOffsetAt(asUtc + DAY, timeZone);
  const candidates = [...new Set([asUtc - offsetBefore, asUtc - offsetAfter])].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (utcOffsetAt(candidate, timeZone) === asUtc - candidate) return candidate;
  }
  if (offsetAfter <= offsetBefore) return asUtc - offsetBefore;
  // In the spring gap: find the first instant on the new offset (transitions fall on whole seconds).
  let before = asUtc - offsetAfter;
  let after = asUtc - offsetBefore;
  while (after - before > 1000) {
    const middle = before + Math.max(1000, Math.floor((after - before) / 2000) * 1000);
    if (utcOffsetAt(middle, timeZone) === offsetAfter) after = middle;
    else before = middle;
  }
  return after;
}

/** The calendar day after (y, m, d). */
export function nextDay(wall: Pick<WallTime, 'year' | 'month' | 'day'>): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day) + DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekdayOf(wall: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
