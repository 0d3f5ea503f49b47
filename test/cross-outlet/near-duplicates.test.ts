// Near-duplicate sentences across outlets: spelling variants meet, different facts do not, and the
// index never compares all pairs (each sentence keeps a bounded set of neighbours).

import { describe, expect, it } from 'vitest';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { comparisonTerms, normaliseForComparison, stem } from '../../src/text/normalize.ts';
import { analysisOf, article } from './helpers.ts';

describe('spelling variants', () => {
  it.each([
    ['co-operation', 'cooperation'],
    ['programmes', 'programs'],
    ['U.S.', 'US'],
    ['Centre for a New American Security', 'Center for a New American Security'],
    ['United Nations Security Council', 'UN Security Council'],
    ['press conference', 'news conference'],
    ['defence', 'defense'],
    ['organised', 'organized'],
    ['two-and-a-half years', '2 ½ years'],
    ['travelled', 'traveled'],
  ])('%s = %s', (a, b) => {
    expect(comparisonTerms(a)).toEqual(comparisonTerms(b));
  });

  it('stems inflections so a denial meets its verb', () => {
    expect(stem('denied')).toBe(stem('deny'));
    expect(stem('denies')).toBe(stem('deny'));
    expect(stem('preparing')).toBe(stem('preparations'));
    expect(stem('used')).toBe(stem('use'));
  });

  it('normalises for comparison only, never changing what is shown', () => {
    expect(normaliseForComparison('The U.S. programme')).toBe('the us program');
  });
});

describe('near-duplicate sentences across outlets', () => {
  const globe = article('globe', 'The Globe', [
    'The two countries agreed to deepen co-operation on defence programmes, the U.S. State Department told a press conference at the Centre for Strategic Studies.',
    'Weapons have reportedly appeared in the border region, and the allies condemned the flow of arms to the rebels.',
    'Protesters gathered outside the embassy on Friday evening.',
  ]);
  const times = article('times', 'The Times', [
    'The two countries agreed to deepen cooperation on defense programs, the US State Department told a news conference at the Center for Strategic Studies.',
    'Weapons have reportedly appeared in the border region.',
    'The allies condemned the flow of arms to the rebels.',
    'The two countries disagreed sharply on fishing rights in the northern sea.',
  ]);
  const analysis = analysisOf(globe, times);
  const index = indexSentences(analysis);
  const refOf = (id: string, start: string) => index.refs.findIndex((r) => r.sentence.articleId === id && r.sentence.text.startsWith(start));

  it('pairs sentences that differ only by spelling variants', () => {
    expect(index.duplicates[refOf('globe', 'The two countries')]).toContain(refOf('times', 'The two countries agreed'));
  });

  it('pairs a sentence with each half of it that another outlet printed apart', () => {
    const both = refOf('globe', 'Weapons have');
    expect(index.duplicates[both]).toEqual(expect.arrayContaining([refOf('times', 'Weapons have'), refOf('times', 'The allies')]));
  });

  it('does not pair different facts that share words', () => {
    expect(index.duplicates[refOf('globe', 'The two countries')]).not.toContain(refOf('times', 'The two countries disagreed'));
    expect(index.paraphrases[refOf('globe', 'Protesters')]).toEqual([]);
  });

  it('never pairs two sentences of the same outlet as duplicates', () => {
    index.duplicates.forEach((list, i) => {
      for (const j of list) expect(index.outletOf(index.refs[j]!.article)).not.toBe(index.outletOf(index.refs[i]!.article));
    });
  });
});

describe('cost', () => {
  it('keeps a bounded number of neighbours per sentence, however common the words', () => {
    // 40 articles of 30 sentences, every sentence sharing the same common words.
    const articles = Array.from({ length: 40 }, (_, a) =>
      article(
        `a${a}`,
        `Outlet ${a}`,
        Array.from({ length: 30 }, (_, s) => `The government said the minister met officials about item${a}x${s} and item${(a * 7 + s) % 50}y today.`),
      ),
    );
    const index = indexSentences(analysisOf(...articles), { maxNeighbours: 10 });
    expect(index.refs).toHaveLength(1200);
    for (const list of index.neighbours) expect(list.length).toBeLessThanOrEqual(20);
    // Sentences sharing a rarer word still find each other.
    const withY = index.refs.findIndex((r) => r.sentence.text.includes('item3y'));
    expect(index.neighbours[withY]!.length).toBeGreaterThan(0);
  });
});
