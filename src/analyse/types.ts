// What analysis produces for each article; every stage reads only this.

import type { Article } from '../article.ts';
import type { ActorKind } from '../briefing.ts';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  articleId: string;
  /** Position in the article, from 0. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** Equal to `article.text.slice(start, end)`. */
  text: string;
}

export type Gender = 'male' | 'female';

export interface Mention {
  /** The surface text, verbatim at [start, end). */
  text: string;
  start: number;
  end: number;
  kind: ActorKind;
  /** The name this mention is resolved to ("Blinken" → "Antony Blinken"). */
  canonical: string;
  role?: string;
  gender?: Gender;
}

export interface AnalysedArticle {
  article: Article;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
}

export interface Analysis {
  articles: AnalysedArticle[];
}
