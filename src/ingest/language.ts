// The analysis is for English; anything else is refused with a clear reason rather than briefed badly.

import { BriefError } from '../errors.ts';

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with as was by it he she said at from are have has be this which his her their they an not or but were will'.split(
    ' ',
  ),
);

export function englishScore(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return hits / words.length;
}

export function checkEnglish(text: string, name: string): void {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) throw new BriefError('NO_SENTENCES', `${name}: no sentences (no words in the text)`);
  // Short texts say too little to judge; English news prose runs at 0.3–0.5 function words.
  if (words.length >= 20 && englishScore(text) < 0.12) {
    throw new BriefError('NOT_ENGLISH', `${name}: the text does not look like English (only English is analysed)`);
  }
}
