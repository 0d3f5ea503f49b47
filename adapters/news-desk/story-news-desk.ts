// The NewsDesk over grouped stories: top stories for `/brief`, the best match for
// `/brief <words>`, a briefing per story, pasted links, and the sources' health.
// A story's briefing is built from its articles' cached analyses (each text is analysed once, at
// ingest), with the articles read from the store when the book keeps no texts.

import type { Gazetteer } from '../../src/analyse/gazetteer.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import { digestLead } from '../../src/digest.ts';
import { MAX_BRIEFED_ARTICLES, representativeArticles } from '../../src/stories/representative-articles.ts';
import type { NewsDesk, SourcesReading } from '../../src/commands/news-desk.ts';
import type { DigestStory } from '../../src/digest.ts';
import { BriefError, isBriefError } from '../../src/errors.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';
import type { Story } from '../../src/stories/types.ts';
import { createLruAnalysisCache } from '../ingest/analysis-cache.ts';
import { type CachedAnalyser, createCachedAnalyser } from '../ingest/cached-analyser.ts';
import { inProcessParser, type UntrustedParser } from '../ingest/untrusted-parser.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { briefLinks } from './brief-urls.ts';
import { type Briefer, inProcessBriefer } from './pool-briefer.ts';
import { createBriefingCache } from './briefing-cache.ts';
import type { ArticleAndStoryStore } from './story-ingest.ts';

export interface StoryNewsDeskOptions {
  book: StoryBook;
  /**
   * For stories older than the book holds, and for the texts of its articles when the book keeps
   * none (`keepTexts: false`).
   */
  store?: Pick<ArticleAndStoryStore, 'getStory' | 'storyArticles' | 'getArticle'>;
  /** Where analyses come from; default: analysed here, kept in a small in-memory cache. */
  analyser?: CachedAnalyser;
  fetch?: SafeFetch;
  /** Where pasted links' pages are parsed (the worker pool in the bot); default: this thread. */
  parser?: UntrustedParser;
  /** Where briefings are built from their analyses (the worker pool in the bot); default: this thread. */
  briefer?: Briefer;
  gazetteer?: Gazetteer;
  sourceStatus?: () => string[];
  /** Sources not read yet since the start, of all (see NewsDesk.reading). */
  reading?: () => SourcesReading;
  now?: () => Date;
  /** A story of more articles is briefed from this many of its most representative (default 120). */
  maxBriefedArticles?: number;
  /**
   * Time a briefing should take (default 1 s): a story is briefed from as many of its most
   * representative articles as the desk's recent builds say fit (never fewer than 10).
   */
  briefingBudgetMs?: number;
}

const BRIEFING_BUDGET_MS = 1_000;
/** A story is never briefed from fewer articles than this for the budget's sake. */
const MIN_BRIEFED_ARTICLES = 10;
/** The cost per article assumed before any build was timed (the stages on varied 5 KB news). */
const FIRST_GUESS_MS_PER_ARTICLE = 25;

/** The briefing says when it was built from part of its story. */
function withSubset(briefing: Briefing, total: number): Briefing {
  return briefing.sources.length < total ? { ...briefing, subset: { briefed: briefing.sources.length, total } } : briefing;
}

/** Briefings kept for stories asked about again (digest leads, repeated topics). */
const MAX_CACHED_BRIEFINGS = 100;
/** Digest leads kept: one short string per story, so many more than briefings. */
const MAX_CACHED_LEADS = 2_000;

/** A story's version: articles only join a story, so their count and the last one name it. */
const versionOf = (articleIds: readonly string[]) => `${articleIds.length}:${articleIds[articleIds.length - 1] ?? ''}`;

export interface StoryNewsDesk extends NewsDesk {
  /**
   * Builds the briefings of the top stories ahead of the requests (the news room calls it after
   * each ingest and after restoring), one story at a time, yielding to the event loop in between,
   * so that a `/brief` digest (whose leads are the briefings' first key points) and a `/brief
   * <topic>` naming a top story are answered from the cache. Returns how many briefings it built.
   */
  prepareTopStories(limit: number): Promise<number>;
}

