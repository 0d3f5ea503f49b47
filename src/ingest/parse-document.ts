// One document (text, Markdown or HTML) plus whatever metadata came with it → an Article, cleaned.

import type { Article } from '../article.ts';
import { cleanArticle } from '../clean/clean-article.ts';
import { BriefError } from '../errors.ts';
import { idFromFileName } from './article-id.ts';
import { type ArticleMetadata, publishedOf } from './metadata.ts';
import { parseHtml } from './parse-html.ts';
import { type ParsedDocument, parseMarkdown } from './parse-markdown.ts';
import { whyNotAnArticle } from './article-shape.ts';
import { checkEnglish } from './language.ts';
import { splitParagraphs, splitSentences } from '../analyse/sentences.ts';
import { shortenAtWord } from '../text/shorten.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html';

export function formatOf(fileName: string, content: string): DocumentFormat {
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(content)) return 'html';
  if (/^---\r?\n/.test(content)) return 'markdown';
  return 'text';
}

export interface DocumentInput {
  fileName: string;
  content: string;
  /** Metadata from outside the document (a folder's sources.json); wins over the document's own. */
  meta?: ArticleMetadata;
}

export function parseDocument({ fileName, content, meta = {} }: DocumentInput): Article {
  const format = formatOf(fileName, content);
  const parsed: ParsedDocument =
    format === 'html'
      ? parseHtml(content, fileName)
      : format === 'markdown'
        ? parseMarkdown(content, fileName)
        : { meta: {}, body: content };
  const merged: ArticleMetadata = { ...parsed.meta, ...meta };
  const id = idFromFileName(fileName);
  const cleaned = cleanArticle({
    id,
    outlet: merged.outlet ?? id,
    title: merged.title ?? '',
    text: parsed.body,
    ...(merged.outlet ? {} : { outletFromFileName: true }),
    ...(merged.url ? { url: merged.url } : {}),
    ...(publishedOf(merged) ? { publishedAt: publishedOf(merged)! } : {}),
    ...(merged.place ? { place: merged.place } : {}),
  });
  if (cleaned.text.trim() === '') throw new BriefError('EMPTY_ARTICLE', `${fileName}: the article is empty`);
  // Before the language check: a page of headlines is not "not English", it is not an article.
  // The text as written too: cleaning joins hard-wrapped lines, and so a list of headlines.
  const page = parsed.page ?? {};
  const notArticle = whyNotAnArticle(cleaned.text, page) ?? whyNotAnArticle(parsed.body, page);
  if (notArticle) throw new BriefError('NO_ARTICLE_IN_PAGE', `${fileName}: ${notArticle}`);
  checkEnglish(cleaned.text, fileName);
  if (!cleaned.title) cleaned.title = firstSentenceTitle(cleaned.text);
  return cleaned;
}

/** Without a title, the first sentence (shortened at a word) stands in. */
function firstSentenceTitle(text: string): string {
  const paragraphs = splitParagraphs(text);
  const first = splitSentences('', text, paragraphs.slice(0, 1))[0]?.text ?? text.slice(0, 100);
  return shortenAtWord(first, 100);
}
