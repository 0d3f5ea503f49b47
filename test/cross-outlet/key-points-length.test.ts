// How long the key points run, and which lines count as a headline. Invented articles only.

import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.ts';
import { headlineFlags } from '../../src/stages/key-points/features.ts';
import { selectKeyPoints } from '../../src/stages/key-points/key-points.ts';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { analysisOf, article } from './helpers.ts';

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

// Three short reports (a lede each and a few lines), as a roundup site collects them.
const shortReports = [
  article('a', 'Alder Post', [
    'The Marlow council voted on Monday to close the old Tamsin bridge to all traffic after engineers found deep cracks in two of its stone piers.',
    'Council leader Vera Holm said a temporary ferry would carry cars across the river from next week while a new bridge is designed.',
    'Shop owners on the east bank said the closure would cut their trade by half before the summer season.',
  ]),
  article('b', 'Birch Times', [
    'Engineers found deep cracks in two stone piers of the Tamsin bridge, and the Marlow council voted on Monday to close it to all traffic.',
    'A temporary ferry will carry cars across the river from next week, council leader Vera Holm said, until a new bridge is built.',
    'The bridge, opened in 1871, carries about nine thousand vehicles a day between the two halves of the town.',
  ]),
  article('c', 'Cedar Wire', [
    'Marlow has closed its old Tamsin bridge after engineers warned that cracks in two of its stone piers could bring the span down.',
    'Commuters face detours of up to forty minutes through the hills until the ferry starts running next week.',
    'The regional transport office said it would help pay for a new bridge but gave no figure for its share.',
  ]),
];

describe('key points of a few short reports', () => {
  const analysis = analysisOf(...shortReports);
  const index = indexSentences(analysis);
  const averageReport = shortReports.reduce((s, a) => s + words(a.text), 0) / shortReports.length;

  it('give the minimum of three points, which already hold about one report’s worth of words', () => {
    const points = selectKeyPoints(analysis, { index });
    expect(points).toHaveLength(3);
    const total = points.reduce((s, p) => s + words(p.text), 0);
    expect(total).toBeGreaterThanOrEqual(0.9 * averageReport);
  });

  it('stop past the minimum as soon as the points reach the word limit, and run on without it', () => {
    // With a minimum of one point: one lede is already more than a third of a report.
    expect(selectKeyPoints(analysis, { index, min: 1, tuning: { reportShare: 0.3 } })).toHaveLength(1);
    expect(selectKeyPoints(analysis, { index, min: 1, tuning: { reportShare: 100 } }).length).toBeGreaterThan(1);
  });
});

describe('key points of long reports', () => {
  // The same story at length: the word limit is far off, so the points run past the minimum.
  const long = (id: string, outlet: string, opening: string[]) =>
    article(id, outlet, [
      ...opening,
      'The regional transport office said it would help pay for a new bridge but gave no figure for its share of the cost.',
      'Commuters face detours of up to forty minutes through the hills until the ferry starts running next week.',
      'Shop owners on the east bank said the closure would cut their trade by half before the summer season began.',
      'The bridge, opened in 1871, carries about nine thousand vehicles a day between the two halves of the town.',
      'School buses will use the northern road, adding twenty minutes to the morning run, the education office said.',
      'A survey of the town’s four other bridges will begin on Thursday, the council said.',
      'Fishermen said the cracks had been visible from the water for at least two winters.',
      'The opposition on the council called for an inquiry into why the last inspection, in 2019, found nothing.',
    ]);
  const analysis = analysisOf(
    long('a', 'Alder Post', ['The Marlow council voted on Monday to close the old Tamsin bridge to all traffic after engineers found deep cracks in two of its stone piers.']),
    long('b', 'Birch Times', ['Engineers found deep cracks in two stone piers of the Tamsin bridge, and the Marlow council voted on Monday to close it to all traffic.']),
  );

  it('are not cut to the minimum by the word limit', () => {
    expect(selectKeyPoints(analysis).length).toBeGreaterThan(3);
  });
});

describe('which lines are the headline', () => {
  const withTitle = (id: string, title: string, paragraphs: string[]): Article => ({ id, outlet: `Outlet ${id}`, title, text: paragraphs.join('\n\n') });
  const flagged = (a: Article) => {
    const analysis = analysisOf(a);
    const index = indexSentences(analysis);
    const flags = headlineFlags(index, analysis);
    return index.refs.map((r, i) => [r.sentence.text, flags[i]] as const);
  };

  it.each([
    [
      'a headline the splitter cut in two',
      withTitle('x', 'Flooded again? Marlow council says the dam will hold.', [
        'Flooded again? Marlow council says the dam will hold.',
        'The Marlow council said on Friday that the Orla dam would hold through the spring floods.',
      ]),
      [true, true, false],
    ],
    [
      'a headline printed without its label',
      withTitle('y', 'Ministry: clinics in Tessaly ready for winter', [
        'Clinics in Tessaly ready for winter',
        'The health ministry said every clinic in Tessaly had stocked fuel and vaccines for the winter.',
      ]),
      [true, false],
    ],
    [
      'an article that does not open with its headline',
      withTitle('z', 'Clinics ready for winter, ministry says', [
        'The health ministry said clinics were ready for winter.',
        'Clinics ready for winter.',
      ]),
      [false, false],
    ],
  ])('%s', (_, a, expected) => {
    expect(flagged(a).map(([, f]) => f)).toEqual(expected);
  });
});