export function createStoryNewsDesk(options: StoryNewsDeskOptions): StoryNewsDesk {
  const { book, store } = options;
  const now = options.now ?? (() => new Date());
  const gazetteer = options.gazetteer ? { gazetteer: options.gazetteer } : {};
  const analyser = options.analyser ?? createCachedAnalyser({ cache: createLruAnalysisCache(500), ...gazetteer });
  const maxBriefed = options.maxBriefedArticles ?? MAX_BRIEFED_ARTICLES;
  const budgetMs = options.briefingBudgetMs ?? BRIEFING_BUDGET_MS;
  const briefer = options.briefer ?? inProcessBriefer;
  // What a briefed article has cost lately (a moving average over builds of 3 articles or more).
  let msPerArticle = FIRST_GUESS_MS_PER_ARTICLE;
  const briefedLimit = () => Math.min(maxBriefed, Math.max(MIN_BRIEFED_ARTICLES, Math.floor(budgetMs / msPerArticle)));
  // A story's briefing (and its digest lead) is rebuilt only when articles have joined it, and
  // requests arriving while it is built share that build.
  const briefings = createBriefingCache<Briefing>(MAX_CACHED_BRIEFINGS);
  const leads = createBriefingCache<string | undefined>(MAX_CACHED_LEADS);

  /** The articles a story is briefed from (all, or its most representative), with their texts. */
  async function textsOf(storyId: string, held: Article[]): Promise<Article[]> {
    const chosen = representativeArticles(held, briefedLimit());
    if (!store || chosen.every((a) => a.text.length > 0)) return chosen;
    return Promise.all(
      chosen.map(async (a) => {
        if (a.text.length > 0) return a;
        const stored = await store.getArticle(a.id);
        if (!stored) throw new BriefError('UNKNOWN_STORY', `The article ${a.id} of story ${storyId} is no longer stored.`);
        return stored.article;
      }),
    );
  }

  async function analysed(storyId: string, held: Article[]) {
    const read = await textsOf(storyId, held);
    if (read.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
    return { articles: await analyser.analyse(read) };
  }

  function briefingOf(storyId: string, label: string, version: string, held: () => Article[] | Promise<Article[]>): Promise<Briefing> {
    return briefings.get(storyId, version, async () => {
      const all = await held();
      const analysis = await analysed(storyId, all);
      const started = performance.now();
      const briefing = await briefer(analysis, { title: label, generatedAt: now().toISOString() });
      const n = analysis.articles.length;
      if (n >= 3) msPerArticle = 0.7 * msPerArticle + (0.3 * (performance.now() - started)) / n;
      return withSubset(briefing, all.length);
    });
  }

  const briefingOfStory = (story: Story) => briefingOf(story.id, story.label, versionOf(story.articleIds), () => book.articles(story.id));

  /** A digest's lead: the briefing's first key point, without building the rest of the briefing. */
  async function leadOf(story: Story): Promise<string | undefined> {
    const version = versionOf(story.articleIds);
    try {
      return await leads.get(story.id, version, async () => {
        const built = briefings.peek(story.id, version);
        if (built) return built.keyPoints[0]?.text;
        return digestLead(await analysed(story.id, book.articles(story.id)));
      });
    } catch (error) {
      if (isBriefError(error)) return undefined;
      throw error;
    }
  }

  async function digestOf(story: Story, withLead: boolean): Promise<DigestStory> {
    const lead = withLead ? await leadOf(story) : undefined;
    return {
      id: story.id,
      label: story.label,
      outlets: story.outlets,
      articleCount: story.articleIds.length,
      ...(lead ? { lead } : {}),
      updatedAt: story.lastSeenAt,
    };
  }

  const desk: StoryNewsDesk = {
    async prepareTopStories(limit) {
      const before = briefings.builds;
      for (const story of book.top(limit, now())) {
        await new Promise((resolve) => setImmediate(resolve));
        // The whole briefing, not only the lead: a reader of the digest asks for its stories next
        // (`/brief <topic>`), and a cold briefing costs up to the budget (1 s) while a digest lead
        // costs a tenth of it. The lead is then read off the briefing.
        try {
          await briefingOfStory(story);
        } catch (error) {
          if (!isBriefError(error)) throw error;
        }
        await leadOf(story);
      }
      return briefings.builds - before;
    },
    async topStories(limit) {
      return Promise.all(book.top(limit, now()).map((story) => digestOf(story, true)));
    },
    async findStory(words) {
      const match = book.find(words);
      return {
        ...(match.story ? { story: await digestOf(match.story, false) } : {}),
        candidates: await Promise.all(match.candidates.map((s) => digestOf(s, false))),
      };
    },
    async briefStory(storyId) {
      const story = book.story(storyId);
      if (story) return briefingOfStory(story);
      const stored = await store?.getStory(storyId);
      if (!stored || stored.articleIds.length === 0) throw new BriefError('UNKNOWN_STORY', `I don't know a story with the id ${storyId}.`);
      return briefingOf(storyId, stored.label, versionOf(stored.articleIds), () => store!.storyArticles(storyId));
    },
    async sourceStatus() {
      const lines = options.sourceStatus?.() ?? [];
      return lines.length > 0 ? lines : ['No feeds or folders are configured (sources in briefbot.yaml).'];
    },
    async counts() {
      // The stories the book holds: restored at start, or grown since.
      const stories = book.stories();
      return { stories: stories.length, articles: stories.reduce((sum, s) => sum + s.articleIds.length, 0) };
    },
  };
  if (options.reading) desk.reading = options.reading;
  if (options.fetch) {
    const fetch = options.fetch;
    // Pasted links' pages are parsed and analysed where the stories' are: in the pool, when there is one.
    const work = { parser: options.parser ?? inProcessParser, analyse: (articles: Article[]) => analyser.analyse(articles) };
    desk.briefUrls = (urls) => briefLinks(urls, fetch, { ...gazetteer, generatedAt: now().toISOString() }, work);
  }
  return desk;
}
