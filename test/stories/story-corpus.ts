// The clustering corpus: four invented stories in corpus/stories (plus one later article), and
// the seed corpus from ../shared when it is there.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import type { Article } from '../../src/article.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const STORIES_DIR = here('../../corpus/stories');
export const LATER_DIR = here('../../corpus/stories/later');
export const SEED_DIR = here('../../../shared/corpus/blinken-seoul');
export const hasSeedCorpus = existsSync(SEED_DIR);

export function loadArticles(...dirs: string[]): Article[] {
  const { articles, problems } = loadPaths(dirs);
  if (problems.length > 0) throw new Error(`corpus problems: ${problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  return articles;
}

/** Oldest first, as they would arrive; ties by id so runs are repeatable. */
export function byPublication(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id));
}

/** The story an article belongs to, from its file name ("glacier-alpine-courier" → "glacier"). */
export function expectedStory(articleId: string): string {
  return /^\d{3}_/.test(articleId) ? 'blinken-seoul' : articleId.split('-')[0]!;
}
