// A CommandReply as plain terminal text: briefings as Markdown (with what's new first), digests
// as a list, messages as they are.

import type { CommandReply, WhatsNew } from '../../src/commands/command.ts';
import { hasNews } from '../../src/commands/whats-new.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

function whatsNewText(whatsNew: WhatsNew): string {
  if (!hasNews(whatsNew)) return `_Nothing new since the briefing of ${whatsNew.sinceDeliveredAt}._\n`;
  const lines = [`## What's new since ${whatsNew.sinceDeliveredAt}`, ''];
  for (const k of whatsNew.newKeyPoints) lines.push(`- ${k.text}`);
  for (const q of whatsNew.newQuotes) lines.push(`- “${q.text}”${q.speaker ? ` — ${q.speaker.name}` : ''}`);
  for (const q of whatsNew.openedQuestions) lines.push(`- New question: ${q.question}`);
  for (const q of whatsNew.resolvedQuestions) lines.push(`- No longer open: ${q}`);
  return `${lines.join('\n')}\n`;
}

export function renderReplyText(reply: CommandReply): string {
  switch (reply.kind) {
    case 'message':
      return reply.isError ? `Error: ${reply.text}` : reply.text;
    case 'digest': {
      const lines = [`# ${reply.digest.title}`, ''];
      for (const story of reply.digest.stories) {
        lines.push(`- **${story.label}** (${story.outlets.join(', ')})${story.lead ? `: ${story.lead}` : ''}`);
      }
      return lines.join('\n');
    }
    case 'briefing':
      return (reply.whatsNew ? `${whatsNewText(reply.whatsNew)}\n` : '') + renderMarkdown(reply.briefing);
  }
}
