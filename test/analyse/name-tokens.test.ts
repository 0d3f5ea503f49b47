// The name-chunk scan keeps only capitalised words and connectors, found without a match array per
// word and without cutting out words that cannot be either: exactly the tokens that
// `text.matchAll(WORD)` gives, filtered, on the corpora and on generated texts of awkward words.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { tokens, WORD, wordToken } from '../../src/analyse/name-chunks.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

function expectSameTokens(texts: string[]): number {
  let kept = 0;
  for (const text of texts) {
    const expected = [...text.matchAll(WORD)].map((m) => wordToken(m[0], m.index)).filter((t) => t.capital || t.connector);
    expect(tokens(text), text.slice(0, 200)).toEqual(expected);
    kept += expected.length;
  }
  return kept;
}

const PIECES = [
  'the', 'The', 'of', 'for', 'a', 'an', 'and', 'de', 'von', 'y', 'the.', 'a.', 'of.', 'ofx', 'theatre', 'al-Sadr', 'el-Sisi', 'bin-Talal', "d'Alembert", 'd’Estaing',
  'al', 'alpha', 'el', 'bin', 'binary', 'dx', 'U.S.', 'Gen.', 'J.', 'J', 'Mr.', 'Inc.', 'etc.', 'Blinken', 'Élodie', 'élan', 'Ōsaki', '𝐀mbray', '𝐚mbray', 'e\u0301',
  '\u0301e', 'ǅemal', '2024', '7th', '3M', '½', '²', 'People’s', "Anglers'", 'O’Brien', 'Rock-n-Roll', 'AT&T', 'a&b', '.', ',', '’', "'", '-', '&', '(', ')',
  '\n', '\u00a0', '😀', '\ud800', '\udc00', 'x', 'ß', 'İstanbul', 'ﬁ',
];

describe('name tokens', () => {
  it('are the capitalised words and connectors of matchAll, on the corpora', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    texts.push(...syntheticCorpus(30, 4242).articles.map((a) => a.text));
    expect(expectSameTokens(texts)).toBeGreaterThan(5000);
  });

  it('are the capitalised words and connectors of matchAll, on generated texts', () => {
    const texts = piecedTexts(500, 31, {
      extraPieces: 40,
      piece: (r) => PIECES[Math.floor(r() * PIECES.length)]!,
      glued: (_piece, joint) => joint > 0.7,
    });
    expect(expectSameTokens(texts)).toBeGreaterThan(3000);
  });
});
