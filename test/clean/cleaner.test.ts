import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/clean-article.ts';
import { extractDateline } from '../../src/clean/dateline.ts';
import { isFurnitureLine } from '../../src/clean/furniture.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from '../helpers/shared-corpus.ts';

describe('furniture lines', () => {
  it.each([
    ['Skip to main content', true],
    ['Open this photo in gallery:', true],
    ['U.S. Secretary of State Antony Blinken speaks during a joint news conference in Seoul, South Korea, on Nov. 9.Pool/Getty Images', true],
    ['Protesters gather outside the embassy on Tuesday. Lio Marten/AP', true],
    ['Follow related authors and topics', true],
    ['Authors and topics you follow will be added to your personal news feed in Following.', true],
    ['Interact with The Globe', true],
    ['Subscribe to our newsletter for the morning briefing', true],
    ['Already a subscriber? Log in', true],
    ['Advertisement', true],
    ['Photo: Reuters', true],
    ['(Reporting by Lena Varro and Tomas Quill; Editing by Ada Brenn)', true],
    ['Additional reporting by Ola Fenn in Oslo', true],
    ['Reporting by the ministry was delayed by two weeks, officials said.', false],
    // Body text, including text that mentions photos or ends a sentence with a name, stays.
    ['Blinken said the photos of the launch site were taken on Nov. 2.', false],
    ['“We will follow the talks closely,” Park said.', false],
    ['The union said it would subscribe to the agreement if pay rose.', false],
    ['Ferry services between the islands were suspended on Thursday.', false],
  ])('%s → furniture: %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });
});

describe('datelines', () => {
  it.each([
    ['SEOUL - US Secretary of State Antony Blinken said', 'Seoul', 'US Secretary of State Antony Blinken said'],
    ['SEOUL (Reuters) - Blinken said', 'Seoul', 'Blinken said'],
    ['PORT ELLIS – The ministry said', 'Port Ellis', 'The ministry said'],
    ['WASHINGTON, Nov 9 (AP) — The talks', 'Washington', 'The talks'],
    ['PORT ELLIS, Norland (Wirepress) — The ferry sank', 'Port Ellis', 'The ferry sank'],
    ['KESTREL BAY, New Hollin, Oct 2 (AP) — Rescuers said', 'Kestrel Bay', 'Rescuers said'],
    ['TARN, Westmark - The vote', 'Tarn', 'The vote'],
    ['US - style rules are', undefined, 'US - style rules are'],
    ['BREAKING - The minister resigned', undefined, 'BREAKING - The minister resigned'],
    ['Seoul is the capital.', undefined, 'Seoul is the capital.'],
    ['MARLOW (Wirepress) -Officials in Marlow said', 'Marlow', 'Officials in Marlow said'],
    ['QUILLMERE ― Mayor Ida Renn said', 'Quillmere', 'Mayor Ida Renn said'],
    ['FENWICK BAY, Sept. 28 (Wirepress) — In a clip', 'Fenwick Bay', 'In a clip'],
    ['U.S.-led talks resumed', undefined, 'U.S.-led talks resumed'],
    ['Ferry row deepens\n\nQUILLMERE - The council said', 'Quillmere', 'Ferry row deepens\n\nThe council said'],
    ['A first paragraph that is a whole sentence of body text and runs on for a long while, far longer than any headline would, and then on again past a second clause that no sub-editor would allow, before it ends here.\n\nQUILLMERE - The council said', undefined, 'A first paragraph that is a whole sentence of body text and runs on for a long while, far longer than any headline would, and then on again past a second clause that no sub-editor would allow, before it ends here.\n\nQUILLMERE - The council said'],
  ])('%s', (input, place, text) => {
    const result = extractDateline(input);
    expect(result.place).toBe(place);
    expect(result.text).toBe(text);
  });
});

describe('cleaning keeps paragraphs', () => {
  it('joins wrapped lines, keeps blank-line paragraphs, drops furniture between them', () => {
    const { text } = cleanText('First line\nwraps here.\n\nSkip to main content\n\nSecond “quote.”\n\n\nThird.');
    expect(text).toBe('First line wraps here.\n\nSecond “quote.”\n\nThird.');
  });

  it('takes each line of an unwrapped block (lines past hard-wrap length) as a paragraph', () => {
    const long = '“The ferry will run again next week, once the harbour wall has been inspected and the council has signed off,” said Ida Renn.';
    const { text } = cleanText(`${long}\n“It is late,” said Tom Vell.`);
    expect(text).toBe(`${long}\n\n“It is late,” said Tom Vell.`);
  });
});

describe.skipIf(!hasSeedCorpus)(`the seed Globe page${seedSkipMessage}`, () => {
  const file = join(seedCorpusDir, '000_059e43c031d07f25.txt');
  const raw = hasSeedCorpus ? readFileSync(file, 'utf8') : '';
  const furniture = [
    'Skip to main content',
    'Open this photo in gallery',
    'Pool/Getty Images',
    'Follow related authors and topics',
    'Authors and topics you follow will be added',
    'Interact with The Globe',
  ];

  it('removes every furniture line', () => {
    const { text } = cleanText(raw);
    for (const line of furniture) expect(text).not.toContain(line);
  });

  it('loses no body sentence', () => {
    const { text } = cleanText(raw);
    const body = raw
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !furniture.some((f) => p.includes(f)));
    expect(body.length).toBeGreaterThan(20);
    for (const paragraph of body) expect(text).toContain(paragraph);
  });
});
