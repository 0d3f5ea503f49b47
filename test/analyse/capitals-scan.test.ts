// mayNameInCapitals asks the capitals rule only at spaces before an upper-case or non-ASCII
// character; it must answer as the whole-text regex did. And a signature is still found.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { findPeopleByRule, mayNameInCapitals } from '../../src/analyse/people.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

/** The test findPeopleByRule ran over the whole text. */
const CAPITALS = /\p{Lu}{2,} \p{Lu}{2,}|[a-z.] \p{Lu}{3,}/u;

const PIECES = ['KAMALA', 'HARRIS', 'Senator', 'PADILLA', 'US', 'U', 'A', 'UN', 'ÉLODIE', 'DURAND', '𝐀𝐁', '𝐂', 'Ab', 'ab', 'x.', 'said', 'the', 'NATO', 'É', 'Ñ', '1', '.', ',', '\n', '😀', 'ß', 'ǅ'];

describe('names in capitals', () => {
  it('are looked for exactly where the whole-text regex found any', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    texts.push(...syntheticCorpus(20, 4242).articles.map((a) => a.text));
    texts.push(...piecedTexts(3000, 41, { extraPieces: 6, piece: (r) => PIECES[Math.floor(r() * PIECES.length)]!, glued: (_p, joint) => joint > 0.8 }));
    let yes = 0;
    for (const text of texts) {
      const expected = CAPITALS.test(text);
      expect(mayNameInCapitals(text), JSON.stringify(text.slice(0, 200))).toBe(expected);
      if (expected) yes++;
    }
    expect(yes).toBeGreaterThan(300);
    expect(texts.length - yes).toBeGreaterThan(300);
  });

  it('still finds a name in capitals and a signature', () => {
    const people = findPeopleByRule('Thanks to KAMALA HARRIS and Senator PADILLA for coming.\n\nBest wishes,\n\nAda Varn\n').map((p) => `${p.canonical}/${p.via}`);
    expect(people).toEqual(expect.arrayContaining(['Kamala Harris/name', 'Padilla/title', 'Ada Varn/name']));
  });
});
