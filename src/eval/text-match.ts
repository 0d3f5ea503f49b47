// Loose text comparison for evaluation: case, quote marks, spelling variants and punctuation
// do not count ("We’re working to" matches "We're working to…").

import { normaliseForComparison } from '../text/normalize.ts';

export function squash(text: string): string {
  return normaliseForComparison(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether `text` starts with, or failing that contains, the expected opening words. */
export function startsLike(text: string, opening: string): boolean {
  const t = squash(text);
  const o = squash(opening);
  return o.length > 0 && (t.startsWith(o) || t.includes(o));
}

export function sameName(a: string, b: string): boolean {
  return squash(a).replace(/^the /, '') === squash(b).replace(/^the /, '');
}

/** Expected article references ("000") name articles by the start of their id or file name. */
export function refersTo(ref: string, articleId: string): boolean {
  return articleId === ref || articleId.startsWith(ref);
}
