// Open questions from invented articles: evidence for one matter gathered across outlets into one
// question, a one-outlet matter marked as such, and wording that says nothing the sources did not.

import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/stages/open-questions/open-questions.ts';
import { comparisonTerms } from '../../src/text/normalize.ts';
import { analysisOf, article, spanText } from './helpers.ts';

const planet = article('planet', 'Daily Planet', [
  'Dockworkers in Port Vell began an indefinite strike on Monday, halting all container traffic at the country’s largest harbour.',
  'The harbour authority reportedly offered the dockworkers a pay rise of 4 percent before the talks collapsed.',
  'The union is preparing to extend the strike to the two northern ports next week.',
  'Mayor Lina Ortiz said the city would open emergency warehouses for food supplies.',
]);
const coast = article('coast', 'Coast Times', [
  'Container traffic stopped at Port Vell on Monday as dockworkers walked out in an indefinite strike.',
  'The harbour authority denied that it had offered the dockworkers any pay rise.',
  'Mayor Lina Ortiz said emergency warehouses would store food for the city.',
]);
const wire = article('wire', 'Evening Wire', [
  'An indefinite strike by dockworkers shut Port Vell on Monday.',
  'If the pay offer is confirmed, the union may put it to a vote, a union official said.',
  'Fuel deliveries to the islands are expected to resume on Thursday.',
]);

// Words a question template may add around the sources' own words.
const TEMPLATE = new Set(comparisonTerms('will did does do is are was were has have had there between involving any and it they be confirmed true right who what about come of'));

describe('open questions across outlets', () => {
  const analysis = analysisOf(planet, coast, wire);
  const questions = findOpenQuestions(analysis);
  const about = (word: string) => questions.find((q) => q.evidence.some((e) => e.text.includes(word)));

  it('asks between two and five questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(5);
  });

  it('gathers a reported offer, its denial and a conditional from three outlets into one question', () => {
    const pay = about('pay rise')!;
    expect(pay).toBeDefined();
    const texts = pay.evidence.map((e) => e.text).join(' | ');
    expect(texts).toContain('reportedly offered');
    expect(texts).toContain('denied that it had offered');
    expect(texts).toContain('If the pay offer is confirmed');
    expect(new Set(pay.evidence.map((e) => e.articleId))).toEqual(new Set(['planet', 'coast', 'wire']));
    expect(pay.singleSource).toBeUndefined();
    expect(pay.kinds).toEqual(expect.arrayContaining(['hedged', 'denied', 'conditional']));
    expect(questions.filter((q) => q.evidence.some((e) => /pay (rise|offer)/.test(e.text)))).toHaveLength(1);
  });

  it('keeps a pending matter of one outlet apart, marked single-source', () => {
    const extension = about('northern ports')!;
    expect(extension).toBeDefined();
    expect(extension).not.toBe(about('pay rise'));
    expect(extension.singleSource).toBe(true);
    expect(extension.question).toMatch(/^Will the union extend the strike to the two northern ports/);
  });

  it('words each question as a question, with a short topic, from the evidence’s own words', () => {
    for (const q of questions) {
      expect(q.question).toMatch(/^[A-Z].*\?$/);
      expect(q.topic.split(/\s+/).length).toBeLessThanOrEqual(6);
      const evidenceWords = new Set(q.evidence.flatMap((e) => comparisonTerms(e.text)));
      const added = comparisonTerms(q.question).filter((t) => !evidenceWords.has(t) && !TEMPLATE.has(t));
      expect(added, q.question).toEqual([]);
    }
  });

  it('quotes its evidence verbatim at the given offsets', () => {
    for (const q of questions) for (const e of q.evidence) expect(spanText(analysis, e)).toBe(e.text);
  });

  it('finds nothing to ask in articles that leave nothing open', () => {
    const plain = analysisOf(
      article('a', 'A', ['The bridge reopened on Monday after repairs.', 'Traffic returned to normal by the evening.']),
      article('b', 'B', ['Repairs to the bridge finished on Monday and it reopened.']),
    );
    expect(findOpenQuestions(plain)).toEqual([]);
  });
});
