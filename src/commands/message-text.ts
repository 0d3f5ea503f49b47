// What a plain message means as a command, on every platform: "brief", "brief me on ferries",
// "/brief help" and "subscribe daily 08:00" carry the text `/brief` would have carried. Each
// adapter first removes its own markup (mentions, link brackets), then calls this.

const BRIEF_PREFIX = /^\/?brief(?:\s+me)?(?:\s+(?:on|about))?(?:\s+|$)/i;

export function commandTextFromMessage(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(BRIEF_PREFIX, '').trim();
}
