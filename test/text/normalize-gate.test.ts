// normaliseForComparison skips its spelling variants when one scan finds none of them: the same
// result as applying every variant in turn, checked on the corpora and on generated text dense
// with the variants, their near misses and their overlaps ("u.s.a.", "co-operation").

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { normaliseForComparison, VARIANTS } from '../../src/text/normalize.ts';
import { seededRandom, textFiles } from '../helpers/generated-texts.ts';

function everyVariant(text: string): string {
  let out = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
  for (const [re, replacement] of VARIANTS) out = out.replace(re, replacement);
  return out;
}


const PIECES = [
  'U.S.', 'u.s.a.', 'U.K.', 'U.N.', 'E.U.', 'United Nations', 'co-operation', 'Coordinate', 'programmes', 'centre', 'Defence', 'press conference',
  'organise', 'recognised', 'manoeuvre', 'colour', 'Harbour', '2 ½', '2½', 'two and a half', 'analyse', 'travelled', 'theatre', 'metres', 'licence',
  'offences', 'pretence', 'catalogue', 'grey', 'judgement', 'whilst', 'amidst', 'towards', 'per cent', 'Mr.', 'Dr.', 'St.', 'the', 'plan', 'said',
  'centred', 'greyhound', 'xu.s.', '’', '“', '…', ',', '.', '-', ' ',
];

function generated(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = 0, n = 3 + Math.floor(random() * 12); i < n; i++) text += (random() < 0.2 ? '' : ' ') + PIECES[Math.floor(random() * PIECES.length)]!;
    return text;
  });
}

describe('normaliseForComparison, gated by one scan for any variant', () => {
  it('gives what applying every variant gives, on the corpora and generated text', () => {
    const texts = [...['demo', 'stories', 'eval'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d))), ...syntheticCorpus(10, 4242).articles.map((a) => a.text), ...generated(2000, 31)];
    for (const text of texts) expect(normaliseForComparison(text), text.slice(0, 120)).toBe(everyVariant(text));
    // Most generated texts have a variant, so the gate's other side is exercised too.
    expect(generated(2000, 31).filter((t) => everyVariant(t) !== t.toLowerCase()).length).toBeGreaterThan(1000);
  });

  it('still writes the variants one way', () => {
    expect(normaliseForComparison('The U.S. programmes at the centre')).toBe('the us programs at the center');
  });
});
