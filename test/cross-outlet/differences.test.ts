// How the outlets differ: what only one reports, grouped and labelled; where they disagree on a
// checkable detail, and where different wording is no disagreement at all.

import { describe, expect, it } from 'vitest';
import { agree, comparable, detailsIn } from '../../src/stages/differences/details.ts';
import { findDifferences } from '../../src/stages/differences/differences.ts';
import { findDisagreements } from '../../src/stages/differences/disagreements.ts';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { analysisOf, article, spanText } from './helpers.ts';

const one = (text: string, kind?: string) => detailsIn(text).find((d) => !kind || d.kind === kind)!;

describe('checkable details', () => {
  it('reads two-and-a-half years and 2 ½ years as the same duration, three years as another', () => {
    const a = one('his first visit in two-and-a-half years', 'duration');
    const b = one('his first visit in 2 ½ years', 'duration');
    const c = one('his first visit in three years', 'duration');
    const d = one('his first visit in 30 months', 'duration');
    expect(comparable(a, b) && agree(a, b)).toBe(true);
    expect(comparable(a, c) && !agree(a, c)).toBe(true);
    expect(agree(a, d)).toBe(true);
  });

  it('lets approximate and bounded numbers agree when both can be true', () => {
    expect(agree(one('about 6,000 people'), one('more than 5,000 people'))).toBe(true);
    expect(agree(one('fewer than 100 people'), one('150 people'))).toBe(false);
  });

  it('compares counts of differently named things met in the same place', () => {
    const a = one('cracks in the hulls of four vessels');
    const b = one('cracks in the hulls of five ships');
    expect(comparable(a, b)).toBe(true);
    expect(agree(a, b)).toBe(false);
  });

  it('reads money, shares, dates and weekdays', () => {
    expect(one('a loan of US$1.2 billion').value).toBe(1.2e9);
    expect(one('up 12 per cent').kind).toBe('percent');
    expect(one('on Nov. 9, officials said', 'date').value).toBe(1109);
    expect(one('on Thursday', 'weekday').text).toBe('Thursday');
  });

  // The value pattern used to match a bare " word" from the space after a comma or a dash, eating
  // a number word that followed: these counts were lost.
  it.each([
    ['Harbour officials said, two vessels ran aground.', 'two vessels', 2],
    ['By dusk — seven ferries had turned back.', 'seven ferries', 7],
    ['In the end, about twenty crews stayed ashore.', 'about twenty crews', 20],
    ['Pilots said, 40 boats waited.', '40 boats', 40],
  ])('finds the count in %j after punctuation and a space', (sentence, text, value) => {
    const d = one(sentence, 'count');
    expect(d?.text).toBe(text);
    expect(d?.value).toBe(value);
  });

  it('finds no detail in a sentence without a value', () => {
    expect(detailsIn('Officials said, some residents left, others stayed.')).toEqual([]);
  });
});

const ledger = article('ledger', 'The Ledger', [
  'The minister’s two-day visit to Lisbon is her first in two-and-a-half years.',
  'Inspectors found cracks in the hulls of four vessels on Monday.',
  'The G7 ministers also called for humanitarian pauses in the fighting.',
  'Protesters gathered outside the embassy, chanting slogans against the treaty.',
  'Separately, the central bank left interest rates unchanged at 4 percent.',
]);
const herald = article('herald', 'The Herald', [
  'The minister’s two-day visit to Lisbon is her first in 2 ½ years.',
  'Inspectors discovered cracks in the hulls of five ships on Monday.',
]);
const courier = article('courier', 'The Courier', [
  'The minister’s two-day trip to Lisbon is her first in three years.',
  'Inspectors found cracks in the hulls of four vessels on Monday, officials confirmed.',
]);

describe('what only one outlet reports', () => {
  const analysis = analysisOf(ledger, herald, courier);
  const index = indexSentences(analysis);
  const differences = findDifferences(analysis, { index });
  const ledgerOnly = differences.find((d) => d.articleId === 'ledger')!;

  it('lists the sentences no other outlet carries, verbatim, and none that others carry', () => {
    const texts = ledgerOnly.onlyHere.map((o) => o.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('G7'), expect.stringContaining('Protesters'), expect.stringContaining('interest rates')]));
    expect(texts.some((t) => t.includes('two-day visit'))).toBe(false);
    for (const o of ledgerOnly.onlyHere) expect(spanText(analysis, { articleId: 'ledger', ...o })).toBe(o.text);
  });

  it('names each topic briefly, in the outlet’s words', () => {
    expect(ledgerOnly.labels!.length).toBeGreaterThanOrEqual(3);
    for (const label of ledgerOnly.labels!) expect(label.split(/\s+/).length).toBeLessThanOrEqual(4);
    expect(ledgerOnly.labels!.join('; ')).toMatch(/G7|pauses/);
    expect(ledgerOnly.labels!.join('; ')).toMatch(/[Pp]rotesters|embassy/);
  });

  it('reports nothing for an outlet that says nothing of its own', () => {
    expect(differences.find((d) => d.articleId === 'herald')!.onlyHere).toEqual([]);
  });

  it('finds nothing to compare in a single article', () => {
    expect(findDifferences(analysisOf(ledger))).toEqual([]);
  });
});

