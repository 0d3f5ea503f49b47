// An organisation's name qualified by a place ("U.S. Congress", "Senate of the United States") is
// looked for only at the name's occurrences (src/stages/actors/place-qualified-matches.ts). That
// must find exactly what the two regexes find over the whole text: checked on the bundled corpora,
// the benchmark's synthetic corpus and generated texts dense with names, places and near misses.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { placeQualifiedMatches, placeQualifiedRules } from '../../src/stages/actors/place-qualified-matches.ts';
import { inBriefingScope } from '../../src/stages/briefing-scope.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

const asRows = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

function expectSame(texts: string[], names: string[]): number {
  let total = 0;
  for (const text of texts) {
    for (const bare of names) {
      const { before, after } = placeQualifiedRules(bare);
      const whole = { before: asRows(text.matchAll(before)), after: asRows(text.matchAll(after)) };
      total += whole.before.length + whole.after.length;
      const near = placeQualifiedMatches(text, bare);
      expect({ before: asRows(near.before), after: asRows(near.after) }, `"${bare}" in: ${text.slice(0, 200)}`).toEqual(whole);
    }
  }
  return total;
}


// Invented names and places, with the shapes the rules turn on and awkward characters.
const NAMES = ['Congress', 'Senate', 'Tarvon Assembly', 'Bank of Vell', 'Assembly', 'Ministry', 'Congress Congress', 'Ébrel Council', 'A'];
const PIECES = [
  'U.S.', 'U.K.', 'Ohio', 'Tarvonia', 'New Vell', 'North New Vell', 'St.', 'St. Ives', 'Ébrel', 'O’Varn', 'Vell-Morne', 'The', 'A', 'the', 'of', 'of the', 'XCongress',
  'Congress', 'Senate', 'Tarvon Assembly', 'Bank of Vell', 'Assembly', 'Ministry', 'Ébrel Council', 'Congress Congress', 'Senate of',
  'said', 'met', 'and', 'in', 'Mr', '2024', ',', '.', ';', '(', ')', '\n', '’s', 'Of', 'of Tarvonia', 'of the United Vells',
];

function generatedTexts(count: number, seed: number): string[] {
  return piecedTexts(count, seed, {
    extraPieces: 40,
    piece: (random) => PIECES[Math.floor(random() * PIECES.length)]!,
    glued: (piece, joint) => (/^[,.;)’]/.test(piece) ? joint < 0.9 : joint > 0.9),
  });
}

describe('place-qualified names found at their occurrences', () => {
  it('match exactly as over the whole text, on the bundled corpora and the synthetic corpus', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    texts.push(...syntheticCorpus(20, 4242).articles.map((a) => a.text));
    expectSame(texts, ['Congress', 'Senate', 'Ministry', 'Parliament', 'Foreign Ministry', 'Army', 'Coast Guard', 'Government']);
  });

  it('match exactly as over the whole text, on generated texts dense with names and places', () => {
    expect(expectSame(generatedTexts(300, 23), NAMES)).toBeGreaterThan(200);
  });

  it('match exactly as over the whole text within a briefing, where each name’s rules are compiled once for every text', () => {
    // The same regexes, with their lastIndex, go from text to text and name to name.
    expect(inBriefingScope(() => expectSame(generatedTexts(150, 29), NAMES))).toBeGreaterThan(100);
  });

  it('still find a name with a place before it and after "of"', () => {
    const found = placeQualifiedMatches('The U.S. Congress met. The Senate of the United Vells did not.', 'Congress');
    expect(found.before.map((m) => m[0])).toEqual(['U.S. Congress']);
    expect(placeQualifiedMatches('The Senate of the United Vells met.', 'Senate').after.map((m) => m[1])).toEqual(['United Vells']);
  });
});
