// The naive baseline the issue compares against: compromise's full parse of each whole article,
// then its people, places, organisations and quotations.

import nlp from 'compromise';
import type { Article } from '../src/article.ts';

export function naiveAnalyse(article: Article): number {
  const doc = nlp(article.text);
  const found = [doc.people(), doc.places(), doc.organizations(), doc.quotations()];
  // Reading each result out makes compromise do the work it defers until asked.
  return found.reduce((n, view) => n + (view.out('array') as string[]).length, 0);
}

/** The one compromise step our analysis keeps, alone: tokenising (sentences and terms), no tagger. */
export function tokeniseOnly(article: Article): number {
  return (nlp.tokenize(article.text).json() as unknown[]).length;
}
