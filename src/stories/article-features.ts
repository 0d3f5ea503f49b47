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
  const masked = mentions.length > 0 ? blankOut(article.text, mentions) : article.text;
  const terms = new Map<string, number>();
  const count = (text: string, weight: number) => {
    for (const token of contentTokens(text)) {
      if (token.length < 3 || /\d/.test(token)) continue;
      const stemmed = stemOf(token);
      if (NEWS_STOPWORDS.has(token) || NEWS_STOPWORDS.has(stemmed)) continue;
      terms.set(stemmed, (terms.get(stemmed) ?? 0) + weight);
    }
  };
  count(article.title, TITLE_WEIGHT);
  count(masked, 1);
  return { actors, terms, searchStems: searchStemsOf(`${article.title}\n${article.text}`) };
}

/** The text with each span replaced by as many spaces (built from slices, not a character array). */
function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

// Words repeat across a stream of news: each is stemmed once (the memo is emptied when it grows
// large, so a long-running bot's vocabulary does not pile up in it).
const stems = new Map<string, string>();
const MAX_MEMO = 50_000;
function stemOf(token: string): string {
  let stemmed = stems.get(token);
  if (stemmed === undefined) {
    if (stems.size >= MAX_MEMO) stems.clear();
    stemmed = stem(token);
    stems.set(token, stemmed);
  }
  return stemmed;
}

export function searchStemsOf(text: string): Map<string, number> {
  const stems = new Map<string, number>();
  for (const token of contentTokens(text)) {
    const stemmed = stemOf(token);
    stems.set(stemmed, (stems.get(stemmed) ?? 0) + 1);
  }
  return stems;
}
