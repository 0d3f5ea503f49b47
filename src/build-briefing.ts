// Articles in, Briefing out: analysis, then each stage, then the Briefing contract.

import { analyse } from './analyse/analyse-article.ts';
import type { Gazetteer } from './analyse/gazetteer.ts';
import type { Analysis } from './analyse/types.ts';
import type { Article } from './article.ts';
import type { Briefing, Disagreement, SourceRef } from './briefing.ts';
import { BriefError } from './errors.ts';
import { inBriefingScope } from './stages/briefing-scope.ts';
import { collectActors } from './stages/actors/actors.ts';
import { findDifferences } from './stages/differences/differences.ts';
import { findDisagreements } from './stages/differences/disagreements.ts';
import { selectKeyPoints } from './stages/key-points/key-points.ts';
import { indexSentences } from './stages/near-duplicates.ts';
import { findOpenQuestions } from './stages/open-questions/open-questions.ts';
import { attributeQuotes } from './stages/quotes/quotes.ts';
import { shortenAtWord } from './text/shorten.ts';

export interface BuildOptions {
  /** Fixed for reproducible output (golden files, tests); defaults to now. */
  generatedAt?: string;
  title?: string;
  gazetteer?: Gazetteer;
}

export function buildBriefing(articles: Article[], options: BuildOptions = {}): Briefing {
  if (articles.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
  const analysis = analyse(articles, options.gazetteer ? { gazetteer: options.gazetteer } : {});
  return briefingFromAnalysis(analysis, options);
}

export function briefingFromAnalysis(analysis: Analysis, options: BuildOptions = {}): Briefing {
  // Every stage tokenises the same sentences: within the scope each text is worked out once.
  return inBriefingScope(() => stagesOf(analysis, options));
}

function stagesOf(analysis: Analysis, options: BuildOptions): Briefing {
  const index = indexSentences(analysis);
  const keyPoints = selectKeyPoints(analysis, { index });
  const notes = analysis.articles
    .filter((a) => a.article.outletFromFileName)
    .map((a) => `${a.article.id}: no outlet given; the file name stands in for it`);
  return {
    title: options.title ?? titleOf(analysis),
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    sources: analysis.articles.map(({ article }) => sourceRef(article)),
    keyPoints,
    quotes: attributeQuotes(analysis),
    fragments: attributeQuotes(analysis, { fragments: true }),
    actors: collectActors(analysis),
    openQuestions: findOpenQuestions(analysis, { index }),
    differences: findDifferences(analysis, { index }),
    ...withDisagreements(findDisagreements(analysis, { index })),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function sourceRef(article: Article): SourceRef {
  const { id, outlet, title, url, publishedAt, place } = article;
  return { id, outlet, title, ...(url ? { url } : {}), ...(publishedAt ? { publishedAt } : {}), ...(place ? { place } : {}) };
}

/** The headline: the first article's title, else its lead sentence, shortened at a word. */
function titleOf(analysis: Analysis): string {
  const first = analysis.articles[0]!;
  return shortenAtWord(first.article.title || first.sentences[0]?.text || first.article.id, 120);
}

function withDisagreements(disagreements: Disagreement[]): { disagreements?: Disagreement[] } {
  return disagreements.length > 0 ? { disagreements } : {};
}
