// "Only in" means no other outlet reports it in any wording: a sentence another outlet tells in
// other words (same actors, same key terms) is not listed, one naming what no other outlet names
// is; greetings from a transcript never are.

import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../src/stages/differences/differences.ts';
import { isPleasantry } from '../../src/stages/differences/reported-elsewhere.ts';
import { analysisOf, article } from './helpers.ts';

const chronicle = article('chronicle', 'Harlow Chronicle', [
  'Harlow council voted on Friday to close the Eastbrook library branch after a budget shortfall of 2 million pounds.',
  'Librarians at Eastbrook said the closure would leave the estate without a public reading room.',
  'Councillor Petra Nyland of the Greenway Party called the vote a betrayal of the estate.',
  'Thank you very much, Councillor Nyland, for joining us.',
]);
const gazette = article('gazette', 'Harlow Gazette', [
  'Eastbrook is losing its branch library: Harlow councillors decided on Friday that it will shut for good.',
  'Officials pointed to a 2 million pound hole in the budget.',
  'Staff at the Eastbrook library warned that the estate would be left without a public reading room once it closes.',
]);

describe('only in one outlet, in any wording', () => {
  const differences = findDifferences(analysisOf(chronicle, gazette));
  const only = differences.find((d) => d.articleId === 'chronicle')!;
  const texts = only.onlyHere.map((o) => o.text);

  it('does not list a fact the other outlet tells in other words', () => {
    expect(texts.some((t) => t.includes('voted on Friday to close'))).toBe(false);
    expect(texts.some((t) => t.includes('without a public reading room'))).toBe(false);
  });

  it('does not list a figure the other outlet gives in another sentence shape', () => {
    const gazetteOnly = differences.find((d) => d.articleId === 'gazette')!.onlyHere.map((o) => o.text);
    expect(gazetteOnly.some((t) => t.includes('2 million pound hole'))).toBe(false);
  });

  it('lists what only it reports, with a label', () => {
    expect(texts.some((t) => t.includes('Greenway Party'))).toBe(true);
    expect(only.onlyHere.every((o) => o.label)).toBe(true);
  });

  it('leaves transcript pleasantries out', () => {
    expect(texts.some((t) => /Thank you/.test(t))).toBe(false);
  });
});

describe('pleasantries', () => {
  it.each([
    ['Thank you, Mr Secretary.', true],
    ['Good morning, everyone.', true],
    ['MODERATOR: Thanks so much.', true],
    ['Yes.', true],
    ['No decision has been made on the ferry timetable.', false],
    ['Thank-you notes were found in the minister’s files, the inquiry heard on Monday in Harlow.', false],
  ])('%s → %s', (text, pleasant) => {
    expect(isPleasantry(text)).toBe(pleasant);
  });
});
