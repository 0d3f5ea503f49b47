// A digest of top stories, and the plain answers (help, list, errors), as Block Kit blocks.

import type { Digest } from '../digest.ts';
import type { SlackBlock } from './slack-block-types.ts';
import { headerBlock } from './slack-briefing.ts';
import { contextBlocks, MAX_LINE, sectionsFromLines } from './slack-pack.ts';
import { fitEscaped as clip, slackDate } from './slack-text.ts';

export function digestBlocks(digest: Digest): SlackBlock[] {
  const lines = digest.stories.flatMap((story, i) => {
    const articles = `${story.articleCount} article${story.articleCount === 1 ? '' : 's'}`;
    const head = `*${i + 1}. ${clip(story.label, 200)}* _— ${clip(story.outlets.join(', '), 300)} · ${articles}_`;
    return story.lead ? [head, clip(story.lead, MAX_LINE)] : [head];
  });
  return [
    headerBlock(digest.title),
    ...contextBlocks([`generated ${slackDate(digest.generatedAt)}`]),
    ...sectionsFromLines(undefined, lines.length > 0 ? lines : ['_No stories yet._']),
  ];
}

/** Plain text from the core: escaped line by line, so a story label can never ping anyone. */
export function messageBlocks(text: string, isError = false): SlackBlock[] {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? ' ' : clip(line, MAX_LINE)));
  if (isError && lines.length > 0) lines[0] = `:warning: ${lines[0]}`;
  return sectionsFromLines(undefined, lines.length > 0 && lines[0] !== ' ' ? lines : ['(empty reply)']);
}
