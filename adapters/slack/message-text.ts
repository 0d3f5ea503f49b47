// Turns a DM or a mention into the text `/brief` would have carried: "brief", "brief me on
// korea", "@bot brief korea" and "subscribe daily 08:00" all work.

const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/i;
const BRIEF_PREFIX = /^\/?brief(?:\s+me)?(?:\s+(?:on|about))?(?:\s+|$)/i;

export function commandTextFromMessage(text: string): string {
  const plain = unformat(text.replace(LEADING_MENTIONS, '')).replace(/\s+/g, ' ').trim();
  return plain.replace(BRIEF_PREFIX, '').trim();
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
