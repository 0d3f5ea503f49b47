// Key points count the words of every sentence: wordCount scans characters instead of building the
// array of words, and must count what `text.match(/[\p{L}\p{N}]+/gu)` finds, in any script (letters
// and digits outside the basic plane, lone surrogates, marks and punctuation between words).

import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/stages/key-points/word-count.ts';
import { piecedTexts } from '../helpers/generated-texts.ts';

const byRegex = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

const PIECES = ['Port', 'ellis', 'ferries', '4', '1,200', 'U.S.', 'co-op', 'don’t', 'Zürich', 'São', 'naïve', 'Ωmega', '東京', '２０２６', '½', '²', 'ª', '—', '…', '“', '”', ',', '.', '(', ')', '𝒜lpha', '𝟘𝟙', '😀', '\uD835', '\uDC00', 'é', 'é', 'ﬁnal', '\t', '\n'];

describe('wordCount', () => {
  it('counts runs of letters and digits as the unicode regex does, on seeded invented texts', () => {
    const texts = piecedTexts(400, 31, {
      extraPieces: 30,
      piece: (random) => PIECES[Math.floor(random() * PIECES.length)]!,
      glued: (_, joint) => joint < 0.3,
    });
    for (const text of texts) expect(wordCount(text), text).toBe(byRegex(text));
  });

  it('counts simple sentences', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('Ferries resumed on Monday, officials said.')).toBe(6);
    expect(wordCount('“Who’s out?”')).toBe(3);
    expect(wordCount('𝒜lpha 𝟘𝟙 😀')).toBe(2);
  });
});
