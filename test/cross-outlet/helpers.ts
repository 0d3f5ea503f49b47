// Invented articles for the cross-outlet tests: one outlet per article, paragraphs as given.

import { analyse } from '../../src/analyse/analyse-article.ts';
import type { Analysis } from '../../src/analyse/types.ts';
import type { Article } from '../../src/article.ts';

export function article(id: string, outlet: string, paragraphs: string[]): Article {
  return { id, outlet, title: paragraphs[0]!.slice(0, 60), text: paragraphs.join('\n\n') };
}

export function analysisOf(...articles: Article[]): Analysis {
  return analyse(articles);
}

/** The text a span points at, for checking that evidence is verbatim. */
export function spanText(analysis: Analysis, span: { articleId: string; start: number; end: number }): string {
  const a = analysis.articles.find((x) => x.article.id === span.articleId)!;
  return a.article.text.slice(span.start, span.end);
}
