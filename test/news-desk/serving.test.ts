// The desk's serving rules: identical requests arriving together share one build per story and
// version, briefings and leads are cached until an article joins the story, and a story larger
// than the desk briefs whole is briefed from its most representative articles and says so.

import { describe, expect, it } from 'vitest';
import { createStoryNewsDesk } from '../../adapters/news-desk/story-news-desk.ts';
import type { CachedAnalyser } from '../../adapters/ingest/cached-analyser.ts';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import type { Article } from '../../src/article.ts';
import { composeBriefReply } from '../../src/commands/compose-brief-reply.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { createStoryBook } from '../../src/stories/story-book.ts';

const NOW = new Date('2026-04-10T12:00:00Z');
const OUTLETS = ['Fenwick Gazette', 'Tarn Courier', 'Osk Radio', 'Brill Valley Times'];

/** An invented report on an invented story; `n` varies the wording a little. */
function report(story: 'ferry' | 'mill', n: number, outlet = OUTLETS[n % OUTLETS.length]!): Article {
  const day = String(1 + (n % 9)).padStart(2, '0');
  const text =
    story === 'ferry'
      ? `The Quillmere ferry service will stop for ${n + 2} weeks, harbour master Edda Vantrell said on Monday. ` +
        `“The pier needs new pilings before the winter storms,” Vantrell told reporters in Quillmere. ` +
        `Islanders on Sorrow Key said the closure would leave them without a crossing.`
      : `The Harlow Dene paper mill will close its second line in ${n + 3} months, manager Ossian Blake said. ` +
        `“Orders have fallen every quarter,” Blake said at the mill gates in Harlow Dene. ` +
        `Union officials said they had not been told of the plan.`;
  return { id: `${story}-${n}`, outlet, title: story === 'ferry' ? 'Quillmere ferry to stop' : 'Harlow Dene mill cuts a line', publishedAt: `2026-04-${day}`, text };
}

/** Analyses on this thread, counting how often each article is analysed. */
function countingAnalyser() {
  const analysed = new Map<string, number>();
  const analyser: CachedAnalyser = {
    async analyse(articles) {
      for (const a of articles) analysed.set(a.id, (analysed.get(a.id) ?? 0) + 1);
      return articles.map((a) => analyseArticle(a));
    },
    stats: { hits: 0, misses: 0 },
  };
  return { analyser, times: (id: string) => analysed.get(id) ?? 0 };
}

function deskWith(articles: Article[], maxBriefedArticles?: number, briefingBudgetMs = Number.POSITIVE_INFINITY) {
  const book = createStoryBook({ now: () => NOW });
  for (const a of articles) book.add(a, { storyId: a.id.split('-')[0]!, receivedAt: NOW });
  const counting = countingAnalyser();
  const desk = createStoryNewsDesk({ book, analyser: counting.analyser, now: () => NOW, briefingBudgetMs, ...(maxBriefedArticles ? { maxBriefedArticles } : {}) });
  return { book, desk, ...counting };
}

