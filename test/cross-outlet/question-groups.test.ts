// Grouping open matters: two outlets telling one matter in different words (a warning light ignored,
// a valve disabled) make one question; two matters that only share a paragraph stay apart; the
// single-source mark counts only evidence about the question's own matter.

import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/stages/open-questions/open-questions.ts';
import { analysisOf, article } from './helpers.ts';

const gazette = article('gazette', 'Redmoor Gazette', [
  'Fire crews contained a blaze at the Redmoor paper mill on Friday after a boiler exploded, injuring six workers.',
  'Two employees told a local newspaper that a warning light had flashed on the boiler panel hours earlier and had reportedly been ignored by supervisors. Castel Paper, which owns the mill, denied that any warning had been ignored.',
  'Tests on the air around the mill are due on Monday. Regional governor Ilse Marten is expected to tour the site on Tuesday, her office said.',
]);
const wire = article('wire', 'Northline Wire', [
  'A boiler explosion at the Redmoor paper mill injured six workers on Friday.',
  'A union at the mill says a pressure valve on the boiler was disabled in May after repeated false alarms. It had allegedly stayed switched off since then, although managers were told it was needed.',
  'Castel Paper’s plant manager, Oren Vasko, denied that any valve had been disabled.',
  'The air quality results are expected on Monday.',
]);

describe('grouping open matters', () => {
  const analysis = analysisOf(gazette, wire);
  const questions = findOpenQuestions(analysis, { max: 6 });
  const holding = (text: string) => questions.filter((q) => q.evidence.some((e) => e.text.includes(text)));

  it('joins a warning ignored and a valve disabled, told by two outlets, into one question', () => {
    const [light] = holding('warning light');
    expect(light).toBeDefined();
    expect(light!.evidence.some((e) => e.text.includes('pressure valve') || e.text.includes('allegedly'))).toBe(true);
    expect(light!.singleSource).toBeUndefined();
  });

  it('keeps the air tests apart from the governor’s visit in the same paragraph', () => {
    const tests = holding('Tests on the air');
    const visit = holding('tour the site');
    for (const q of tests) expect(visit).not.toContain(q);
  });

  it('gathers the air tests of both outlets, not marked single-source', () => {
    const [tests] = holding('Tests on the air');
    expect(tests).toBeDefined();
    expect(tests!.evidence.some((e) => e.text.includes('air quality results'))).toBe(true);
    expect(tests!.singleSource).toBeUndefined();
  });
});

describe('an organisation that denies two things', () => {
  // "Lindqvist Foods" denies a recall and, through its plant director, a leak: its name says who
  // denies, so it neither ties the two matters together nor becomes the topic ("Lindqvist Foods’
  // plant director").
  const courier = article('courier', 'Fenwick Courier', [
    'Inspectors visited the Lindqvist Foods cannery in Fenwick on Wednesday.',
    'A batch of tinned soup was reportedly recalled from shops in three towns. Lindqvist Foods denied that any soup had been recalled.',
    'Residents say ammonia allegedly leaked from a cooling pipe into the canal overnight. Lindqvist Foods’ plant director, Maren Holt, denied that any ammonia had leaked.',
  ]);
  const post = article('post', 'Fenwick Post', ['Inspectors spent Wednesday at the Fenwick cannery, which employs four hundred people.']);
  const questions = findOpenQuestions(analysisOf(courier, post), { max: 6 });
  const holding = (text: string) => questions.filter((q) => q.evidence.some((e) => e.text.includes(text)));

  it('keeps the recall and the leak apart, each with its denial', () => {
    const [recall] = holding('tinned soup');
    const [leak] = holding('cooling pipe');
    expect(recall).toBeDefined();
    expect(leak).toBeDefined();
    expect(recall!.evidence.some((e) => e.text.includes('ammonia'))).toBe(false);
    expect(leak!.evidence.some((e) => e.text.includes('plant director'))).toBe(true);
  });

  it('names no job title as a topic', () => {
    for (const q of questions) expect(q.topic).not.toMatch(/director|Lindqvist Foods’/);
  });
});
