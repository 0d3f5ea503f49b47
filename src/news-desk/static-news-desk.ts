// A NewsDesk over a fixed set of articles that all tell one story: the demo corpus, a folder
// given on the command line, tests. The story-clustering desk (adapters/news-desk) replaces it
// when feeds are configured. `/brief <words>` is matched as the story desk matches it (stems,
// prefixes, names through the gazetteer), over one story that holds every article.

import { analyse } from '../analyse/analyse-article.ts';
import type { Analysis } from '../analyse/types.ts';
import type { Article } from '../article.ts';
import type { Briefing } from '../briefing.ts';
import { type BuildOptions, briefingFromAnalysis } from '../build-briefing.ts';
import type { NewsDesk } from '../commands/news-desk.ts';
import type { DigestStory } from '../digest.ts';
import { BriefError } from '../errors.ts';
import { contentHash } from '../ingest/article-id.ts';
import { createStoryBook, type StoryBook } from '../stories/story-book.ts';

export interface StaticDeskOptions extends BuildOptions {
  /** What the articles are, for `/brief status` ("the bundled demo corpus (corpus/demo)"). */
  sourceDescription?: string;
}

export function createStaticNewsDesk(articles: Article[], options: StaticDeskOptions = {}): NewsDesk {
  if (articles.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
  const storyId = `story-${contentHash(articles.map((a) => a.id).sort().join('\n')).slice(0, 10)}`;
  let analysed: Analysis | undefined;
  let cached: Briefing | undefined;
  let book: StoryBook | undefined;
  const analysis = () => {
    analysed ??= analyse(articles, options.gazetteer ? { gazetteer: options.gazetteer } : {});
    return analysed;
  };
  const briefing = () => {
    cached ??= briefingFromAnalysis(analysis(), options);
    return cached;
  };
  /** One story holding every article, for word search only. */
  const searchBook = () => {
    if (book) return book;
    book = createStoryBook(options.gazetteer ? { gazetteer: options.gazetteer } : {});
    for (const a of analysis().articles) book.add(a.article, { analysis: a, storyId });
    return book;
  };
  const story = (): DigestStory => {
    const b = briefing();
    return {
      id: storyId,
      label: b.title,
      outlets: [...new Set(b.sources.map((s) => s.outlet))],
      articleCount: b.sources.length,
      ...(b.keyPoints[0] ? { lead: b.keyPoints[0].text } : {}),
    };
  };

  return {
    async topStories(limit) {
      return limit > 0 ? [story()] : [];
    },
    async findStory(words) {
      if (words.trim() === storyId) return { story: story(), candidates: [] };
      const match = searchBook().find(words);
      if (match.story) return { story: story(), candidates: [] };
      // Some of the words are in it, not enough: offer it; none are: say so.
      return { candidates: match.candidates.length > 0 ? [story()] : [] };
    },
    async briefStory(id) {
      if (id !== storyId) throw new BriefError('NO_ARTICLES', `no story with id ${id}`);
      return briefing();
    },
    async counts() {
      return { stories: 1, articles: articles.length };
    },
    async sourceStatus() {
      const outlets = [...new Set(articles.map((a) => a.outlet))].join(', ');
      const what = options.sourceDescription ?? 'a fixed set of articles';
      return [`${what}: ${articles.length} article${articles.length === 1 ? '' : 's'} from ${outlets}`];
    },
  };
}
