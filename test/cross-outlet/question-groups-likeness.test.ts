// Grouping open matters compares hundreds of clause pairs: likenessOf works the cosines out on
// numbered vectors instead of maps. Its numbers must be cosine's, bit for bit (the same products
// summed in the same order), or a tie or threshold could tip the other way: checked on seeded
// invented vectors (equal sizes, shared paragraphs, leaning clauses, zero weights) and on the
// clauses of invented articles.

import { describe, expect, it } from 'vitest';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { type CuedClause, cosine, cuedClauses, likenessOf } from '../../src/stages/open-questions/groups.ts';
import { seededRandom } from '../helpers/generated-texts.ts';
import { analysisOf, article } from './helpers.ts';

const WORDS = Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? `@Actor ${i}` : `word${i}`));

/** A clause with seeded vectors: the own words a subset of the full vector, as cuedClauses makes them. */
function seededClause(random: () => number): CuedClause {
  const vector = new Map<string, number>();
  const ownVector = new Map<string, number>();
  const size = Math.floor(random() * 12);
  for (let k = 0; k < size; k++) {
    const t = WORDS[Math.floor(random() * WORDS.length)]!;
    // A few weights repeat or are zero: sums that could tie, products that add nothing.
    const w = random() < 0.1 ? 0 : random() < 0.2 ? 0.5 : random() * 3;
    vector.set(t, w);
    if (random() < 0.6) ownVector.set(t, w * (random() < 0.5 ? 1 : 0.4));
  }
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return {
    article: Math.floor(random() * 3),
    paragraph: Math.floor(random() * 3),
    leans: random() < 0.3,
    vector,
    norm: norm(vector),
    ownVector,
    ownNorm: norm(ownVector),
  } as unknown as CuedClause;
}

function expectCosines(clauses: CuedClause[]): number {
  const likeness = likenessOf(clauses);
  let compared = 0;
  for (let i = 0; i < clauses.length; i++) {
    const others = clauses.map((_, j) => j).filter((j) => j !== i);
    const from = likeness.from(i, others);
    others.forEach((j, k) => {
      const expected = cosine(clauses[i]!, clauses[j]!);
      // Object.is: the same number, -0 and NaN included.
      expect(Object.is(from[k], expected), `from(${i}) → ${j}`).toBe(true);
      expect(Object.is(likeness.pair(i, j), expected), `pair(${i}, ${j})`).toBe(true);
      compared++;
    });
  }
  return compared;
}

describe('clause likeness on numbered vectors', () => {
  it('gives cosine’s numbers on seeded invented vectors', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const clauses = Array.from({ length: 60 }, () => seededClause(random));
      expect(expectCosines(clauses)).toBe(60 * 59);
    }
  });

  it('numbers each clause’s words in its vector’s order', () => {
    const random = seededRandom(9);
    const clauses = Array.from({ length: 20 }, () => seededClause(random));
    const likeness = likenessOf(clauses);
    const names = new Map<number, string>();
    clauses.forEach((c, i) => {
      const ids = [...likeness.wordsOf(i)];
      expect(ids.length).toBe(c.vector.size);
      [...c.vector.keys()].forEach((t, k) => {
        const known = names.get(ids[k]!);
        if (known) expect(known).toBe(t);
        names.set(ids[k]!, t);
      });
    });
    expect(likeness.words).toBe(names.size);
  });

  it('gives cosine’s numbers on the clauses of invented articles', () => {
    const analysis = analysisOf(
      article('ledger', 'Harbour Ledger', [
        'Port officials said the new crane had reportedly failed twice in March. The operator denied that any crane had failed.',
        'A review of the crane contract is expected next week, and the council may delay the vote if the review is not finished.',
        'It was not clear whether the union would back the plan.',
      ]),
      article('wire', 'Tidewater Wire', [
        'The operator of the Tidewater port allegedly ignored two safety reports on the crane. It denies ignoring them.',
        'The council vote on the contract is due on Thursday, officials said, unless the review is delayed.',
      ]),
    );
    const clauses = cuedClauses(analysis, indexSentences(analysis), 0.4);
    expect(clauses.length).toBeGreaterThan(3);
    expectCosines(clauses);
  });
});
