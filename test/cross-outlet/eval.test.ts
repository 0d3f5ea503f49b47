// The evaluation's own parts: ROUGE against hand-counted values, the two baselines, and the
// coverage checks of key points and open questions against an expected.json.

import { describe, expect, it } from 'vitest';
import type { Briefing, OpenQuestion } from '../../src/briefing.ts';
import { lead3, textRank } from '../../src/eval/baselines.ts';
import { coverage, matchKeyPoints, onlyInLists, repeatedPairs, reportedOnlyIn } from '../../src/eval/eval-key-points.ts';
import { matchQuestions } from '../../src/eval/eval-open-questions.ts';
import { isReferenceArticle, referenceOf } from '../../src/eval/eval-rouge.ts';
import { rougeN } from '../../src/eval/rouge.ts';
import { analysisOf, article } from './helpers.ts';

describe('ROUGE', () => {
  it('counts clipped unigram and bigram overlap', () => {
    const r1 = rougeN('the cat sat on the mat', 'the cat is on the mat', 1);
    expect(r1.overlap).toBe(5);
    expect(r1.precision).toBeCloseTo(5 / 6);
    expect(r1.recall).toBeCloseTo(5 / 6);
    const r2 = rougeN('the cat sat on the mat', 'the cat is on the mat', 2);
    expect(r2.overlap).toBe(3);
    expect(r2.f1).toBeCloseTo(3 / 5);
  });

  it('clips repeated words to the reference count and ignores spelling variants', () => {
    expect(rougeN('the the the', 'the cat', 1).overlap).toBe(1);
    expect(rougeN('U.S. defence co-operation', 'US defense cooperation', 1).recall).toBe(1);
  });

  it('does not join n-grams across separate sentences', () => {
    expect(rougeN(['cat sat', 'on mat'], 'sat on', 2).overlap).toBe(0);
    expect(rougeN('cat sat on mat', 'sat on', 2).overlap).toBe(1);
  });
});

describe('baselines', () => {
  const analysis = analysisOf(
    article('a', 'A', ['One sentence here.', 'Two sentences here.', 'Three sentences here.', 'Four sentences here.']),
    article('b', 'B', ['Another outlet writes sentences here too.']),
  );

  it('Lead-3 is the first three sentences of the first article', () => {
    expect(lead3(analysis)).toEqual(['One sentence here.', 'Two sentences here.', 'Three sentences here.']);
  });

  it('TextRank gives the asked number of sentences, in article order', () => {
    const picked = textRank(analysis, 2);
    expect(picked).toHaveLength(2);
    const all = analysis.articles.flatMap((a) => a.sentences.map((s) => s.text));
    expect(picked.map((p) => all.indexOf(p))).toEqual([...picked.map((p) => all.indexOf(p))].sort((x, y) => x - y));
  });
});

const kp = (text: string) => ({ text, support: [{ articleId: 'a', start: 0, end: text.length }] });

describe('key-point checks', () => {
  it('counts an expected point covered when a key point carries most of its words', () => {
    expect(coverage('North Korea and Russia deny any arms deals', 'North Korea and Russia have denied any arms deals though…')).toBeGreaterThanOrEqual(0.5);
    const [m] = matchKeyPoints(['China has a constructive role'], [kp('The ferry sank.'), kp('Park said China had a constructive role to play.')]);
    expect(m!.best!.text).toContain('China');
  });

  it('finds key points that repeat each other', () => {
    expect(repeatedPairs([kp('The dam overflowed and the town was evacuated.'), kp('The town was evacuated as the dam overflowed.'), kp('Rail lines closed.')])).toEqual([[0, 1]]);
  });

  it('reads only_in lists and checks them against what the briefing reports as only there', () => {
    const lists = onlyInLists({ only_in_000: ['G7', 'protesters'], other: 1 });
    expect(lists.get('000')).toEqual(['G7', 'protesters']);
    const briefing = { differences: [{ articleId: '000_x', onlyHere: [{ text: 'The G7 met.', start: 0, end: 11 }], labels: ['G7'] }] } as unknown as Briefing;
    expect(reportedOnlyIn(briefing, '000', ['G7', 'protesters'])).toEqual(['G7']);
  });
});

describe('open-question checks', () => {
  const q = (topic: string, question: string, evidence: string[]): OpenQuestion => ({
    topic,
    question,
    evidence: evidence.map((text) => ({ articleId: '000', text, start: 0, end: text.length })),
  });

  it('pairs each expected question with a different question mentioning what it must', () => {
    const briefing = {
      openQuestions: [q('Spy satellite', 'Will it launch?', ['a third launch attempt']), q('Arms deals', 'Are there arms deals?', ['Russia denied any arms deals'])],
    } as unknown as Briefing;
    const found = matchQuestions(briefing, [
      { topic: 'arms', must_mention_all: ['Russia'], must_mention_any: ['denied'] },
      { topic: 'satellite', must_mention_all: ['satellite'], must_mention_any: ['third'] },
      { topic: 'Hamas', must_mention_all: ['Hamas'] },
    ]);
    expect(found.map((f) => f?.topic)).toEqual(['Arms deals', 'Spy satellite', undefined]);
  });
});

describe('reference summaries', () => {
  it('prefers reference.md, then reference_summary, then the expected key points', () => {
    expect(referenceOf({}, '- First point\n- Second point')!.lines).toEqual(['First point', 'Second point']);
    expect(referenceOf({ reference_summary: 'A summary.' })!.from).toBe('reference_summary');
    expect(referenceOf({ key_points_expected: ['a'] })!.from).toBe('key_points_expected');
    expect(referenceOf({})).toBeUndefined();
  });

  it('knows a reference file from an article', () => {
    expect(isReferenceArticle(article('reference', 'reference', ['x']))).toBe(true);
    expect(isReferenceArticle(article('000_abc', 'Globe', ['x']))).toBe(false);
  });
});
