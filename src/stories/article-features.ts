// What a story is recognised by in one article: its named actors (canonical names, from the
// analysis) and its content words (stemmed, outside the actor names, news boilerplate dropped).

import type { AnalysedArticle } from '../analyse/types.ts';
import { contentTokens, stem } from '../text/normalize.ts';
import { NEWS_STOPWORDS } from './news-stopwords.ts';

export interface ArticleFeatures {
  /** Canonical actor name → mentions. */
  actors: Map<string, number>;
  /** Stemmed term → occurrences (title words count double). */
  terms: Map<string, number>;
  /** Stems of every content word of title and text, names included: what a search matches. */
  searchStems: Map<string, number>;
}

const TITLE_WEIGHT = 2;

export function extractFeatures(analysed: AnalysedArticle): ArticleFeatures {
  const { article, mentions } = analysed;
  const actors = new Map<string, number>();
  for (const m of mentions) actors.set(m.canonical, (actors.get(m.canonical) ?? 0) + 1);

  // Names are actors, not terms: blank them out (keeping offsets) before counting words.
  let masked = article.text;
  if (mentions.length > 0) {
    const units = article.text.split('');
    for (const m of mentions) for (let i = m.start; i < m.end; i++) units[i] = ' ';
    masked = units.join('');
  }
  const terms = new Map<string, number>();
  const count = (text: string, weight: number) => {
    for (const token of contentTokens(text)) {
      if (token.length < 3 || /\d/.test(token)) continue;
      const stemmed = stem(token);
      if (NEWS_STOPWORDS.has(token) || NEWS_STOPWORDS.has(stemmed)) continue;
      terms.set(stemmed, (terms.get(stemmed) ?? 0) + weight);
    }
  };
  count(article.title, TITLE_WEIGHT);
  count(masked, 1);
  return { actors, terms, searchStems: searchStemsOf(`${article.title}\n${article.text}`) };
}

export function searchStemsOf(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  for (const token of contentTokens(text)) {
    const stemmed = stem(token);
    stems.set(stemmed, (stems.get(stemmed) ?? 0) + 1);
  }
  return stems;
}
