// An article's own headline repeated as its first sentence (feeds and saved pages often print it
// above the body). It sums the story up in telegraphic words ("Trump defiant as border crisis
// escalates"): the body says the same in full, so the headline is neither a fact only one outlet
// reports nor a clause to ask a question from.

import type { AnalysedArticle, Sentence } from '../../analyse/types.ts';

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function isHeadline(article: AnalysedArticle, sentence: Sentence): boolean {
  if (sentence.index > 1 || !article.article.title) return false;
  const title = squash(article.article.title);
  const text = squash(sentence.text);
  return title.length > 0 && (text === title || (text.length > 20 && title.startsWith(text)));
}
