// Checkable details in a sentence — counts, amounts, durations, days, dates, years — with values
// that compare across spelling: "two-and-a-half years" = "2 ½ years" = "30 months"; "three years"
// does not. Approximations ("about", "more than") widen what counts as agreeing.

import { contentTokens, scoped, stem } from '../briefing-scope.ts';

export type DetailKind = 'count' | 'duration' | 'weekday' | 'date' | 'year' | 'percent' | 'money';

export interface Detail {
  kind: DetailKind;
  /** Numeric value (durations in days, dates as month*100+day, weekdays 0–6). */
  value: number;
  /** What is counted, stemmed ("vessel"); for durations the unit as written. */
  unit: string;
  /** Content words just before the detail, stemmed: "hulls of four vessels" → ["hull"]. */
  before: string[];
  /** Verbatim text and its offsets in the sentence. */
  text: string;
  start: number;
  end: number;
  /** "about"/"nearly" → 'about'; "more than"/"at least" → 'min'; "less than"/"up to" → 'max'. */
  bound?: 'about' | 'min' | 'max';
  /**
   * Content words (stemmed) around the detail within its clause: what event or thing it is
   * attached to ("tabled the motion on Monday" → tabl, motion; "debated on Thursday" → debat).
   */
  anchor: string[];
  /**
   * "since March 2021": a duration that runs to the article's date, as months since year 0
   * (2021 * 12 + 2). Its `value` is NaN until `resolveSince` knows the date.
   */
  since?: number;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, hundred: 100,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, hundred: 100 };
const FRACTION: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const DAYS_PER: Record<string, number> = {
  year: 365, month: 30.4, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, decade: 3652, fortnight: 14,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNIT_SKIP = new Set(['more', 'other', 'new', 'additional', 'further', 'of', 'the', 'or', 'so', 'and']);
const FILLER = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'its', 'their', 'his', 'her']);

