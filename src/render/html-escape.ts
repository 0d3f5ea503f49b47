// Escaping for the briefing page: every string that reaches the HTML goes through one of these.
// Article text, titles and URLs are untrusted; only http(s) URLs ever become links.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The URL as a safe href, or undefined: only absolute http: and https: URLs without credentials
 * pass (`javascript:`, `data:`, relative and protocol-relative URLs do not). Re-serialised, so
 * what is written is what the browser will follow.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}

/** An id usable in a URL path, an HTML id or a CSS selector without escaping. */
export function isPlainId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(id);
}
