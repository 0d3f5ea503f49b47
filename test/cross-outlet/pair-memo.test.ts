// Grouping open matters keeps tens of thousands of pair likenesses in a typed-array table
// (src/stages/open-questions/pair-memo.ts): it must answer as a Map keyed by the pair would,
// through growth and colliding hashes.

import { describe, expect, it } from 'vitest';
import { PairMemo } from '../../src/stages/open-questions/pair-memo.ts';
import { seededRandom } from '../helpers/generated-texts.ts';

describe('PairMemo', () => {
  it('answers as a Map of pairs, on seeded sets and reads that make it grow', () => {
    const random = seededRandom(17);
    const memo = new PairMemo(4);
    const reference = new Map<string, number>();
    for (let step = 0; step < 20000; step++) {
      const i = Math.floor(random() * 300);
      const j = Math.floor(random() * 3000);
      if (random() < 0.5) {
        const value = random() < 0.05 ? 0 : random();
        memo.set(i, j, value);
        reference.set(`${i}:${j}`, value);
      } else expect(memo.get(i, j)).toBe(reference.get(`${i}:${j}`));
    }
    expect(memo.size).toBe(reference.size);
    for (const [key, value] of reference) {
      const [i, j] = key.split(':').map(Number);
      expect(memo.get(i!, j!)).toBe(value);
    }
  });

  it('tells (i, j) from (j, i), and a stored 0 from nothing stored', () => {
    const memo = new PairMemo();
    memo.set(1, 2, 0);
    expect(memo.get(1, 2)).toBe(0);
    expect(memo.get(2, 1)).toBeUndefined();
    memo.set(1, 2, 0.5);
    expect(memo.get(1, 2)).toBe(0.5);
    expect(memo.size).toBe(1);
  });
});
