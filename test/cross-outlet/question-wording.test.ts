// Turning a source's clause into a plain question: inversion, do-support, pronouns, capitals.

import { describe, expect, it } from 'vitest';
import { inQuestion, render, resolvePronouns, stripAttribution, yesNo } from '../../src/stages/open-questions/grammar.ts';
import { findOpenQuestions } from '../../src/stages/open-questions/open-questions.ts';
import { analysisOf, article } from './helpers.ts';

const ask = (statement: string) => {
  const q = yesNo(statement);
  return q ? render(q) : undefined;
};

describe('question grammar', () => {
  it('inverts an auxiliary and drops the hedge', () => {
    expect(ask('North Korean weapons have reportedly appeared in use in Gaza')).toBe('Have North Korean weapons appeared in use in Gaza?');
    expect(ask('its weapons were being used by Hamas')).toBe('Were its weapons being used by Hamas?');
  });

  it('adds "did" to a past-tense verb, cutting the clause at its first aside', () => {
    expect(ask('The council approved the budget after a long debate')).toBe('Did the council approve the budget?');
  });

  it('names who a pronoun stands for, once', () => {
    expect(resolvePronouns('it had ignored warnings from its own crews', 'Brightwater Shipping')).toBe('Brightwater Shipping had ignored warnings from its own crews');
    expect(resolvePronouns('its weapons were used', 'North Korea')).toBe('North Korea’s weapons were used');
  });

  it('separates who said it from what was said', () => {
    expect(stripAttribution('South Korea said last week North Korea was in the final stages')).toEqual({
      speaker: 'South Korea',
      rest: 'North Korea was in the final stages',
    });
  });

  it('keeps the capitals of names and lowers those that only opened the sentence', () => {
    const names = new Set(['Varga', 'Meridian']);
    expect(inQuestion('Engineers', names)).toBe('engineers');
    expect(inQuestion('Varga', names)).toBe('Varga');
    expect(inQuestion('The Taxpayers League', names)).toBe('the Taxpayers League');
    expect(inQuestion('Brightwater Shipping', names)).toBe('Brightwater Shipping');
  });
});

describe('questions built from the clause’s own subject and predicate', () => {
  const post = article('post', 'Valley Post', [
    'Talks between the two provinces over the canal ended on Friday without a deal.',
    'According to the Courier, the canal minister is believed to have met the dredging firm’s owner in March.',
    'A summit between the two governors could take place in the autumn if the talks make progress, officials said.',
    'Such a ruling would be the first of its kind in the province.',
  ]);
  const sun = article('sun', 'Evening Sun', [
    'The canal talks broke up on Friday with no agreement between the provinces.',
    'Officials said the two governors might meet in the autumn.',
  ]);
  const questions = findOpenQuestions(analysisOf(post, sun), { max: 6 });
  const asked = questions.map((q) => q.question);

  it('drops a leading "according to" from the question', () => {
    expect(asked.some((q) => /^Has the canal minister met the dredging firm’s owner/.test(q))).toBe(true);
    expect(asked.some((q) => /according/i.test(q))).toBe(false);
  });

  it('asks about a conditional’s consequence in its own words, not "what is reported about"', () => {
    expect(asked.some((q) => /^Could a summit between the two governors take place in the autumn\?/.test(q))).toBe(true);
    expect(asked.some((q) => /what is reported about|^Will such/i.test(q))).toBe(false);
  });
});
