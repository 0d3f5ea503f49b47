// Packing: lines into sections within the section limit, elements into context blocks within the
// element limit, and blocks into messages within the block limit (the rest become thread replies).

import type { Mrkdwn, SlackBlock } from './slack-block-types.ts';
import { blockChars } from './slack-block-types.ts';
import { SLACK_BUDGETS, SLACK_LIMITS } from './slack-limits.ts';

/** Longest line a caller may hand to `sectionsFromLines`, leaving room for a short heading. */
export const MAX_LINE = SLACK_LIMITS.sectionText - 200;

/**
 * Joins lines into as few sections as fit; `heading` (our own short text, already mrkdwn) opens
 * the first one. Lines must each be at most MAX_LINE characters. No lines, no sections.
 */
export function sectionsFromLines(heading: string | undefined, lines: string[]): SlackBlock[] {
  if (lines.length === 0) return [];
  const texts: string[] = [];
  let current = heading ?? '';
  for (const line of lines) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= SLACK_LIMITS.sectionText) {
      current = joined;
      continue;
    }
    texts.push(current);
    current = line;
  }
  if (current !== '') texts.push(current);
  return texts.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** Context blocks of at most the allowed number of elements each. */
export function contextBlocks(texts: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += SLACK_LIMITS.contextElements) {
    const elements: Mrkdwn[] = texts
      .slice(i, i + SLACK_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text }));
    blocks.push({ type: 'context', elements });
  }
  return blocks;
}

/**
 * Splits blocks into messages. `reserve` blocks are kept free in every message after the first
 * for a "continued" line. A divider never ends or starts a message.
 */
export function packIntoMessages(blocks: SlackBlock[], reserve = 1): SlackBlock[][] {
  const messages: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const limit = SLACK_LIMITS.blocksPerMessage - (messages.length === 0 ? 0 : reserve);
    const size = blockChars(block);
    const full = current.length >= limit || (current.length > 0 && chars + size > SLACK_BUDGETS.charsPerMessage);
    if (full) {
      messages.push(trimDividers(current));
      current = [];
      chars = 0;
    }
    if (current.length === 0 && block.type === 'divider') continue;
    current.push(block);
    chars += size;
  }
  const last = trimDividers(current);
  if (last.length > 0 || messages.length === 0) messages.push(last);
  return messages;
}

function trimDividers(blocks: SlackBlock[]): SlackBlock[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]!.type === 'divider') end -= 1;
  return blocks.slice(0, end);
}
