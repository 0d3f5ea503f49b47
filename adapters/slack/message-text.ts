// Turns a DM or a mention into the text `/brief` would have carried: "brief", "brief me on
// korea", "@bot brief korea" and "subscribe daily 08:00" all work.

import { commandTextFromMessage as commandTextFromPlainMessage } from '../../src/commands/message-text.ts';

const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/i;
export function commandTextFromMessage(text: string): string {
  return commandTextFromPlainMessage(unformat(text.replace(LEADING_MENTIONS, '')));
}

/** Slack sends links as <url|label> and escapes &, <, >; the core wants the plain text. */
export function unformat(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<mailto:[^|>]+\|([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
