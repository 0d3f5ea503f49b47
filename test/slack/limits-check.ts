// Every Block Kit limit one Slack message must respect, as a list of broken rules (empty = fine).
// Uses the same constants module as the renderer.

import { SLACK_BUDGETS, SLACK_LIMITS } from '../../adapters/slack/constants.ts';
import type { SlackMessage } from '../../src/render/slack-blocks.ts';

export function brokenLimits(message: SlackMessage): string[] {
  const broken: string[] = [];
  if (message.blocks.length > SLACK_LIMITS.blocksPerMessage) broken.push(`${message.blocks.length} blocks`);
  if (message.text.length === 0 || message.text.length > SLACK_LIMITS.messageText) broken.push(`text of ${message.text.length}`);
  let chars = 0;
  for (const block of message.blocks) {
    if (block.type === 'header' && block.text.text.length > SLACK_LIMITS.headerText) broken.push(`header of ${block.text.text.length}`);
    if (block.type === 'section') {
      if (block.text.text.length > SLACK_LIMITS.sectionText) broken.push(`section of ${block.text.text.length}`);
      if (block.text.text.trim() === '') broken.push('empty section');
    }
    if (block.type === 'context') {
      if (block.elements.length > SLACK_LIMITS.contextElements) broken.push(`context of ${block.elements.length} elements`);
      if (block.elements.some((e) => e.text.length > SLACK_LIMITS.textObject)) broken.push('context element too long');
    }
    if (block.type !== 'divider') chars += block.type === 'context' ? block.elements.reduce((n, e) => n + e.text.length, 0) : block.text.text.length;
  }
  // A thread reply also carries its short "continued" label.
  if (chars > SLACK_BUDGETS.charsPerMessage + 400) broken.push(`${chars} characters in one message`);
  return broken;
}

/** Every piece of text a message shows, for escaping and word-cut checks. */
export function textsOf(message: SlackMessage): string[] {
  return [
    message.text,
    ...message.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : b.type === 'divider' ? [] : [b.text.text])),
  ];
}