const NUMBER_WORD = `(?:${Object.keys(SMALL).join('|')})(?:-(?:${Object.keys(SMALL).join('|')}))?`;
const BOUND = 'about|around|nearly|almost|roughly|approximately|some|more than|over|at least|less than|fewer than|under|up to';
// Every group of VALUE is optional, so without this look-ahead it matched at every word start (a
// bare " word" as its unit): garbage to collect, and a match from the space after a comma ate the
// number word that follows ("said, two vessels" lost its count). A match must hold a value.
const HAS_VALUE = String.raw`(?=(?:(?:${BOUND})\s+)?(?:US\$|[$£€\d]|\s?[½¼¾⅓⅔]|(?:a\s+)?${NUMBER_WORD}(?![\p{L}])))`;
const VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HAS_VALUE}(?:(?<bound>${BOUND})\s+)?` +
    String.raw`(?<money>US\$|\$|£|€)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)?(?<abbr>bn|tn|(?<=[$£€]\d+(?:\.\d+)?)m)?(?:\s?(?<frac>[½¼¾⅓⅔]))?` +
    String.raw`(?<word>(?<![\p{L}])(?:a\s+)?${NUMBER_WORD}(?:(?:-|\s+)and(?:-|\s+)a(?:-|\s+)half)?(?![\p{L}]))?` +
    String.raw`(?:\s+(?<scale>thousand|million|billion|trillion))?(?<pct>\s?%|\s+per\s?cent|\s+percent)?` +
    String.raw`(?:(?:-|\s+)(?<unit>[\p{L}]+))?`,
  'giu',
);

// A cheap look for anything checkable before the full patterns run.
const MAYBE = new RegExp(String.raw`\d|[½¼¾⅓⅔]|\b(?:${Object.keys(SMALL).join('|')})\b|day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`, 'i');

/** The checkable details of a sentence; worked out once per sentence text in a briefing. */
export const detailsIn: (sentence: string) => Detail[] = scoped('details', findDetails);

function findDetails(sentence: string): Detail[] {
  if (!MAYBE.test(sentence)) return [];
  const out: Detail[] = [];
  for (const m of sentence.matchAll(VALUE)) {
    const g = m.groups ?? {};
    if (!g.num && !g.frac && !g.word) continue;
    const value = numericValue(g);
    if (value === undefined) continue;
    const unitWord = (g.unit ?? '').toLowerCase();
    const start = m.index + (g.bound ? m[0].indexOf(g.bound) : 0);
    const detail = classify(value, unitWord, g, sentence, m.index);
    if (!detail) continue;
    // The counted noun belongs to a count ("four vessels"); after a share, sum or date it is
    // just the next word ("58 percent in favour").
    let text = (detail.kind === 'count' || detail.kind === 'duration' ? m[0] : m[0].slice(0, m[0].length - (g.unit ? g.unit.length : 0))).replace(/[\s-]+$/, '').trim();
    let end = m.index + m[0].length;
    // "300 cubic meters": a measure reads with its unit.
    const measure = /^(?:cubic|square)$/i.test(g.unit ?? '') ? /^\s+[\p{L}]+/u.exec(sentence.slice(end)) : null;
    if (measure) {
      text += measure[0];
      end += measure[0].length;
    }
    out.push({
      ...detail,
      before: wordsBefore(sentence, m.index),
      anchor: anchorOf(sentence, start, end),
      text,
      start,
      end,
      ...(g.bound ? { bound: boundOf(g.bound) } : {}),
    });
  }
  return [...out, ...shareWords(sentence), ...calendarDetails(sentence), ...sinceDetails(sentence)];
}

/** "since March 2021", "since November 2020": a duration up to the day of writing. */
function sinceDetails(sentence: string): Detail[] {
  const out: Detail[] = [];
  const re = /\bsince\s+(?:early\s+|late\s+|mid-?)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b/g;
  for (const m of sentence.matchAll(re)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    const year = Number(m[2]);
    if (month < 0 || year < 1800 || year > 2100) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'duration', value: Number.NaN, unit: 'year', since: year * 12 + month, before: wordsBefore(sentence, m.index), anchor: anchorOf(sentence, m.index, end), text: m[0], start: m.index, end });
  }
  return out;
}

/**
 * A "since <month> <year>" detail as a duration in days, counted to the article's date
 * ("2023-11-09"); without a date it says nothing checkable and is dropped. Other details pass.
 */
export function resolveSince(details: Detail[], publishedAt: string | undefined): Detail[] {
  if (!details.some((d) => d.since !== undefined)) return details;
  const date = publishedAt ? /^(\d{4})-(\d{2})/.exec(publishedAt) : null;
  if (!date) return details.filter((d) => d.since === undefined);
  const now = Number(date[1]) * 12 + Number(date[2]) - 1;
  return details.flatMap((d) => {
    if (d.since === undefined) return [d];
    const months = now - d.since;
    return months > 0 ? [{ ...d, value: months * DAYS_PER.month! }] : [];
  });
}

const SHARE_WORDS: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, 'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'three quarters': 75, 'three-quarters': 75 };

/** Shares in words: "fallen by a third", "roughly a quarter of the country's power". */
function shareWords(sentence: string): Detail[] {
  const out: Detail[] = [];
  const re = /\b(?:(?<bound>about|around|nearly|almost|roughly|some|more than|over|at least|less than|under|up to)\s+)?(?:a|one)\s+(?<word>half|third|quarter)\b|\b(?<two>two[ -]thirds|three[ -]quarters)\b/gi;
  for (const m of sentence.matchAll(re)) {
    const g = m.groups ?? {};
    const word = (g.word ?? g.two ?? '').toLowerCase().replace('-', ' ');
    const value = SHARE_WORDS[word];
    if (value === undefined) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    out.push({
      kind: 'percent',
      value,
      unit: '%',
      before: wordsBefore(sentence, start),
      anchor: anchorOf(sentence, start, end),
      text: m[0],
      start,
      end,
      // A share in words is a round figure.
      bound: g.bound ? boundOf(g.bound) : 'about',
    });
  }
  return out;
}

const ANCHOR_NOISE = new Set(['per', 'cent', 'percent', 'night', 'morning', 'evening', 'afternoon', 'week', 'month', 'year', 'dai', 'day']);

/** Content words of the detail's clause near it: five before, three after, stopping at punctuation. */
function anchorOf(sentence: string, start: number, end: number): string[] {
  const before = sentence.slice(Math.max(0, start - 60), start).split(/[,;:()—–]/).pop() ?? '';
  const after = sentence.slice(end, end + 40).split(/[,;:()—–.]/)[0] ?? '';
  const words = (text: string) => contentTokens(text).filter((w) => !/\d/.test(w) && !SMALL_WORDS.has(w) && !/day$/.test(w)).map(stem).filter((w) => !ANCHOR_NOISE.has(w));
  return [...words(before).slice(-5), ...words(after).slice(0, 3)];
}

const SMALL_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'quarter', 'billion', 'million', 'thousand', 'bn', 'cubic', 'square', 'some', 'about', 'around', 'nearly', 'roughly']);

function numericValue(g: Record<string, string | undefined>): number | undefined {
  let v = 0;
  if (g.num) v = Number(g.num.replace(/,/g, ''));
  if (g.word) {
    const w = g.word.toLowerCase().replace(/^a\s+/, '');
    const half = /and.a.half$/.test(w) ? 0.5 : 0;
    const core = w.replace(/(?:-|\s+)and(?:-|\s+)a(?:-|\s+)half$/, '');
    const parts = core.split('-').map((p) => SMALL[p]);
    if (parts.some((p) => p === undefined)) return undefined;
    const n = parts.reduce((s, p) => s! + p!, 0)!;
    v = g.num ? v * n : n + half;
  }
  if (g.frac) v += FRACTION[g.frac] ?? 0;
  if (g.scale) v *= SCALE[g.scale.toLowerCase()] ?? 1;
  if (g.abbr) v *= g.abbr === 'bn' ? 1e9 : g.abbr === 'tn' ? 1e12 : 1e6;
  return Number.isFinite(v) ? v : undefined;
}

function classify(
  value: number,
  unitWord: string,
  g: Record<string, string | undefined>,
  sentence: string,
  at: number,
): Pick<Detail, 'kind' | 'value' | 'unit'> | undefined {
  if (g.pct) return { kind: 'percent', value, unit: '%' };
  if (g.money) return { kind: 'money', value, unit: g.money };
  // "11bn cubic metres" counts cubic metres, like "14 billion cubic meters".
  if (g.abbr && !unitWord) return undefined;
  const singular = unitWord.replace(/s$/, '');
  if (DAYS_PER[singular] !== undefined) return { kind: 'duration', value: value * DAYS_PER[singular]!, unit: singular };
  // A bare four-digit number from 1800 to 2100 is a year ("in 1998", "since 1998").
  if (g.num && !g.word && /^\d{4}$/.test(g.num) && value >= 1800 && value <= 2100 && !unitWord.match(/^[a-z]+s$/)) {
    return { kind: 'year', value, unit: 'year' };
  }
  // A day of the month belongs to calendarDetails; a number inside a date or name is no count.
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(sentence.slice(Math.max(0, at - 10), at))) return undefined;
  if (!unitWord || UNIT_SKIP.has(unitWord) || /^(?:of|and|or|to|in|on|at|per|by|times?)$/.test(unitWord)) return undefined;
  // "one of the", "one participant" are not counts worth checking.
  if (value === 1 && !g.num) return undefined;
  return { kind: 'count', value, unit: stem(unitWord) };
}

function boundOf(bound: string): Detail['bound'] {
  const b = bound.toLowerCase();
  if (/more than|over|at least/.test(b)) return 'min';
  if (/less than|fewer than|under|up to/.test(b)) return 'max';
  return 'about';
}

function wordsBefore(sentence: string, at: number): string[] {
  const words = sentence.slice(Math.max(0, at - 40), at).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words
    .filter((w) => !FILLER.has(w) && w.length > 1)
    .slice(-2)
    .map(stem);
}

const MONTH_NAME = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "Nov. 9", "9 November"; built once (matchAll runs a copy, so its lastIndex is never used). */
const DATE = new RegExp(String.raw`\b${MONTH_NAME}\s+(\d{1,2})\b|\b(\d{1,2})\s+${MONTH_NAME}`, 'g');

/** Weekdays ("on Thursday") and dates ("Nov. 9", "9 November"). */
function calendarDetails(sentence: string): Detail[] {
  const out: Detail[] = [];
  for (const m of sentence.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'weekday', value: WEEKDAYS.indexOf(m[1]!.toLowerCase()), unit: 'weekday', before: wordsBefore(sentence, m.index), anchor: anchorOf(sentence, m.index, end), text: m[0], start: m.index, end });
  }
  for (const m of sentence.matchAll(DATE)) {
    const name = (m[1] ?? m[4])!.slice(0, 3).toLowerCase();
    const day = Number(m[2] ?? m[3]);
    if (day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'date', value: (MONTHS.indexOf(name) + 1) * 100 + day, unit: 'date', before: wordsBefore(sentence, m.index), anchor: anchorOf(sentence, m.index, end), text: m[0], start: m.index, end });
  }
  return out;
}

/** Two versions of one detail agree when their values can both be true. */
export function agree(a: Detail, b: Detail): boolean {
  const tolerance = a.bound === 'about' || b.bound === 'about' ? 0.15 : 0.02;
  const close = Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  if (close) return true;
  const fits = (bounded: Detail, other: Detail) =>
    (bounded.bound === 'min' && other.value >= bounded.value) || (bounded.bound === 'max' && other.value <= bounded.value);
  return fits(a, b) || fits(b, a);
}

/** Whether two details are about the same thing: same kind, and same unit or same lead-in words. */
export function comparable(a: Detail, b: Detail): boolean {
  if (a.kind !== b.kind) return false;
  // A day, a date or a share belongs to an event: "tabled the motion on Monday" and "will be
  // debated on Thursday" are two events, not two versions of one.
  if (a.kind === 'weekday' || a.kind === 'date' || a.kind === 'year') return sameEvent(a, b);
  if (a.kind === 'percent') return sameAnchor(a, b);
  if (a.kind === 'money') return true;
  // "a two-day visit" and "his first in 2 ½ years" are different durations; "30 months" and
  // "2 ½ years" after "first in" are the same one.
  return a.unit === b.unit || a.before.some((w) => b.before.includes(w));
}

/** Whether two details are attached to the same event or thing: a content word near both. */
export function sameAnchor(a: Detail, b: Detail): boolean {
  return a.anchor.some((w) => b.anchor.includes(w));
}

const AUXILIARY = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'will', 'would', 'due', 'not']);

/** A day or date: the same event only when the words just before it name the same act ("tabled"). */
export function sameEvent(a: Detail, b: Detail): boolean {
  return a.before.some((w) => !AUXILIARY.has(w) && b.before.includes(w));
}
