// A NewsDesk over a fixed set of articles that all tell one story: the demo corpus, a folder
// given on the command line, tests. The story-clustering desk (adapters/news-desk) replaces it
// when feeds are configured.

import type { Article } from '../article.ts';
import type { Briefing } from '../briefing.ts';
import { type BuildOptions, buildBriefing } from '../build-briefing.ts';
import type { NewsDesk } from '../commands/news-desk.ts';
import type { DigestStory } from '../digest.ts';
import { BriefError } from '../errors.ts';
import { contentHash } from '../ingest/article-id.ts';
import { contentTokens } from '../text/normalize.ts';

export function createStaticNewsDesk(articles: Article[], options: BuildOptions = {}): NewsDesk {
  if (articles.length === 0) throw new BriefError('NO_ARTICLES', 'no articles to brief');
  const storyId = `story-${contentHash(articles.map((a) => a.id).sort().join('\n')).slice(0, 10)}`;
  let cached: Briefing | undefined;
  const briefing = () => {
    cached ??= buildBriefing(articles, options);
    return cached;
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
  const vocabulary = () => {
    const b = briefing();
    return new Set(contentTokens([b.title, ...b.keyPoints.map((k) => k.text), ...b.actors.flatMap((a) => a.aliases)].join(' ')));
  };

  return {
    async topStories(limit) {
      return limit > 0 ? [story()] : [];
    },
    async findStory(words) {
      const wanted = contentTokens(words);
      const known = vocabulary();
      const hits = wanted.filter((w) => known.has(w)).length;
      // Most of the asked words must belong to the story; otherwise offer it as a candidate.
      return hits > 0 && hits >= Math.ceil(wanted.length / 2) ? { story: story(), candidates: [] } : { candidates: [story()] };
    },
    async briefStory(id) {
      if (id !== storyId) throw new BriefError('NO_ARTICLES', `no story with id ${id}`);
      return briefing();
    },
  };
}
