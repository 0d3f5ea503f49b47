import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/commands/edit-distance.ts';
import { canonicalTimezone, resolveTimezone, suggestTimezone } from '../../src/commands/timezone.ts';

describe('timezones', () => {
  it.each([
    ['Asia/Seoul', 'Asia/Seoul'],
    ['asia/seoul', 'Asia/Seoul'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'Etc/UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['US/Pacific', 'US/Pacific'],
  ])('%s is accepted as %s', (typed, canonical) => {
    expect(resolveTimezone(typed)).toBe(canonical);
  });

  it.each([
    ['Asia/Seol', 'Asia/Seoul'],
    ['Asia/Seuol', 'Asia/Seoul'],
    ['America/NewYork', 'America/New_York'],
    ['Amerca/Chicago', 'America/Chicago'],
    ['Europe/Seoul', 'Asia/Seoul'],
    ['Asia/Tokio', 'Asia/Tokyo'],
  ])('%s suggests %s', (typed, suggestion) => {
    expect(canonicalTimezone(typed)).toBeUndefined();
    expect(suggestTimezone(typed)).toBe(suggestion);
  });

  it('suggests nothing for a name nothing resembles', () => {
    expect(suggestTimezone('Qqqq/Zzzzzz')).toBeUndefined();
  });

  it.each([
    ['seoul', 'seoul', 0],
    ['seol', 'seoul', 1],
    ['seuol', 'seoul', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
