// An article's analysis in the form it is cached and sent between threads: everything the
// analyser found, without the article itself and without what the text gives back for free
// (each sentence's text and article id). The same text under another id or outlet reuses it.

import type { AnalysedArticle, Sentence } from '../../src/analyse/types.ts';
import type { Article } from '../../src/article.ts';

type SentenceSpan = Omit<Sentence, 'articleId' | 'text'>;

export interface AnalysisRecord extends Omit<AnalysedArticle, 'article' | 'sentences'> {
  sentences: SentenceSpan[];
}

export function toAnalysisRecord(analysed: AnalysedArticle): AnalysisRecord {
  const { article: _article, sentences, ...rest } = analysed;
  return { ...rest, sentences: sentences.map(({ articleId: _id, text: _text, ...span }) => span) };
}

export function fromAnalysisRecord(article: Article, record: AnalysisRecord): AnalysedArticle {
  const { sentences, ...rest } = record;
  return {
    ...rest,
    article,
    sentences: sentences.map((span) => ({ ...span, articleId: article.id, text: article.text.slice(span.start, span.end) })),
  } as AnalysedArticle;
}
