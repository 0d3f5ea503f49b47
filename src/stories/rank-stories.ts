// Top stories: the more outlets carry a story the more it matters, and fresh news beats old.
// Scores stay in log space so that a story from last year still sorts (it never underflows).

import type { StoryRecord } from './story-record.ts';

const HALF_LIFE_HOURS = 24;
/** Extra articles from an outlet already counted add a little, not a whole outlet's worth. */
const REPEAT_ARTICLE_WEIGHT = 0.25;

export function storyScore(record: StoryRecord, now: number): number {
  const coverage = record.outlets.length + REPEAT_ARTICLE_WEIGHT * (record.articles.length - record.outlets.length);
  const ageHours = Math.max(0, now - record.last) / 3_600_000;
  return Math.log(coverage) - (Math.LN2 * ageHours) / HALF_LIFE_HOURS;
}

export function rankStories(records: Iterable<StoryRecord>, now: number, limit: number): StoryRecord[] {
  return [...records]
    .map((record) => ({ record, score: storyScore(record, now) }))
    .sort((a, b) => b.score - a.score || b.record.last - a.record.last || (a.record.id < b.record.id ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.record);
}
