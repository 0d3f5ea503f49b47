// Datelines and paragraph labels are not part of a key point: the point is the rest of the sentence,
// still verbatim at its (moved) span. Invented sentences only.

import { describe, expect, it } from 'vitest';
import { selectKeyPoints } from '../../src/stages/key-points/key-points.ts';
import { leadInLength } from '../../src/stages/key-points/lead-in.ts';
import { analysisOf, article, spanText } from './helpers.ts';

const lede = { bodyIndex: 0, headline: false };
const later = { bodyIndex: 3, headline: false };
const headline = { bodyIndex: -1, headline: true };

describe('lead-in of a key point', () => {
  it.each([
    // datelines opening an article
    ['PORT VANCE, Ore. (AP) — Ferry crews on the Tamsin Strait walked out on Monday over pay.', lede, 'Ferry crews on the Tamsin Strait walked out on Monday over pay.'],
    ['Corrin (Reuters) - The mayor of Corrin closed the old bridge to lorries after a survey.', lede, 'The mayor of Corrin closed the old bridge to lorries after a survey.'],
    ['(CNN) -- Senator Ilsa Dorn said on Sunday she would not seek a third term in office.', lede, 'Senator Ilsa Dorn said on Sunday she would not seek a third term in office.'],
    ['(CNN Business)Shares of Velor Foods fell sharply after the company cut its forecast.', lede, 'Shares of Velor Foods fell sharply after the company cut its forecast.'],
    ['MARLOW — The Marlow council voted to rebuild the flooded library by next spring.', lede, 'The Marlow council voted to rebuild the flooded library by next spring.'],
    ['NEW HAVEN/ARDEN — Two rail unions agreed a new contract after a week of talks.', lede, 'Two rail unions agreed a new contract after a week of talks.'],
    ['KESTREL BAY, N.S. -- Fishermen were told to keep their boats in harbour until Friday.', lede, 'Fishermen were told to keep their boats in harbour until Friday.'],
    ['(AP) — Rescuers reached the last of the stranded hikers on Mount Orla before dusk.', { bodyIndex: 1, headline: false }, 'Rescuers reached the last of the stranded hikers on Mount Orla before dusk.'],
    // labels before a paragraph
    ['Why it matters: The Orla dam supplies water to half a million people in the valley.', later, 'The Orla dam supplies water to half a million people in the valley.'],
    ['The big picture: Grain exports from Tessaly have fallen for three years running now.', later, 'Grain exports from Tessaly have fallen for three years running now.'],
    ['Details: Drivers who park in the square after ten will be fined forty crowns each.', later, 'Drivers who park in the square after ten will be fined forty crowns each.'],
  ])('drops the opening of %j', (text, context, rest) => {
    expect(text.slice(leadInLength(text, context))).toBe(rest);
  });

  it.each([
    // words that only look like a dateline
    ['COVID-19 cases in the Marlow district fell for the fourth week in a row.', lede],
    ['Arden-Corrin trade talks broke down on Tuesday without a date to resume them.', lede],
    ['President Vela — under pressure from her own party — named a new finance minister.', lede],
    // a dateline is only where an article starts
    ['MARLOW — The council met again on Thursday to discuss the library plans in detail.', later],
    // whose words follow is part of the point
    ['The minister said: "We will not raise the tax on bread while I am in this office."', later],
    ['ANNA REYES: We have heard from the inspectors that the bridge is not safe to cross.', later],
    // a headline's "Topic: claim" is its own wording; a label leaving a fragment stays
    ['Marlow floods: council promises new library by spring', headline],
    ['Why it matters: Nobody knows yet.', later],
  ])('keeps %j whole', (text, context) => {
    expect(leadInLength(text, context)).toBe(0);
  });
});

describe('a key point opening with a dateline', () => {
  const north = article('north', 'North Post', [
    'PORT VANCE (Reuters) - Ferry crews on the Tamsin Strait walked out on Monday after pay talks with the ferry operator broke down.',
    'The ferry operator said all crossings to the Orrin Islands were cancelled until the crews returned.',
    'Union leader Tomas Brie said the ferry crews would stay out until the operator raised its pay offer.',
    'Island shops said fresh food would run short within days if the crossings stayed cancelled.',
  ]);
  const analysis = analysisOf(north);
  const points = selectKeyPoints(analysis);

  it('prints the point without the dateline, and its first span holds exactly that text', () => {
    const walkout = points.find((p) => p.text.includes('walked out'));
    expect(walkout).toBeDefined();
    expect(walkout!.text.startsWith('Ferry crews on the Tamsin Strait')).toBe(true);
    expect(walkout!.support[0]).toMatchObject({ articleId: 'north', start: 'PORT VANCE (Reuters) - '.length });
    for (const p of points) expect(spanText(analysis, p.support[0]!)).toBe(p.text);
  });
});
