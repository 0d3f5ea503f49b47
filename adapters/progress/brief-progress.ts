// The progress lines of `npm run brief`: files read, then articles analysed (the slow part on a
// big folder). The analysis is the same as buildBriefing's, one article at a time.

import { basename } from 'node:path';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import type { Analysis } from '../../src/analyse/types.ts';
import type { Article } from '../../src/article.ts';
import { createProgress, type Progress, type ProgressOptions } from './progress-line.ts';

/** A loadPaths `onFile` callback drawing "reading files: 12/400 (3%) name.md". */
export function fileProgress(options: ProgressOptions = {}): (done: number, total: number, path: string) => void {
  let progress: Progress | undefined;
  return (done, total, path) => {
    progress ??= createProgress('reading files', total, options);
    progress.tick(basename(path));
    if (done === total) progress.done();
  };
}

export function analyseWithProgress(articles: Article[], options: ProgressOptions = {}): Analysis {
  const progress = createProgress('analysing articles', articles.length, options);
  const analysed = articles.map((article) => {
    const result = analyseArticle(article);
    progress.tick(article.id);
    return result;
  });
  progress.done();
  return { articles: analysed };
}
