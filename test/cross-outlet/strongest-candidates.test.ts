// A sentence's candidates in the near-duplicate index are its `cap` strongest, kept by insertion
// (src/stages/near-duplicates.ts `strongest`): exactly what sorting them all by score (ties: lower
// index first) and keeping the first `cap` gives, checked on seeded random scores full of ties.

import { describe, expect, it } from 'vitest';
import { strongest } from '../../src/stages/near-duplicates.ts';

describe('strongest candidates', () => {
  it('are the first cap of the full sort, in its order', () => {
    let state = 41;
    const random = () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    for (let run = 0; run < 300; run++) {
      const n = 1 + Math.floor(random() * 200);
      const score = new Float64Array(n);
      // Few distinct values, so ties are common; sums of idf-like weights, so fractions too.
      for (let j = 0; j < n; j++) score[j] = Math.floor(random() * 6) * 0.7 + (random() < 0.3 ? random() : 0);
      const touched = Array.from({ length: n }, (_, j) => j).sort(() => random() - 0.5);
      const cap = 1 + Math.floor(random() * 30);
      const sorted = [...touched].sort((a, b) => score[b]! - score[a]! || a - b).slice(0, cap);
      expect(strongest([...touched], score, cap)).toEqual(sorted);
    }
  });
});
