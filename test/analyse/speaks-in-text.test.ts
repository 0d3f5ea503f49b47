// speaksInText looks for a name-shaped word only where the word stands; it must answer exactly as
// the per-word regex it replaced, which ran at every position of the text.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { speaksInText } from '../../src/analyse/place-inference.ts';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

/** The regex placeByPreposition used to compile for each word. */
function byRegex(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${word}(?:,[^,.]{1,60},)? (?:said|says|told|added|argued|wrote|asked)\\b|\\b(?:said|says|told) ${word}(?![\\p{L}])`, 'u').test(text);
}

// The words it is asked about: one capital, a lower-case letter, then letters, marks, apostrophes, hyphens.
const NAME_SHAPE = /\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*/gu;

function expectSame(texts: string[]): number {
  let yes = 0;
  for (const text of texts) {
    for (const word of new Set(text.match(NAME_SHAPE) ?? [])) {
      const expected = byRegex(text, word);
      expect(speaksInText(text, word), `"${word}" in: ${text.slice(0, 200)}`).toBe(expected);
      if (expected) yes++;
    }
  }
  return yes;
}

const PIECES = [
  'Varga', 'Vargas', 'Varga’s', 'Ébrel', 'Ange\u0301l', '𝐀mbray', 'O’Quan', 'Mc-Quan', 'Quan', 'xVarga', 'Varga-Lind',
  'said', 'says', 'told', 'added', 'argued', 'wrote', 'asked', 'saidx', 'unsaid', '_said', 'asks',
  ',', ', 45,', ', the mayor of Ambray,', ', a long aside that runs on and on for well over sixty characters in all,', ', 😀😀😀,',
  '.', ';', '“', '”', '\n', 'in', 'to', 'from', 'the', 'é', '7',
];

describe('speaksInText', () => {
  it('answers as the regex did, on the bundled corpora and the synthetic corpus', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    texts.push(...syntheticCorpus(20, 4242).articles.map((a) => a.text));
    expect(expectSame(texts)).toBeGreaterThan(20);
  });

  it('answers as the regex did, on generated texts of names, speech verbs and asides', () => {
    const random = (list: string[], r: () => number) => list[Math.floor(r() * list.length)]!;
    const texts = piecedTexts(400, 23, {
      extraPieces: 30,
      piece: (r) => random(PIECES, r),
      glued: (piece, joint) => (/^[,.;”]/.test(piece) ? joint < 0.8 : joint > 0.9),
    });
    expect(expectSame(texts)).toBeGreaterThan(100);
  });

  it('finds "Varga said", "Varga, 45, told" and "said Varga", not "Vargas said"', () => {
    expect(speaksInText('Then Varga said no.', 'Varga')).toBe(true);
    expect(speaksInText('Varga, 45, told us.', 'Varga')).toBe(true);
    expect(speaksInText('“No,” said Varga.', 'Varga')).toBe(true);
    expect(speaksInText('Vargas said no; unsaid Varga.', 'Varga')).toBe(false);
  });
});
