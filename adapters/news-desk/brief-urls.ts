// `/brief <url> …`: each link fetched safely, its article extracted, and all of them briefed
// together. A link that fails is named in the briefing's notes; if none works, the user gets
// the reason for each.

import { analyse } from '../../src/analyse/analyse-article.ts';
import type { AnalysedArticle } from '../../src/analyse/types.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import { type BuildOptions, briefingFromAnalysis } from '../../src/build-briefing.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { BriefError, isBriefError } from '../../src/errors.ts';
import { idFromText } from '../../src/ingest/article-id.ts';
import { inProcessParser, type UntrustedParser } from '../ingest/untrusted-parser.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';

export const MAX_URLS = 5;

/**
 * Where a pasted link's page is parsed and its article analysed. The bot gives its worker pool
 * (both are untrusted work that must not block the main thread); the CLI and tests work here.
 */
export interface LinkWork {
  parser: UntrustedParser;
  analyse(articles: Article[]): Promise<AnalysedArticle[]>;
}

/** Parsing and analysis on this thread (the page limits still hold). */
export function inProcessLinkWork(options: Pick<BuildOptions, 'gazetteer'> = {}): LinkWork {
  const analyseOptions = options.gazetteer ? { gazetteer: options.gazetteer } : {};
  return { parser: inProcessParser, analyse: async (articles) => analyse(articles, analyseOptions).articles };
}

export interface FetchedArticles {
  articles: Article[];
  /** One error per link that could not be used; each message names its link. */
  problems: BriefError[];
}

export async function fetchArticles(urls: string[], fetch: SafeFetch, parser: UntrustedParser = inProcessParser): Promise<FetchedArticles> {
  const unique = [...new Set(urls.map((u) => u.trim()).filter(Boolean))];
  if (unique.length === 0) throw new BriefError('BAD_URL', 'no links to brief');
  if (unique.length > MAX_URLS) throw new BriefError('BAD_URL', `I brief up to ${MAX_URLS} links at once; you sent ${unique.length}.`);
  const settled = await Promise.allSettled(unique.map((url) => fetchArticle(url, fetch, parser)));
  const result: FetchedArticles = { articles: [], problems: [] };
  settled.forEach((outcome) => {
    if (outcome.status === 'fulfilled') result.articles.push(outcome.value);
    else if (isBriefError(outcome.reason)) result.problems.push(outcome.reason);
    else throw outcome.reason;
  });
  return result;
}

/** The links' briefing: the pages that worked, a note for each that did not; all refused → why, one line each. */
export async function briefLinks(urls: string[], fetch: SafeFetch, options: BuildOptions = {}, work: LinkWork = inProcessLinkWork(options)): Promise<Briefing> {
  const { articles, problems } = await fetchArticles(urls, fetch, work.parser);
  if (articles.length === 0) {
    if (problems.length === 1) throw problems[0];
    // Several links, all refused: one line each, under the code they share (if they do).
    const code = problems.every((p) => p.code === problems[0]!.code) ? problems[0]!.code : 'NO_ARTICLES';
    throw new BriefError(code, `None of the links could be briefed:\n${problems.map((p) => p.message).join('\n')}`);
  }
  const briefing = briefingFromAnalysis({ articles: await work.analyse(articles) }, options);
  const skipped = problems.map((p) => `skipped: ${p.message}`);
  return skipped.length > 0 ? { ...briefing, notes: [...(briefing.notes ?? []), ...skipped] } : briefing;
}

/** A desk that also briefs pasted links (the defaults' demo desk gets `/brief <url>` this way). */
export function withLinkBriefing(
  desk: NewsDesk,
  fetch: SafeFetch,
  options: () => BuildOptions = () => ({}),
  work?: LinkWork,
): NewsDesk {
  if (desk.briefUrls) return desk;
  return { ...desk, briefUrls: (urls) => briefLinks(urls, fetch, options(), work) };
}

async function fetchArticle(url: string, fetch: SafeFetch, parser: UntrustedParser): Promise<Article> {
  const page = await fetch(url);
  const extension = page.contentType === 'text/plain' ? 'txt' : 'html';
  const fileName = `${idFromText(page.url)}.${extension}`;
  let article: Article;
  try {
    article = await parser.parseDocument({ fileName, content: page.text, meta: { url: page.url } });
  } catch (error) {
    if (!isBriefError(error)) throw error;
    // parseDocument names the made-up file; the user knows the link.
    throw new BriefError(error.code, `${url}: ${error.message.replace(/^[^:]*: /, '')}`);
  }
  if (article.outletFromFileName) {
    const { outletFromFileName: _, ...rest } = article;
    return { ...rest, outlet: new URL(page.url).hostname.replace(/^www\./, '') };
  }
  return article;
}
