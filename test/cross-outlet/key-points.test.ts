// Key points from invented articles: what several outlets carry comes first and is credited to each,
// nothing is said twice, quotations and dangling sentences give way to plain statements.

import { describe, expect, it } from 'vitest';
import { selectKeyPoints } from '../../src/stages/key-points/key-points.ts';
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

// Three outlets on a port strike: each lede carries a different part of the story, one figure is
// disputed, and the news includes a denial and a decision deep in the copy.
const gull = article('gull', 'Gull Herald', [
  'Dockworkers at the port of Calder walked out on Monday after talks with the port authority over pay broke down.',
  'The port authority said the strike had halted all container traffic through the harbour.',
  'The harbour holds 12,000 containers on a normal day, the authority said.',
  'Union leader Mira Holt said the workers would stay out until the authority raised its offer.',
  'Local shops said deliveries had slowed to a trickle by the afternoon.',
  'A spokesman for the authority said the pay offer was the best it could afford.',
  'The harbour café was full of striking workers at lunchtime.',
  'Transport Minister Aron Veld denied that the government had told the authority to cap pay rises.',
]);
const ferry = article('ferry', 'Ferry Times', [
  'The Calder port authority suspended all sailings to the islands on Tuesday as the dockworkers’ strike entered its second day.',
  'Dockworkers at Calder walked out on Monday when pay talks with the port authority broke down.',
  'The harbour holds 9,000 containers on a normal day.',
  'Islanders said fuel and food would run short within a week.',
  'The authority said ferries would resume once the strike ended.',
  'Fishermen in the harbour said they had not been affected.',
]);
const wire2 = article('wire2', 'Cove Wire', [
  'The government ordered mediators to Calder on Wednesday to end a dockworkers’ strike that has shut the port for three days.',
  'The port authority suspended ferry sailings to the islands on Tuesday, the second day of the strike.',
  'The dockworkers walked out on Monday after pay talks with the authority collapsed.',
  'Mediators will meet both sides on Thursday, the labour ministry said.',
  'The minister, Aron Veld, denied that the government had capped pay rises at the port.',
  'Analysts said the strike could cost the region millions.',
]);

describe('key points from three outlets', () => {
  const analysis = analysisOf(gull, ferry, wire2);
  const points = selectKeyPoints(analysis);
  const texts = points.map((p) => p.text);

  it('gives three to six points when three outlets report', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(6);
  });

  it('covers the sub-events several outlets report: the walkout and the suspended sailings', () => {
    expect(texts.some((t) => /walked out/.test(t))).toBe(true);
    expect(texts.some((t) => /suspended/.test(t))).toBe(true);
  });

  it('keeps the denial of the story’s main actor', () => {
    expect(texts.some((t) => /denied/.test(t))).toBe(true);
  });

  it('does not make a point of a figure the outlets disagree on', () => {
    expect(texts.some((t) => /containers/.test(t))).toBe(false);
  });
});
