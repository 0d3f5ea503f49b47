// The NewsDesk over grouped stories: top stories for `/brief`, the best match for
// `/brief <words>`, a briefing per story, pasted links, and the sources' health.
// A story's briefing is built from its articles' cached analyses (each text is analysed once, at
// ingest), with the articles read from the store when the book keeps no texts.

import type { Gazetteer } from '../../src/analyse/gazetteer.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import { briefingFromAnalysis } from '../../src/build-briefing.ts';
import type { NewsDesk, SourcesReading } from '../../src/commands/news-desk.ts';
import type { DigestStory } from '../../src/digest.ts';
import { BriefError, isBriefError } from '../../src/errors.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';
import type { Story } from '../../src/stories/types.ts';
import { createLruAnalysisCache } from '../ingest/analysis-cache.ts';
import { type CachedAnalyser, createCachedAnalyser } from '../ingest/cached-analyser.ts';
import type { UntrustedParser } from '../ingest/untrusted-parser.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { briefLinks } from './brief-urls.ts';
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
  gazetteer?: Gazetteer;
  sourceStatus?: () => string[];
  /** Sources not read yet since the start, of all (see NewsDesk.reading). */
  reading?: () => SourcesReading;
  now?: () => Date;
}

/** Briefings kept for stories asked about again (digest leads, repeated topics). */
const MAX_CACHED_BRIEFINGS = 100;

export function createStoryNewsDesk(options: StoryNewsDeskOptions): NewsDesk {
  const { book, store } = options;
  const now = options.now ?? (() => new Date());
  const gazetteer = options.gazetteer ? { gazetteer: options.gazetteer } : {};
  const analyser = options.analyser ?? createCachedAnalyser({ cache: createLruAnalysisCache(500), ...gazetteer });
  // A story's briefing is rebuilt only when articles have joined it (or it fell out of the cache).
  const cache = new Map<string, { articleIds: string; briefing: Briefing }>();

  /** The story's articles in the book's order, with their texts (from the store if need be). */
  async function bookArticles(story: Story): Promise<Article[]> {
    const held = book.articles(story.id);
    if (!store || held.every((a) => a.text.length > 0)) return held;
    return Promise.all(
      held.map(async (a) => {
        if (a.text.length > 0) return a;
        const stored = await store.getArticle(a.id);
        if (!stored) throw new BriefError('UNKNOWN_STORY', `The article ${a.id} of story ${story.id} is no longer stored.`);
        return stored.article;
      }),
    );
  }

  async function briefingOf(storyId: string, label: string, articleIds: string[], articles: () => Promise<Article[]>): Promise<Briefing> {
    const key = articleIds.join('\n');
    const cached = cache.get(storyId);
    if (cached?.articleIds === key) {
      // Most recently used last: the oldest is the one to forget.
      cache.delete(storyId);
      cache.set(storyId, cached);
      return cached.briefing;
    }
    const read = await articles();
    if (read.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
    const analysis = { articles: await analyser.analyse(read) };
    const briefing = briefingFromAnalysis(analysis, { title: label, generatedAt: now().toISOString() });
    cache.delete(storyId);
    cache.set(storyId, { articleIds: key, briefing });
    while (cache.size > MAX_CACHED_BRIEFINGS) cache.delete(cache.keys().next().value!);
    return briefing;
  }

  const briefingOfStory = (story: Story) => briefingOf(story.id, story.label, story.articleIds, () => bookArticles(story));

  async function leadOf(story: Story): Promise<string | undefined> {
    try {
      return (await briefingOfStory(story)).keyPoints[0]?.text;
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

  const desk: NewsDesk = {
    async topStories(limit) {
      const digests: DigestStory[] = [];
      for (const story of book.top(limit, now())) digests.push(await digestOf(story, true));
      return digests;
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
      return briefingOf(storyId, stored.label, stored.articleIds, () => store!.storyArticles(storyId));
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
    desk.briefUrls = (urls) => briefLinks(urls, fetch, { ...gazetteer, generatedAt: now().toISOString() }, options.parser);
  }
  return desk;
}
