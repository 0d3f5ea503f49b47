// renderSlackBlocks: a command reply (or a bare Briefing) as Slack messages within every Block
// Kit limit. The first message goes to the channel; any others are meant as its thread replies.

import type { Briefing } from '../briefing.ts';
import type { CommandReply } from '../commands/command.ts';
import type { SlackBlock, SlackMessage } from './slack-block-types.ts';
import { briefingBlocks } from './slack-briefing.ts';
import { digestBlocks, messageBlocks } from './slack-digest.ts';
import { SLACK_BUDGETS } from './slack-limits.ts';
import { packIntoMessages } from './slack-pack.ts';
import { fitEscaped as clip } from './slack-text.ts';

export type { SlackBlock, SlackMessage } from './slack-block-types.ts';

// A story's briefing is cached by the desk and answered to every request for it (50 `/brief
// <topic>` at once are one briefing object); rendering it costs several milliseconds each time
// (every piece of text escaped and fitted), so its messages are kept with the briefing object.
// Kept by briefing and page link; a reply with a "what's new" part is rendered each time.
const renderedBriefings = new WeakMap<Briefing, { pageUrl?: string; messages: SlackMessage[] }>();

export function renderSlackBlocks(input: CommandReply | Briefing): SlackMessage[] {
  const reply: CommandReply = 'kind' in input ? input : { kind: 'briefing', briefing: input };
  const keep = reply.kind === 'briefing' && !reply.whatsNew ? reply : undefined;
  const kept = keep && renderedBriefings.get(keep.briefing);
  if (kept && kept.pageUrl === keep.pageUrl) return [...kept.messages];
  const messages = render(reply);
  if (keep) renderedBriefings.set(keep.briefing, { ...(keep.pageUrl ? { pageUrl: keep.pageUrl } : {}), messages });
  return [...messages];
}

function render(reply: CommandReply): SlackMessage[] {
  const { blocks, title, summary } = contentOf(reply);
  const messages = packIntoMessages(blocks);
  return messages.map((part, i) => {
    if (i === 0) return { text: clip(summary ? `${title}: ${summary}` : title, SLACK_BUDGETS.fallbackText), blocks: part };
    const continued = `${title} (continued, ${i + 1} of ${messages.length})`;
    const label: SlackBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: `_${clip(continued, 300)}_` }] };
    return { text: clip(continued, SLACK_BUDGETS.fallbackText), blocks: [label, ...part] };
  });
}

/** The blocks, plus the plain title and summary the fallback `text` is made of. */
function contentOf(reply: CommandReply): { blocks: SlackBlock[]; title: string; summary?: string } {
  switch (reply.kind) {
    case 'briefing': {
      const { briefing } = reply;
      return { blocks: briefingBlocks(briefing, reply.whatsNew, reply.pageUrl), title: briefing.title, summary: briefing.keyPoints[0]?.text };
    }
    case 'digest':
      return { blocks: digestBlocks(reply.digest), title: reply.digest.title, summary: reply.digest.stories.map((s) => s.label).join('; ') };
    case 'message':
      return { blocks: messageBlocks(reply.text, reply.isError), title: reply.text };
  }
}
