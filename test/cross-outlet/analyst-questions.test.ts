// Open questions an analyst would ask: a matter that cannot be worded as a question of its own is
// dropped (never "Is what is reported about X confirmed?"), each evidence sentence sits under one
// question, and a second clause never asks the same act again.

import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/stages/open-questions/open-questions.ts';
import { isCleanQuestion, isCleanTopic, isRolePhrase } from '../../src/stages/open-questions/quality.ts';
import { analysisOf, article } from './helpers.ts';

const WRAPPER = /what is reported about|what is said about|what will come of|who is right about|is it confirmed that/i;

describe('questions that cannot be worded are dropped', () => {
  // Hedged, but with no subject and predicate to turn into a question: only a wrapper could ask it.
  const sentinel = article('sentinel', 'Vale Sentinel', [
    'The Orvik mill closed its doors on Friday after ninety years.',
    'Reportedly, lots of it.',
    'According to the union, layoffs, maybe.',
  ]);
  const echo = article('echo', 'Vale Echo', ['The Orvik mill shut on Friday after ninety years of work.']);
  const questions = findOpenQuestions(analysisOf(sentinel, echo));

  it('asks no wrapper question about them', () => {
    for (const q of questions) expect(q.question).not.toMatch(WRAPPER);
    expect(questions.some((q) => q.evidence.some((e) => /lots of it|layoffs, maybe/.test(e.text)))).toBe(false);
  });
});

describe('each piece of evidence under one question', () => {
  const tribune = article('tribune', 'Marren Tribune', [
    'Kestrel Mining has reportedly dumped tailings into the Ashford river, and regulators have condemned what they say is the export of ore to Dunmarsh without permits.',
    'Kestrel Mining and Dunmarsh Metals have denied any ore deals.',
    'Kestrel Mining is believed to be preparing to reopen the Ashford pit for a third time after two failed restarts this year.',
    'The regional council said last week Kestrel Mining was in the final stages of preparations for the reopening after apparently getting loans from Dunmarsh Metals.',
  ]);
  const ledger = article('ledger', 'Ashford Ledger', [
    'Kestrel Mining has reportedly dumped tailings into the Ashford river.',
    'Regulators have condemned what they say is the export of ore from Kestrel Mining to Dunmarsh without permits.',
    'Kestrel Mining and Dunmarsh Metals have denied any ore deals, though their chiefs met in September.',
  ]);
  const questions = findOpenQuestions(analysisOf(tribune, ledger));

  it('lists no sentence under two questions', () => {
    const keys = questions.flatMap((q) => q.evidence.map((e) => `${e.articleId}:${e.start}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(questions.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the reopening’s preparations with the reopening, not with the ore deals', () => {
    const reopening = questions.find((q) => q.evidence.some((e) => /third time/.test(e.text)));
    const deals = questions.find((q) => q.evidence.some((e) => /denied any ore deals/.test(e.text)));
    expect(reopening).toBeDefined();
    expect(deals).toBeDefined();
    expect(deals!.evidence.some((e) => /final stages/.test(e.text))).toBe(false);
  });

  it('never asks the same act twice in one question', () => {
    for (const q of questions) {
      const [first, second] = q.question.split(/, and /);
      if (!second) continue;
      const verb = /^(?:will|is|are|did|does|has|have)\s+(?:it|they|\S+)\s+(\w+)/i.exec(second)?.[1];
      if (verb) expect(first!.toLowerCase()).not.toContain(verb.toLowerCase().slice(0, 5));
    }
  });
});

describe('topic and question gates', () => {
  it.each([
    ['North Korea’s third launch attempt', true],
    ['Pay rise', true],
    ['That', false],
    ['As many', false],
    ['Trump administration could fall', false],
    ['Thursday that border patrol agents', false],
    ['Dems move forward', false],
    ['“pointless show vote', false],
    ['Next year', false],
    ['Multiple times', false],
  ])('topic %s clean: %s', (topic, clean) => {
    expect(isCleanTopic(topic)).toBe(clean);
  });

  // A job title names who speaks about an open matter, not the matter.
  it.each([
    ['Orvik Metals’ plant manager', true],
    ['Harbour board spokeswoman', true],
    ['the chief executives', true],
    ['Plant manager’s warning', false],
    ['Executive order', false],
    ['Local officials’ boats', false],
  ])('role phrase %s: %s', (phrase, role) => {
    expect(isRolePhrase(phrase)).toBe(role);
  });

  it.each([
    ['Will the union extend the strike to the two northern ports?', true],
    ['Do the consequences of the trial that opens Tuesday could be considerable?', false],
    ['Had lawyers previously argued that?', false],
    ['Was that offer rejected?', false],
    ['Are there allegations involving (Moore?', false],
    ['Is the mayor gearing up to sign an order that would?', false],
    ['Had the network reported that the action came?', false],
    ['Did in two unsigned opinions Monday?', false],
    ['Did the 17- year- old dedicate his page?', false],
  ])('question %s clean: %s', (question, clean) => {
    expect(isCleanQuestion(question)).toBe(clean);
  });
});
