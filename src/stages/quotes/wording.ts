// The words of a quote as outlets are compared on: lower case, no punctuation, and the spelling
// variants outlets differ by (US/U.S., programs/programmes; see normaliseForComparison). Two
// wordings are the same quote when they have the same words in the same order, allowing one
// substituted word in quotes of eight words or more, and one in fifteen in long ones (an outlet's transcription slip: "think it now has" / "think is now
// has"); a word missing or added is never allowed, so a shorter version is never credited with
// the words of a longer one.

import { normaliseForComparison } from '../../text/normalize.ts';

export interface Word {
  word: string;
  /** Offsets in the text the words were taken from (plus the base given). */
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.’'-][\p{L}\p{N}]+)*\.?/gu;

export function squashWords(text: string): string[] {
  return normaliseForComparison(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The compared words of `text` with their offsets (each raw token normalised on its own). */
export function wordsWithOffsets(text: string, base = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    // "efforts." ends a sentence; "U.S." keeps its dot.
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
    for (const word of squashWords(raw)) out.push({ word, start: base + m.index, end: base + m.index + raw.length });
  }
  return out;
}

/** How many substituted words two wordings of `length` words may differ by. */
export function allowedSlips(length: number): number {
  return length < 8 ? 0 : Math.max(1, Math.floor(length / 15));
}

/** Same words, same order, at most the allowed slips. */
export function sameWording(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let slips = allowedSlips(a.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && --slips < 0) return false;
  return true;
}

/** Where `needle` occurs inside `hay` as a run of words (with the allowed slips), or -1. */
export function findWording(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (hay[i] !== needle[0] && hay[i + needle.length - 1] !== needle[needle.length - 1]) continue;
    if (sameWording(hay.slice(i, i + needle.length), needle)) return i;
  }
  return -1;
}
