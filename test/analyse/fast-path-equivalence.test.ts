// The fast path (compromise's sentence splitter without its tagger) must change nothing a reader
// sees: the same sentences, hence the same quotes, speakers, actors and open questions as the
// full parse, on the seed corpus, the bundled demo and story corpora, and awkward paragraphs.

import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { demoCorpusDir, repoRoot } from '../../adapters/files/repo-paths.ts';
import { analyse, analyseArticle } from '../../src/analyse/analyse-article.ts';
import { parsedSentenceOffsets, scannedSentenceOffsets } from '../../src/analyse/fast-path.ts';
import { splitParagraphs } from '../../src/analyse/sentences.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import { briefingFromAnalysis } from '../../src/build-briefing.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from '../helpers/shared-corpus.ts';

const GENERATED_AT = '2026-01-01T00:00:00.000Z';

function briefingsBothWays(articles: Article[]): { fast: Briefing; full: Briefing } {
  return {
    fast: briefingFromAnalysis(analyse(articles, { parse: 'fast' }), { generatedAt: GENERATED_AT }),
    full: briefingFromAnalysis(analyse(articles, { parse: 'full' }), { generatedAt: GENERATED_AT }),
  };
}

const quoteLines = (b: Briefing) => [...b.quotes, ...(b.fragments ?? [])].map((q) => ({ text: q.text, speaker: q.speaker, unnamed: q.unnamedSpeaker, support: q.support }));

function expectSameBriefing(articles: Article[]): void {
  for (const article of articles) {
    expect(analyseArticle(article, { parse: 'fast' }), article.id).toEqual(analyseArticle(article, { parse: 'full' }));
  }
  const { fast, full } = briefingsBothWays(articles);
  expect(quoteLines(fast)).toEqual(quoteLines(full));
  expect(fast.actors).toEqual(full.actors);
  expect(fast.openQuestions).toEqual(full.openQuestions);
  expect(fast).toEqual(full);
}

describe.skipIf(!hasSeedCorpus)(`fast path = full parse on the seed corpus${seedSkipMessage}`, () => {
  it('gives the same sentences, quotes, speakers, actors and open questions', () => {
    const { articles } = loadPaths([seedCorpusDir]);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    const { fast } = briefingsBothWays(articles);
    // Guard against comparing two empty briefings.
    expect(fast.quotes.length).toBeGreaterThan(0);
    expect(fast.openQuestions.length).toBeGreaterThan(0);
    expectSameBriefing(articles);
  });
});

describe('fast path = full parse on the bundled corpora', () => {
  it('the demo corpus', () => {
    const { articles } = loadPaths([demoCorpusDir]);
    expect(briefingsBothWays(articles).fast.quotes.length).toBeGreaterThan(0);
    expectSameBriefing(articles);
  });

  it('every story of corpus/stories, briefed together', () => {
    const { articles } = loadPaths([`${repoRoot}/corpus/stories`]);
    expect(articles.length).toBeGreaterThan(3);
    expectSameBriefing(articles);
  });
});

describe('sentence offsets without the tagger', () => {
  const awkward = [
    'U.S. Secretary of State Antony Blinken arrived in Seoul on Nov. 8. He met Mr. Yoon at 3 p.m. on Thursday.',
    '“We will not back down,” she said. “Not now.” Then she left.',
    'He asked: “Is it over?” Nobody answered… The vote is at 5.30pm.',
    '(Reporting by Jane Doe; Editing by John Roe.) The story continues here.',
    '— A dash opens this one. * A bullet opens this. 1. A numbered point. 2. Another.',
    'The ratio fell to 3.5 per cent in Q3. Dr. Kim of St. Mary’s Hospital disagreed!',
    '"Straight quotes," he said. \'Single ones,\' she replied. «Guillemets» too.',
    'Prices rose 10%... Then fell?! Analysts (who asked not to be named.) were unsure.',
    'Seoul – The talks ended.  Two spaces follow. \tA tab too.',
    'no capital letter starts this. e.g. an abbreviation i.e. another one. etc. The end',
  ];

  it.each(awkward)('%s', (paragraph) => {
    expect(scannedSentenceOffsets(paragraph)).toEqual(parsedSentenceOffsets(paragraph));
  });

  it('every paragraph of the bundled corpora', () => {
    const { articles } = loadPaths([demoCorpusDir, `${repoRoot}/corpus/stories`, ...(hasSeedCorpus ? [seedCorpusDir] : [])]);
    let paragraphs = 0;
    for (const article of articles) {
      for (const p of splitParagraphs(article.text)) {
        const body = article.text.slice(p.start, p.end);
        expect(scannedSentenceOffsets(body), body).toEqual(parsedSentenceOffsets(body));
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(hasSeedCorpus ? 100 : 80);
  });
});
