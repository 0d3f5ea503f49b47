// Quoted spans in one paragraph: marks, nesting, apostrophes, unclosed quotes.

import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/stages/quotes/quoted-spans.ts';

type Row = [rule: string, paragraph: string, spans: string[], open?: boolean[]];

const ROWS: Row[] = [
  ['curly double quotes, trailing comma left out', '“We are ready,” he said.', ['We are ready']],
  ['straight double quotes', '"We are ready," he said.', ['We are ready']],
  ['two spans around an attribution', '“A plan,” she said, “and a date.”', ['A plan', 'and a date.']],
  ['nested single quotes stay in the outer quote', '“He said ‘no’ twice,” she said.', ['He said ‘no’ twice']],
  ['apostrophes are not quotes', 'It’s Hamas’ doctrine, the minister’s view.', []],
  ['single quotes as outer marks', '‘We will rebuild,’ said the mayor.', ['We will rebuild']],
  ['a plural possessive inside single quotes', '‘The leaders’ summit failed,’ she said.', ['The leaders’ summit failed']],
  ['straight single quotes', "'It is over,' he said.", ['It is over']],
  ['an unclosed quote runs to the paragraph end', '“The first phase is done. The second starts', ['The first phase is done. The second starts'], [true]],
  ['a reopened mark closes the unclosed one', '“First part. “Second part,” she said.', ['First part.', 'Second part'], [true, false]],
  ['an inch mark is no quote', 'The mayor is 6\'3" tall and weighs 90 kilos.', []],
  ['a straight closing mark with nothing open closes nothing', 'He reviewed [his] systems" including the heart. The only "medical records" he showed were brief.', ['medical records']],
  ['a straight opening mark closed by a curly one', 'She sorted the "work-related” emails from her “personal messages.”', ['work-related', 'personal messages.']],
  ['guillemets', '«Nous sommes prêts», a-t-il dit.', ['Nous sommes prêts']],
  ['an empty pair is ignored', 'He said “” and left.', []],
  ['decades are not quotes', 'Since the ’90s and the \'80s, nothing changed.', []],
  ['single outer marks with double ones nested', '‘We were told it was “cosmetic” and that it would be fixed,’ she said.', ['We were told it was “cosmetic” and that it would be fixed']],
  ['an unclosed single outer mark runs to the paragraph end', '‘We reported it in March. We were told it was “cosmetic”.', ['We reported it in March. We were told it was “cosmetic”.'], [true]],
  ['a paragraph opening with a double mark keeps single ones nested', '“He called it ‘cosmetic’ in March,” she said.', ['He called it ‘cosmetic’ in March']],
];

describe('findQuotedSpans', () => {
  it.each(ROWS)('%s', (_rule, paragraph, expected, open) => {
    const spans = findQuotedSpans(paragraph);
    expect(spans.map((s) => paragraph.slice(s.start, s.end))).toEqual(expected);
    if (open) expect(spans.map((s) => s.open)).toEqual(open);
    for (const s of spans) expect(s.markStart).toBeLessThan(s.start);
  });
});
