import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import type { Article } from '../../src/article.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';

const tricky: Article = {
  id: 'tricky',
  outlet: 'Test',
  title: 'Tricky',
  text: [
    '“We are ready,” the U.S. envoy said. “Talks resume on Jan. 5 at 10 a.m.”',
    'Mr. Lee, 52, said: "It\'s fine." Then he left… Nobody followed.',
    '(Officials declined to comment.) The vote is due Friday!',
  ].join('\n\n'),
};

function articles(): Article[] {
  const all = [tricky, ...loadPaths([demoCorpusDir]).articles];
  if (hasSeedCorpus) all.push(...loadPaths([seedCorpusDir]).articles);
  return all;
}

describe('sentence offsets', () => {
  it.each(articles().map((a) => [a.id, a] as const))('%s: the text at every sentence offset is the sentence', (_id, article) => {
    const { sentences, paragraphs } = analyseArticle(article);
    expect(sentences.length).toBeGreaterThan(2);
    for (const s of sentences) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      const p = paragraphs[s.paragraph]!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
  });

  it('keeps quote marks with their sentence and never spans paragraphs', () => {
    const { sentences } = analyseArticle(tricky);
    expect(sentences[0]!.text).toBe('“We are ready,” the U.S. envoy said.');
    expect(sentences[1]!.text).toBe('“Talks resume on Jan. 5 at 10 a.m.”');
    expect(sentences.every((s) => !s.text.includes('\n'))).toBe(true);
  });

  it('every mention offset holds its surface text', () => {
    for (const article of articles()) {
      for (const m of analyseArticle(article).mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
