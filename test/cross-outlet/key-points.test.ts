// Key points from invented articles: what several outlets carry comes first and is credited to each,
// nothing is said twice, quotations and dangling sentences give way to plain statements.

import { describe, expect, it } from 'vitest';
import { selectKeyPoints } from '../../src/stages/key-points.ts';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { analysisOf, article, spanText } from './helpers.ts';

const north = article('north', 'North Post', [
  'Flooding forced the evacuation of 3,000 residents from the river town of Amsel on Tuesday after the dam overflowed.',
  'Regional governor Pia Lund said army engineers were reinforcing the dam with sandbags.',
  '“We will not leave anyone behind,” Lund told reporters.',
  'He added that the shelters had enough food for a week.',
  'The railway line to the capital was closed between Amsel and Brek.',
  'Farmers said the harvest in the valley was lost.',
]);
const south = article('south', 'South Herald', [
  'About 3,000 residents of Amsel were evacuated on Tuesday as the overflowing dam flooded the river town.',
  'Governor Pia Lund said army engineers were reinforcing the dam with sandbags through the night.',
  'Schools in the district will stay closed until Friday.',
  'The railway line between Amsel and Brek was closed.',
]);
const east = article('east', 'East Courier', [
  'The dam above Amsel overflowed on Tuesday, and 3,000 people were evacuated from the town.',
  'Army engineers were reinforcing the dam with sandbags, Governor Pia Lund said.',
  'Insurers expect claims to run into the millions.',
]);

describe('key points across outlets', () => {
  const analysis = analysisOf(north, south, east);
  const index = indexSentences(analysis);
  const points = selectKeyPoints(analysis, { index });

  it('picks three to six points, the lede first', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(6);
    expect(points[0]!.text).toMatch(/evacuat/);
  });

  it('credits every outlet carrying a point, with verbatim spans', () => {
    const engineers = points.find((p) => p.text.includes('engineers'))!;
    expect(engineers).toBeDefined();
    expect(new Set(engineers.support.map((s) => s.articleId))).toEqual(new Set(['north', 'south', 'east']));
    for (const p of points) {
      expect(spanText(analysis, p.support[0]!)).toBe(p.text);
      for (const s of p.support) expect(spanText(analysis, s).length).toBeGreaterThan(0);
    }
  });

  it('says nothing twice', () => {
    const evacuation = points.filter((p) => /evacuat/.test(p.text));
    const railway = points.filter((p) => /railway/.test(p.text));
    expect(evacuation).toHaveLength(1);
    expect(railway.length).toBeLessThanOrEqual(1);
  });

  it('prefers statements to quotations and to sentences leaning on the one before', () => {
    expect(points.some((p) => p.text.startsWith('“'))).toBe(false);
    expect(points.some((p) => p.text.startsWith('He added'))).toBe(false);
  });

  it('respects a smaller maximum', () => {
    expect(selectKeyPoints(analysis, { index, max: 3 }).length).toBeLessThanOrEqual(3);
  });
});
