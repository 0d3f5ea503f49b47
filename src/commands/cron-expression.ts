// Five-field cron expressions (minute hour day-of-month month day-of-week), read the way node-cron
// reads them, so the pure slot calculation and node-cron's wake-ups agree. A day must match both
// the day-of-month and the day-of-week field (node-cron's rule; classic cron ORs them).

export interface CronSpec {
  minutes: number[];
  hours: number[];
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday. */
  daysOfWeek: ReadonlySet<number>;
}

export type CronParse = { ok: true; spec: CronSpec } | { ok: false; problem: string };

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** Index of names[0]: months count from 1, weekdays from 0. */
  namesFrom?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const FIELDS: readonly FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  // 7 is Sunday too, as in most crons.
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0 },
];

class FieldProblem extends Error {}

function readValue(text: string, rule: FieldRule): number {
  const byName = rule.names?.indexOf(text.toLowerCase() as never) ?? -1;
  if (byName >= 0) return byName + (rule.namesFrom ?? 0);
  if (!/^\d+$/.test(text)) throw new FieldProblem(`${rule.name} '${text}' is not a number`);
  const value = Number(text);
  if (value < rule.min || value > rule.max) {
    throw new FieldProblem(`${rule.name} ${value} is outside ${rule.min}–${rule.max}`);
  }
  return value;
}

function readField(text: string, rule: FieldRule): number[] {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range = '', stepText, extra] = item.split('/');
    if (extra !== undefined || range === '') throw new FieldProblem(`${rule.name} '${item}' is not valid`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) {
        throw new FieldProblem(`${rule.name} step '${stepText}' must be a whole number from 1`);
      }
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = rule.min;
      to = rule.max;
    } else if (range.includes('-')) {
      const [a = '', b = '', more] = range.split('-');
      if (more !== undefined) throw new FieldProblem(`${rule.name} '${item}' is not valid`);
      from = readValue(a, rule);
      to = readValue(b, rule);
      if (from > to) throw new FieldProblem(`${rule.name} range ${range} runs backwards`);
    } else {
      from = readValue(range, rule);
      // `5/15` means from 5 to the end in steps of 15.
      to = stepText === undefined ? from : rule.max;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** Parses a five-field cron expression; `problem` names the field that is wrong. */
export function parseCronExpression(expression: string): CronParse {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return { ok: false, problem: `a cron expression has 5 fields (minute hour day month weekday), not ${fields.length}` };
  }
  try {
    const [minutes, hours, days, months, weekdays] = fields.map((text, i) => readField(text, FIELDS[i]!)) as [
      number[],
      number[],
      number[],
      number[],
      number[],
    ];
    return {
      ok: true,
      spec: {
        minutes,
        hours,
        daysOfMonth: new Set(days),
        months: new Set(months),
        daysOfWeek: new Set(weekdays.map((d) => d % 7)),
      },
    };
  } catch (error) {
    if (error instanceof FieldProblem) return { ok: false, problem: error.message };
    throw error;
  }
}
