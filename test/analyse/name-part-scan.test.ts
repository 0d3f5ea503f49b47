// findNameParts must find exactly what the per-article regex it replaced found.

import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir, repoRoot } from '../../adapters/files/repo-paths.ts';
import { findNameParts } from '../../src/analyse/name-part-scan.ts';
import { createRandom } from '../../bench/synthetic-corpus.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex resolveNameParts used to build for every article. */
function byRegex(text: string, parts: string[]): { index: number; part: string }[] {
  if (parts.length === 0) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}-]|['’]\\p{L}{2})`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, part: m[0] }));
}

describe('findNameParts', () => {
  const cases: [string, string[]][] = [
    ['Blinken met Park. Mr Blinken said Park’s plan and Parker’s differ.', ['Blinken', 'Park', 'Parker']],
    ['Parker and Park; Park-Lee; O’Brien; Ra’ad and Ra’a said.', ['Park', 'Parker', 'Ra', 'Ra’ad', 'Ra’a']],
    ['Kim’s aide, Kim Jong Un, and Kimberly: Kim.', ['Kim', 'Kimberly']],
    ['Élodie Durand met Durand; Émile Zola and Zolа.', ['Élodie', 'Durand', 'Émile', 'Zola']],
    ['𝐀lpha and Alpha, -Alpha, ’Alpha, alpha', ['𝐀lpha', 'Alpha']],
    ['Smithson Smith Smithsonian', ['Smith', 'Smithson']],
    ['nothing here', []],
  ];
  it.each(cases)('%s', (text, parts) => {
    expect(findNameParts(text, parts)).toEqual(byRegex(text, parts));
  });

  it('agrees with the regex on the bundled corpora, for every capitalised word as a part', () => {
    const { articles } = loadPaths([demoCorpusDir, `${repoRoot}/corpus/stories`]);
    let hits = 0;
    for (const { text } of articles) {
      const parts = [...new Set(text.match(/\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}’'-]*/gu) ?? [])];
      const expected = byRegex(text, parts);
      expect(findNameParts(text, parts)).toEqual(expected);
      hits += expected.length;
    }
    expect(hits).toBeGreaterThan(200);
  });

  it('agrees with the regex on random texts built from confusable pieces', () => {
    const rand = createRandom(99);
    const pieces = ['Park', 'Parker', 'park', ' ', ' ', '’s', "'", '-', 'Lee', 'é', 'É', '.', ',', '’ab', 'Ann', 'Anna', '\n', 'Mr ', '𝐀'];
    const parts = ['Park', 'Parker', 'Lee', 'Anna', 'Ann', 'Éle', '𝐀nn'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = 5 + Math.floor(rand() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(rand() * pieces.length)];
      const order = [...parts].sort(() => rand() - 0.5);
      expect(findNameParts(text, order), JSON.stringify(text)).toEqual(byRegex(text, order));
    }
  });
});
