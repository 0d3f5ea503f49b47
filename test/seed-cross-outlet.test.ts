// Issue 4's "done when" on the seed corpus: the three expected open questions with their evidence
// (the spy satellite marked as one outlet's), key points covering key_points_expected with none
// repeated, and everything in only_in_000 reported as only in The Globe and Mail.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { COVERS, matchKeyPoints, repeatedPairs, reportedOnlyIn } from '../src/eval/eval-key-points.ts';
import { type ExpectedQuestion, expectedQuestions, matchQuestions } from '../src/eval/eval-open-questions.ts';
import { refersTo } from '../src/eval/text-match.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from './helpers/shared-corpus.ts';

describe.skipIf(!hasSeedCorpus)(`seed corpus across outlets${seedSkipMessage}`, () => {
  const expected = hasSeedCorpus ? JSON.parse(readFileSync(join(seedCorpusDir, 'expected.json'), 'utf8')) : {};
  const { articles } = hasSeedCorpus ? loadPaths([seedCorpusDir]) : { articles: [] };
  const briefing = hasSeedCorpus ? buildBriefing(articles, { generatedAt: '2000-01-01T00:00:00Z' }) : undefined;
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const wanted: ExpectedQuestion[] = hasSeedCorpus ? expectedQuestions(expected) : [];

  it('asks the three expected open questions, each with its own question', () => {
    const found = matchQuestions(briefing!, wanted);
    const missing = wanted.filter((_, i) => !found[i]).map((q) => q.topic);
    expect(missing, `asked: ${briefing!.openQuestions.map((q) => q.topic).join('; ')}`).toEqual([]);
    expect(briefing!.openQuestions.length).toBeGreaterThanOrEqual(2);
    expect(briefing!.openQuestions.length).toBeLessThanOrEqual(5);
  });

  it('gives each its evidence from the articles expected.json names, verbatim', () => {
    const found = matchQuestions(briefing!, wanted);
    wanted.forEach((e, i) => {
      const q = found[i]!;
      for (const ref of e.in ?? []) expect(q.evidence.some((ev) => refersTo(ref, ev.articleId)), `${e.topic} from ${ref}`).toBe(true);
      for (const ev of q.evidence) expect(text.get(ev.articleId)!.slice(ev.start, ev.end)).toBe(ev.text);
    });
  });

  it('marks the spy satellite, and only it, as reported by one outlet', () => {
    const found = matchQuestions(briefing!, wanted);
    wanted.forEach((e, i) => {
      expect(Boolean(found[i]!.singleSource), e.topic).toBe((e.in ?? []).length === 1);
    });
    const satellite = found[wanted.findIndex((e) => /satellite/i.test(e.topic))]!;
    expect(satellite.singleSource).toBe(true);
  });

  it('covers every expected key point, repeating none', () => {
    const matches = matchKeyPoints(expected.key_points_expected, briefing!.keyPoints);
    for (const m of matches) expect(m.coverage, `not covered: ${m.expected}`).toBeGreaterThanOrEqual(COVERS);
    expect(repeatedPairs(briefing!.keyPoints)).toEqual([]);
    expect(briefing!.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(briefing!.keyPoints.length).toBeLessThanOrEqual(6);
  });

  it('credits both outlets for the key points both carry', () => {
    const lede = briefing!.keyPoints[0]!;
    expect(new Set(lede.support.map((s) => s.articleId.slice(0, 3)))).toEqual(new Set(['000', '001']));
  });

  it('reports everything in only_in_000 as only in The Globe and Mail', () => {
    const wantedOnly: string[] = expected.only_in_000;
    expect(reportedOnlyIn(briefing!, '000', wantedOnly)).toEqual(wantedOnly);
    const globe = briefing!.sources.find((s) => s.outlet === 'The Globe and Mail')!;
    expect(briefing!.differences.find((d) => d.articleId === globe.id)!.labels!.length).toBeGreaterThanOrEqual(3);
  });

  it('finds no disagreement where the outlets only spell a detail differently', () => {
    // "two-and-a-half years" and "2 ½ years" say the same.
    expect((briefing!.disagreements ?? []).filter((d) => /year/.test(d.about))).toEqual([]);
  });
});
