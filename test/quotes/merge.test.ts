// The same quote in two outlets is one quote crediting both; its text is one article's, verbatim.

import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

type Row = [rule: string, a: string, b: string, merged: number, supports: number];

const ROWS: Row[] = [
  ['punctuation differs', '“We are ready, and we will act,” said Karim Nasser.', '“We are ready and we will act!” Karim Nasser said.', 1, 2],
  ['U.S. and US', '“The U.S. will stand by its allies in Asia,” said Ana Costa.', '“The US will stand by its allies in Asia,” said Ana Costa.', 1, 2],
  ['programs and programmes', '“We oppose the missile programs of the North,” said Ana Costa.', '“We oppose the missile programmes of the North,” said Ana Costa.', 1, 2],
  ['a word changed', '“China would think it now has more room to manoeuvre,” said Mei Lin.', '“China would think is now has more room to manoeuvre,” said Mei Lin.', 1, 2],
  ['one quote split in two by the other outlet', '“We will rebuild the schools in every district. We will rebuild the hospitals too,” said Mayor Ines Duarte.', '“We will rebuild the schools in every district,” said Mayor Ines Duarte. “We will rebuild the hospitals too.”', 1, 3],
  ['different quotes stay apart', '“The harvest failed in the north this year,” said Ana Costa.', '“Prices for bread will double before winter,” said Ana Costa.', 2, 1],
  ['a quote repeated within one article is one quote', '“We will never surrender our land,” said Karim Nasser.\n\nHe repeated: “We will never surrender our land.”', 'Nothing was said.', 1, 2],
];

describe('merging quotes across outlets', () => {
  it.each(ROWS)('%s', (_rule, a, b, merged, supports) => {
    const { quotes } = quotesOf(a, b);
    expect(quotes, JSON.stringify(quotes.map((q) => q.text))).toHaveLength(merged);
    expect(quotes[0]!.support).toHaveLength(supports);
    const texts = [a, b];
    // The printed text is verbatim in the article of one of its supports.
    expect(quotes[0]!.support.some((s) => texts[Number(s.articleId.slice(1))]!.slice(s.start, s.end) === quotes[0]!.text)).toBe(true);
  });

  it('never credits a shorter version with the words of a longer one', () => {
    const a = '“The ferry will run again next week. The harbour wall is safe,” said Mayor Ines Duarte.';
    const b = '“The ferry will run again next week,” said Mayor Ines Duarte.';
    const { quotes } = quotesOf(a, b);
    const texts = [a, b];
    const full = quotes.find((q) => q.text.includes('harbour wall'))!;
    expect(full.support.map((s) => s.articleId)).toEqual(['a0']);
    // The shorter outlet's version is a quote of its own, credited where its words are.
    const short = quotes.find((q) => q.text === 'The ferry will run again next week');
    expect(short?.support.map((s) => s.articleId)).toEqual(['a1']);
    for (const q of quotes) for (const s of q.support) expect(texts[Number(s.articleId.slice(1))]!.slice(s.start, s.end)).toBe(q.text);
  });

  it('never credits an outlet with a sentence it did not print', () => {
    const a = '“We will rebuild the schools in every district,” said Ines Duarte. Her visit ended on Friday.';
    const b = '“We will rebuild the schools in every district. Her visit ended on Friday,” said Ines Duarte.';
    const { quotes } = quotesOf(a, b);
    const long = quotes.find((q) => q.text.includes('Her visit'));
    expect(long?.support.map((s) => s.articleId)).toEqual(['a1']);
  });

  it('credits the named speaker when one outlet only says "he said"', () => {
    const { quotes } = quotesOf('“The border stays closed until further notice,” said Interior Minister Omar Haddad.', 'The interior minister spoke briefly.\n\n“The border stays closed until further notice,” he said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.name).toBe('Omar Haddad');
  });

  it('prints the fuller version of a split quote', () => {
    const { quotes } = quotesOf('“We will rebuild the schools in every district,” said Ines Duarte. “We will rebuild the hospitals too.”', '“We will rebuild the schools in every district. We will rebuild the hospitals too,” said Ines Duarte.');
    expect(quotes[0]!.text).toBe('We will rebuild the schools in every district. We will rebuild the hospitals too');
    expect(quotes[0]!.support.map((s) => s.articleId).sort()).toEqual(['a0', 'a0', 'a1']);
  });

  it('never merges a key quote with a shorter fragment from another outlet', () => {
    // The phrase is not a run of the key quote's words ("the worst harvest I have seen"): it is
    // a partial quote of its own, crediting only the outlet that printed it.
    const { quotes } = quotesOf('“This is the worst harvest I have seen in forty years of farming,” said Oskar Lind.', 'Dr Oskar Lind said the harvest was “the worst I have seen in forty years”.');
    expect(quotes.map((q) => [q.text, q.partial ?? false, q.support.map((s) => s.articleId)])).toEqual([
      ['This is the worst harvest I have seen in forty years of farming', false, ['a0']],
      ['the worst I have seen in forty years', true, ['a1']],
    ]);
  });

  it('keeps a quoted phrase that another outlet prints inside a key quote as a fragment, not a second quote', () => {
    const { quotes, fragments } = quotesOf('“The harvest is the worst I have seen in forty years of farming,” said Oskar Lind.', 'Dr Oskar Lind said the harvest was “the worst I have seen in forty years”.');
    expect(quotes.map((q) => q.text)).toEqual(['The harvest is the worst I have seen in forty years of farming']);
    expect(fragments.map((f) => f.text)).toEqual(['the worst I have seen in forty years']);
  });

  it('keeps a fragment apart from a key quote that contains it', () => {
    const { quotes, fragments } = quotesOf('Blinken called it a “two-way street”.', '“It is a two-way street between Moscow and Pyongyang,” said Antony Blinken.');
    expect(quotes).toHaveLength(1);
    expect(fragments.map((f) => f.text)).toEqual(['two-way street']);
  });
});

describe('merging with bounded candidates (issue 16)', () => {
  it('still merges two versions of a quote among hundreds that share common words', async () => {
    const { groupQuotes } = await import('../../src/stages/quotes/merge.ts');
    const raw = (articleId: string, text: string, start: number) => ({ articleId, start, end: start + text.length, text, speaker: null, isKey: true, paragraph: 0 });
    const quotes = Array.from({ length: 600 }, (_, i) => raw(`a${i % 30}`, `The people of the town want answers about item number${i} today`, i * 100));
    quotes.push(raw('x1', 'The harbour wall at Quillmere will be rebuilt before the winter storms', 0));
    quotes.push(raw('x2', 'The harbour wall at Quillmere will be rebuilt before winter storms', 0));
    const order = new Map([...new Set(quotes.map((q) => q.articleId))].map((id, i) => [id, i]));
    const groups = groupQuotes(quotes, order);
    const wall = groups.find((g) => g.members.some((m) => m.articleId === 'x1'))!;
    expect(wall.members.map((m) => m.articleId).sort()).toEqual(['x1', 'x2']);
  });
});