describe('serving /brief', () => {
  it('50 digests at once build each story’s lead once', async () => {
    const { desk, times } = deskWith([report('ferry', 0), report('ferry', 1), report('mill', 0), report('mill', 1)]);
    const replies = await Promise.all(Array.from({ length: 50 }, () => composeBriefReply(desk, { digestSize: 5, now: NOW })));
    expect(times('ferry-0')).toBe(1);
    expect(times('mill-0')).toBe(1);
    const leads = replies.map((r) => (r.kind === 'digest' ? r.digest.stories.map((s) => s.lead) : []));
    expect(new Set(leads.map((l) => JSON.stringify(l))).size).toBe(1);
    expect(leads[0]!.every((lead) => typeof lead === 'string' && lead.length > 0)).toBe(true);
  });

  it('50 briefings of one story at once build it once, and the lead is its first key point', async () => {
    const { desk, times } = deskWith([report('ferry', 0), report('ferry', 1), report('ferry', 2)]);
    const [top] = await desk.topStories(1);
    const briefings = await Promise.all(Array.from({ length: 50 }, () => desk.briefStory('ferry')));
    expect(times('ferry-0')).toBe(2); // once for the lead, once for the briefing
    expect(new Set(briefings).size).toBe(1);
    expect(top!.lead).toBe(briefings[0]!.keyPoints[0]!.text);
  });

  it('top stories prepared ahead of the requests: digests and topics served without analysing anything', async () => {
    const { book, desk, times } = deskWith([report('ferry', 0), report('ferry', 1), report('mill', 0)]);
    expect(await desk.prepareTopStories(5)).toBe(2);
    expect(await desk.prepareTopStories(5)).toBe(0); // nothing new joined: nothing to build
    const digests = await Promise.all(Array.from({ length: 50 }, () => composeBriefReply(desk, { digestSize: 5, now: NOW })));
    const topics = await Promise.all(Array.from({ length: 50 }, () => composeBriefReply(desk, { topic: 'Quillmere ferry', digestSize: 5, now: NOW })));
    expect([times('ferry-0'), times('mill-0')]).toEqual([1, 1]);
    expect(topics.every((r) => r.kind === 'briefing' && r.storyId === 'ferry')).toBe(true);
    // The digest's lead is the prepared briefing's first key point.
    const ferry = digests[0]!.kind === 'digest' ? digests[0]!.digest.stories.find((s) => s.id === 'ferry') : undefined;
    expect(ferry?.lead).toBe((await desk.briefStory('ferry')).keyPoints[0]!.text);
    // A story an article joined is prepared again; the other one is not.
    book.add(report('ferry', 2), { storyId: 'ferry', receivedAt: NOW });
    expect(await desk.prepareTopStories(5)).toBe(1);
    expect([times('ferry-0'), times('mill-0')]).toEqual([2, 1]);
  });

  it('serves a story’s briefing from the cache until an article joins it', async () => {
    const { book, desk, times } = deskWith([report('ferry', 0), report('ferry', 1)]);
    const first = await desk.briefStory('ferry');
    expect(await desk.briefStory('ferry')).toBe(first);
    expect(times('ferry-0')).toBe(1);
    book.add(report('ferry', 2), { storyId: 'ferry', receivedAt: NOW });
    const second = await desk.briefStory('ferry');
    expect(second).not.toBe(first);
    expect(times('ferry-0')).toBe(2);
    expect(second.sources.map((s) => s.id)).toContain('ferry-2');
  });

  it.each([
    { articles: 3, limit: 5, subset: undefined },
    { articles: 5, limit: 5, subset: undefined },
    { articles: 7, limit: 5, subset: { briefed: 5, total: 7 } },
    { articles: 12, limit: 4, subset: { briefed: 4, total: 12 } },
  ])('a story of $articles articles with a limit of $limit: subset $subset', async ({ articles, limit, subset }) => {
    const { desk } = deskWith(
      Array.from({ length: articles }, (_, n) => report('ferry', n)),
      limit,
    );
    const briefing = await desk.briefStory('ferry');
    expect(briefing.subset).toEqual(subset);
    expect(briefing.sources).toHaveLength(Math.min(articles, limit));
    // Every outlet of the story is heard while the limit allows.
    expect(new Set(briefing.sources.map((s) => s.outlet)).size).toBe(Math.min(OUTLETS.length, articles, limit));
    const line = /Briefed from \d+ of the story's \d+ articles/;
    if (subset) expect(renderMarkdown(briefing)).toMatch(new RegExp(`Briefed from ${subset.briefed} of the story's ${subset.total} articles`));
    else expect(renderMarkdown(briefing)).not.toMatch(line);
  });

  it('a budget no build can meet still briefs at least 10 articles, and says how many of all', async () => {
    const { desk } = deskWith(
      Array.from({ length: 13 }, (_, n) => report('ferry', n)),
      undefined,
      0.001,
    );
    const briefing = await desk.briefStory('ferry');
    expect(briefing.subset).toEqual({ briefed: 10, total: 13 });
  });
});
