// Briefing pages for fixed sets of articles (each set one story), on a free port of 127.0.0.1:
// what the browser tests and the screenshot command look at. Each set is briefed as the bot
// briefs a story (the static news desk), with a fixed time so that pictures are reproducible.

import type { Article } from '../../src/article.ts';
import type { Briefing } from '../../src/briefing.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { BriefError } from '../../src/errors.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import { createMemoryBriefingArchive } from './briefing-archive.ts';
import { type BriefingPages, createBriefingPages } from './briefing-pages.ts';
import { createWebServer } from './create-web-server.ts';

export interface ServedStory {
  storyId: string;
  briefing: Briefing;
  articles: Article[];
  /** http://127.0.0.1:PORT/stories/<id> */
  url: string;
}

export interface ServedArticles {
  stories: ServedStory[];
  pages: BriefingPages;
  /** http://127.0.0.1:PORT/ */
  root: string;
  stop(): Promise<void>;
}

export async function serveArticles(sets: { articles: Article[]; generatedAt: string }[], options: { now?: Date } = {}): Promise<ServedArticles> {
  const desks = new Map<string, NewsDesk>();
  const texts = new Map<string, string>();
  const made: Omit<ServedStory, 'url'>[] = [];
  for (const set of sets) {
    const desk = createStaticNewsDesk(set.articles, { generatedAt: set.generatedAt });
    const [story] = await desk.topStories(1);
    desks.set(story!.id, desk);
    for (const a of set.articles) texts.set(a.id, a.text);
    made.push({ storyId: story!.id, briefing: await desk.briefStory(story!.id), articles: set.articles });
  }
  const now = options.now;
  const pages = createBriefingPages({
    archive: createMemoryBriefingArchive(),
    newsDesk: {
      async briefStory(id) {
        const desk = desks.get(id);
        if (!desk) throw new BriefError('UNKNOWN_STORY', `no story ${id}`);
        return desk.briefStory(id);
      },
    },
    articleText: async (id) => texts.get(id),
    ...(now ? { now: () => now } : {}),
  });
  const server = createWebServer({ pages, host: '127.0.0.1', port: 0 });
  await server.start();
  const root = server.url!;
  return {
    stories: made.map((s) => ({ ...s, url: `${root}stories/${s.storyId}` })),
    pages,
    root,
    stop: () => server.stop(),
  };
}
