// Untrusted command text is capped before any work, and timezone suggestions are bounded: a
// 10,000-character "timezone" is refused at once, never compared letter by letter with every zone.

import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin, MAX_COMPARED_LENGTH } from '../../src/commands/edit-distance.ts';
import { MAX_COMMAND_LENGTH, MAX_WORD_LENGTH, parseCommand } from '../../src/commands/parse-command.ts';
import { canonicalTimezone, MAX_TIMEZONE_LENGTH, resolveTimezone, suggestTimezone, timezoneOfCity } from '../../src/commands/timezone.ts';
import { BriefError } from '../../src/errors.ts';

function refusal(text: string): string | undefined {
  try {
    parseCommand(text, { defaultTimezone: 'UTC' });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(BriefError);
    return (error as BriefError).message;
  }
}

describe('bounded edit distance', () => {
  it.each([
    ['seoul', 'seoul', 2, 0],
    ['seol', 'seoul', 2, 1],
    ['seuol', 'seoul', 2, 1],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3], // past the bound: max + 1
    ['tokio', 'tokyo', 1, 1],
    ['abcdef', 'ab', 2, 3], // lengths alone rule it out
    ['', 'abc', 3, 3],
    ['abc', '', 1, 2],
    ['ca', 'ac', 1, 1], // a swap is one edit
  ])('editDistanceWithin(%s, %s, %i) = %i', (a, b, max, expected) => {
    expect(editDistanceWithin(a, b, max)).toBe(expected);
  });

  it('agrees with the exact distance wherever that is within the bound', () => {
    const words = ['asia/seoul', 'asia/seol', 'europe/seoul', 'seoul', 'soeul', 'america/new_york', 'america/newyork', 'utc', 'etc/utc', 'tokyo'];
    for (const a of words) {
      for (const b of words) {
        const exact = editDistance(a, b);
        for (const max of [0, 1, 2, 3, 5]) expect(editDistanceWithin(a, b, max)).toBe(Math.min(exact, max + 1));
      }
    }
  });

  it('does not compare words past the cap', () => {
    const long = 'a'.repeat(MAX_COMPARED_LENGTH + 1);
    expect(editDistanceWithin(long, long, 3)).toBe(4);
  });
});

describe('timezone words are capped before any work', () => {
  const hostile = [
    ['4,000 characters with a slash', `Asia/${'x'.repeat(4000)}`],
    ['10,000 characters with a slash', `${'Seoul'.repeat(1000)}/${'y'.repeat(5000)}`],
    ['just past the cap', `Asia/${'s'.repeat(MAX_TIMEZONE_LENGTH)}`],
  ] as const;

  it.each(hostile)('%s: no suggestion, not canonical, a plain refusal', (_, word) => {
    expect(suggestTimezone(word)).toBeUndefined();
    expect(canonicalTimezone(word)).toBeUndefined();
    expect(() => resolveTimezone(word)).toThrow(/unknown timezone \(\d+ characters; names are at most 64\)/);
  });

  it('a city name past the cap is not looked up', () => {
    expect(timezoneOfCity(['x'.repeat(10_000)])).toBeUndefined();
  });

  it('real typos are still suggested', () => {
    expect(suggestTimezone('Asia/Seuol')).toBe('Asia/Seoul');
    expect(suggestTimezone('Europe/Lodnon')).toBe('Europe/London');
  });
});

describe('command text is capped before it is split', () => {
  it.each([
    ['subscribe with a 2,000-character timezone', `subscribe daily 08:00 Asia/${'x'.repeat(1995)} korea`, /unknown timezone \(2000 characters/],
    ['subscribe with a 4,000-character timezone', `subscribe daily 08:00 Asia/${'x'.repeat(3945)} korea`, /a word of 3950 characters is too long/],
    ['subscribe with a 10,000-character timezone', `subscribe daily 08:00 Asia/${'x'.repeat(10_000)}`, /command is too long/],
    ['a command past the cap', `korea ${'word '.repeat(MAX_COMMAND_LENGTH / 5)}`, /command is too long/],
    ['one word past the word cap', `https://example.com/${'a'.repeat(MAX_WORD_LENGTH)}`, /a word of \d+ characters is too long/],
    ['an id past the word cap', `unsubscribe ${'k'.repeat(MAX_WORD_LENGTH + 1)}`, /a word of \d+ characters is too long/],
    ['a topic past the topic cap', `brief ${'harbour '.repeat(40)}`, /topic is too long/],
  ])('%s is refused', (_, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it.each([
    ['a long but real link', `https://example.com/${'a'.repeat(1500)}`],
    ['a long real timezone', 'subscribe daily 08:00 America/Argentina/ComodRivadavia'],
  ])('%s still parses', (_, text) => {
    expect(refusal(text)).toBeUndefined();
  });
});
