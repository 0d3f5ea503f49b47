// Broadcast and transcript labels are speaker cues, not text (issue 13, item 2). Invented scripts.

import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse-article.ts';
import { article, quotesOf, speakerLabel } from './helpers.ts';

const SCRIPT = [
  'Harbour Minister Ida Renn met Transport Minister Tom Vell in Quillmere on Friday.',
  '“We discussed the harbour and the situation.”[Sound bite: Harbour Minister Ida Renn]“Today, Mr. Vell and I agreed on a timetable for the repairs.”Renn’s two-day visit ends on Saturday.',
  'MINISTER RENN: Thank you all for coming. We agreed on a timetable for the harbour repairs today.',
  'Q: Will the ferry run next week?',
  'MINISTER VELL: The ferry will run again once the wall is inspected, and not a day before.',
].join('\n\n');

type Row = [rule: string, quote: string, speaker: string];
const ROWS: Row[] = [
  ['a sound-bite label credits the clip after it', 'Today, Mr. Vell and I agreed', 'Ida Renn'],
  ['a transcript label credits its paragraph', 'Thank you all for coming', 'Ida Renn'],
  ['a second labelled speaker', 'The ferry will run again', 'Tom Vell'],
];

describe('transcript and broadcast labels', () => {
  it.each(ROWS)('%s', (_rule, start, speaker) => {
    const { quotes } = quotesOf(SCRIPT);
    const q = quotes.find((x) => x.text.startsWith(start));
    expect(q, JSON.stringify(quotes.map((x) => x.text))).toBeDefined();
    expect(speakerLabel(q!)).toBe(speaker);
    for (const s of q!.support) expect(SCRIPT.slice(s.start, s.end)).toBe(q!.text);
  });

  it('one labelled line is no transcript (a headline kicker)', () => {
    const { quotes } = quotesOf('The harbour story\n\nHARBOUR WATCH: Ferry talks resume on Friday in Quillmere, officials said.');
    expect(quotes).toEqual([]);
  });

  it('an editor’s label is no speaker', () => {
    const { quotes } = quotesOf('CLARIFICATION: The first sentence has been changed to say that the vote was delayed, not cancelled.');
    expect(quotes).toEqual([]);
  });

  it('a questioner’s words are no quote', () => {
    const { quotes } = quotesOf(SCRIPT);
    expect(quotes.some((q) => q.text.includes('Will the ferry run'))).toBe(false);
  });

  it('a quote never runs past its closing mark into the label or the narration', () => {
    const { quotes } = quotesOf(SCRIPT);
    for (const q of quotes) expect(q.text).not.toMatch(/Sound bite|two-day visit|MINISTER/);
  });

  it('sentences end at a closing mark run together with what follows, and the label is no sentence', () => {
    const sentences = analyse([article('a0', SCRIPT)]).articles[0]!.sentences.map((s) => s.text);
    expect(sentences).toContain('“We discussed the harbour and the situation.”');
    expect(sentences).toContain('“Today, Mr. Vell and I agreed on a timetable for the repairs.”');
    expect(sentences).toContain('Renn’s two-day visit ends on Saturday.');
    expect(sentences.some((s) => s.includes('Sound bite'))).toBe(false);
    // The transcript label is not part of the sentence.
    expect(sentences).toContain('Thank you all for coming.');
  });
});