describe('where outlets disagree', () => {
  const analysis = analysisOf(ledger, herald, courier);
  const disagreements = findDisagreements(analysis);
  const about = (word: string) => disagreements.find((d) => d.about.includes(word));

  it('flags three years against two-and-a-half, but not 2 ½ against two-and-a-half', () => {
    const duration = about('three years')!;
    expect(duration).toBeDefined();
    expect(duration.versions.map((v) => v.articleId)).toContain('courier');
    expect(disagreements.filter((d) => d.about.includes('2 ½') && d.about.includes('two-and-a-half'))).toEqual([]);
  });

  it('flags four vessels against five ships, with each outlet’s sentence verbatim', () => {
    const count = about('five ships')!;
    expect(count).toBeDefined();
    expect(new Set(count.versions.map((v) => v.articleId))).toEqual(new Set(['ledger', 'herald', 'courier']));
    for (const v of count.versions) expect(spanText(analysis, v)).toBe(v.text);
  });
});

describe('disagreements on the same thing, and none between different events', () => {
  const east = article('east', 'East Bulletin', [
    'Floods cut the village of Marrow off on Friday, and about 12,000 residents are now drinking water from emergency tanks near the church.',
    'The Hallow reservoir above the village can hold 8 billion cubic metres when full.',
    'Tourism in the valley has fallen by a third since June, the regional office said.',
    'The farmers’ union tabled a motion on Monday calling for emergency aid.',
    'Four companies had bid for the repair contract, the council said.',
    'The contractor employs about 600 people in the valley.',
  ]);
  const west = article('west', 'West Ledger', [
    'Marrow’s 9,500 residents were queuing for drinking water on Saturday as the floods kept the village cut off.',
    'Its Hallow reservoir holds 6bn cubic meters when full.',
    'Tourism in the valley has since dropped by 25 per cent, the regional office said.',
    'The union’s motion on emergency aid will be debated on Thursday.',
    'The repair contract went to Bellworth, one of three companies that bid.',
    'More than 200 people attended the council meeting in the church hall.',
  ]);
  const analysis = analysisOf(east, west);
  const disagreements = findDisagreements(analysis);
  const about = (text: string) => disagreements.find((d) => d.about.includes(text));

  it('reads "6bn", "a third" and counts of the same thing told in different sentences', () => {
    expect(one('holds 6bn cubic meters').value).toBe(6e9);
    expect(one('fallen by a third since June', 'percent').value).toBeCloseTo(100 / 3);
    expect(about('12,000')?.about).toMatch(/9,500/);
    expect(about('8 billion')?.about).toMatch(/6bn/);
    expect(about('a third')?.about).toMatch(/25 per cent/);
    expect(about('Four companies') ?? about('four companies')).toBeDefined();
  });

  it('does not set a motion tabled on Monday against a debate on Thursday, nor unrelated head counts', () => {
    expect(disagreements.filter((d) => /Monday|Thursday/.test(d.about))).toEqual([]);
    expect(disagreements.filter((d) => /600|200/.test(d.about))).toEqual([]);
  });
});

describe('what only one outlet reports, when it reports a lot', () => {
  const shared = 'The Corran ferry sank off Tessel Point on Sunday night, and all 40 passengers were rescued by lifeboats.';
  const long = article('long', 'Harbour Daily', [
    shared,
    'The ferry had left the harbour at dusk with a full load of cars.',
    'The harbour master said the weather had been calm at the time.',
    'Rescue crews from the harbour spent the night searching the bay.',
    'The ferry company said the harbour crossing would stay closed this week.',
    'Passengers said the ferry listed sharply before the lights went out.',
    'The harbour café stayed open through the night for the rescue crews.',
    'Several cars from the ferry washed up on the harbour beach on Monday.',
    'The ferry was built in the harbour yard thirty years ago.',
    'Harbour officials said the ferry had passed its last inspection.',
    'The rescue crews returned to the harbour at dawn.',
    'The ferry company said the harbour crossing would reopen when checks were done.',
    'Coastguard divers reportedly recovered a damaged rudder from the seabed, and marine inspector Elna Brisk was appointed to lead the inquiry.',
    'Insurers in Velport have suspended imports of spare hull plating.',
  ]);
  const short = article('short', 'Coast Wire', [
    'All 40 passengers were rescued after the Corran ferry sank off Tessel Point on Sunday night.',
    'Lifeboats from two stations took part in the rescue.',
  ]);
  const differences = findDifferences(analysisOf(long, short));
  const onlyLong = differences.find((d) => d.articleId === 'long')!;

  it('keeps distinct details — a finding, a person named by no other outlet, imports — among the ten listed', () => {
    const text = [...onlyLong.onlyHere.map((o) => o.text), ...(onlyLong.labels ?? [])].join(' | ');
    expect(onlyLong.onlyHere.length).toBeLessThanOrEqual(10);
    expect(text).toContain('rudder');
    expect(text).toContain('Elna Brisk');
    expect(text).toContain('imports');
  });
});
