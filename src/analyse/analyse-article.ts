// Analysis of one cleaned article: paragraphs, sentences with offsets, named mentions.

import type { Article } from '../article.ts';
import type { ParseMode } from './fast-path.ts';
import { createGazetteer, type Gazetteer } from './gazetteer.ts';
import { findMentions } from './mentions.ts';
import { splitParagraphs, splitSentences } from './sentences.ts';
import type { AnalysedArticle, Analysis } from './types.ts';

let defaultGazetteer: Gazetteer | undefined;

export interface AnalyseOptions {
  gazetteer?: Gazetteer;
  /** 'fast' (default) finds sentences without compromise's tagger; 'full' runs the full parse. */
  parse?: ParseMode;
}

export function analyseArticle(article: Article, options: AnalyseOptions = {}): AnalysedArticle {
  defaultGazetteer ??= createGazetteer();
  const gazetteer = options.gazetteer ?? defaultGazetteer;
  const paragraphs = splitParagraphs(article.text);
  const sentences = splitSentences(article.id, article.text, paragraphs, options.parse);
  const mentions = findMentions(article.text, gazetteer);
  return { article, paragraphs, sentences, mentions };
}

export function analyse(articles: Article[], options: AnalyseOptions = {}): Analysis {
  return { articles: articles.map((a) => analyseArticle(a, options)) };
}
