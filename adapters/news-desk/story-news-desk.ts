// The NewsDesk over grouped stories: top stories for `/brief`, the best match for
// `/brief <words>`, a briefing per story, pasted links, and the sources' health.

import type { Gazetteer } from '../../src/analyse/gazetteer.ts';
import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import { buildBriefing } from '../../src/build-briefing.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { DigestStory } from '../../src/digest.ts';
import { BriefError, isBriefError } from '../../src/errors.ts';
import type { StoryBook } from '../../src/stories/story-book.ts';
import type { Story } from '../../src/stories/types.ts';
import type { SafeFetch } from '../net/safe-fetch.ts';
import { fetchArticles } from './brief-urls.ts';
import type { ArticleAndStoryStore } from './story-ingest.ts';

export interface StoryNewsDeskOptions {
  book: StoryBook;
  /** For stories older than the book holds. */
  store?: Pick<ArticleAndStoryStore, 'getStory' | 'storyArticles'>;
  fetch?: SafeFetch;
  gazetteer?: Gazetteer;
  sourceStatus?: () => string[];
  now?: () => Date;
}

export function createStoryNewsDesk(options: StoryNewsDeskOptions): NewsDesk {
  const { book } = options;
  const now = options.now ?? (() => new Date());
  const gazetteer = options.gazetteer ? { gazetteer: options.gazetteer } : {};
  // A story's briefing is rebuilt only when articles have joined it.
  const cache = new Map<string, { articleIds: string; briefing: Briefing }>();

  function briefingOf(storyId: string, label: string, articles: Article[]): Briefing {
    const key = articles.map((a) => a.id).join('\n');
    const cached = cache.get(storyId);
    if (cached?.articleIds === key) return cached.briefing;
    const briefing = buildBriefing(articles, { ...gazetteer, title: label, generatedAt: now().toISOString() });
    cache.set(storyId, { articleIds: key, briefing });
    return briefing;
  }

  function leadOf(story: Story): string | undefined {
    try {
      return briefingOf(story.id, story.label, book.articles(story.id)).keyPoints[0]?.text;
    } catch (error) {
      if (isBriefError(error)) return undefined;
      throw error;
    }
  }

  function digestOf(story: Story, withLead: boolean): DigestStory {
    const lead = withLead ? leadOf(story) : undefined;
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
      return book.top(limit, now()).map((s) => digestOf(s, true));
    },
    async findStory(words) {
      const match = book.find(words);
      return {
        ...(match.story ? { story: digestOf(match.story, false) } : {}),
        candidates: match.candidates.map((s) => digestOf(s, false)),
      };
    },
    async briefStory(storyId) {
      const story = book.story(storyId);
      if (story) return briefingOf(storyId, story.label, book.articles(storyId));
      const stored = await options.store?.getStory(storyId);
      const articles = stored ? await options.store!.storyArticles(storyId) : [];
      if (!stored || articles.length === 0) throw new BriefError('UNKNOWN_STORY', `I don't know a story with the id ${storyId}.`);
      return briefingOf(storyId, stored.label, articles);
    },
    async sourceStatus() {
      const lines = options.sourceStatus?.() ?? [];
      return lines.length > 0 ? lines : ['No feeds or folders are configured (sources in briefbot.yaml).'];
    },
  };
  if (options.fetch) {
    const fetch = options.fetch;
    desk.briefUrls = async (urls) => {
      const { articles, problems } = await fetchArticles(urls, fetch);
      if (articles.length === 0) {
        if (problems.length === 1) throw problems[0];
        // Several links, all refused: one line each, under the code they share (if they do).
        const code = problems.every((p) => p.code === problems[0]!.code) ? problems[0]!.code : 'NO_ARTICLES';
        throw new BriefError(code, `None of the links could be briefed:\n${problems.map((p) => p.message).join('\n')}`);
      }
      const briefing = buildBriefing(articles, { ...gazetteer, generatedAt: now().toISOString() });
      const skipped = problems.map((p) => `skipped: ${p.message}`);
      return skipped.length > 0 ? { ...briefing, notes: [...(briefing.notes ?? []), ...skipped] } : briefing;
    };
  }
  return desk;
}
