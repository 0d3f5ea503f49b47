// classifyPiece remembers its answers within an article: an answer from memory must be the one a
// fresh call gives, for every mix of words and context flags (no two inputs may share a key).

import { describe, expect, it } from 'vitest';
import { classifyPiece, forgetPieces, type PieceContext } from '../../src/analyse/chunk-kinds.ts';

const WORDS = ['Byron', 'Smith', 'Still', 'Ada', 'Varn', 'Ada Varn', 'Varn Bank', 'Bank', 'of', 'Japan', 'The', 'Minister', 'Officials', 'NATO', 'Reuters', 'II', 'a\u0000b', 'a', 'b', '\u0000'];
const FLAGS = ['sentenceInitial', 'credit', 'speaker', 'strong', 'inText', 'acts'] as const;

/** Every word alone and every pair, under all 64 settings of the flags (optional ones also left out). */
function inputs(): [string[], PieceContext][] {
  const lists = [...WORDS.map((w) => [w]), ...WORDS.flatMap((a) => WORDS.map((b) => [a, b]))];
  const out: [string[], PieceContext][] = [];
  for (const words of lists) {
    for (let bits = 0; bits < 64; bits++) {
      const ctx: Record<string, boolean> = {};
      FLAGS.forEach((f, i) => {
        if (bits & (1 << i)) ctx[f] = true;
        else if (i < 3 || (bits + i) % 2 === 0) ctx[f] = false;
      });
      out.push([words, ctx as unknown as PieceContext]);
    }
  }
  return out;
}

describe('classifyPiece memory', () => {
  it('answers from memory as a fresh call does, for every flag and word split', () => {
    const cases = inputs();
    const fresh = cases.map(([words, ctx]) => {
      forgetPieces();
      return classifyPiece(words, ctx);
    });
    forgetPieces();
    // Remembered in one order, asked again in another.
    for (const [words, ctx] of cases) classifyPiece(words, ctx);
    const remembered = cases.map((_, i) => cases[cases.length - 1 - i]!).map(([words, ctx]) => classifyPiece(words, ctx));
    expect(remembered.reverse()).toEqual(fresh);
    // The flags matter: each of them changes some answer, so a key that left one out would fail.
    for (const [i, flag] of FLAGS.entries()) {
      const changes = cases.some(([words, ctx], k) => !(ctx[flag] ?? false) && k + (1 << i) < cases.length && cases[k + (1 << i)]![0] === words && JSON.stringify(fresh[k]) !== JSON.stringify(fresh[k + (1 << i)]));
      expect(changes, flag).toBe(true);
    }
  });
});
