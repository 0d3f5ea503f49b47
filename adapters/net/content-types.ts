// Which media types a fetch accepts: web pages for pasted links, feeds for sources.

export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;

export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
  // Many servers label feeds as HTML or plain text; the feed parser decides.
  'text/html',
  'text/plain',
] as const;

export interface ContentType {
  mime: string;
  charset?: string;
}

export function parseContentType(header: string | undefined): ContentType | undefined {
  if (!header) return undefined;
  const [mime, ...params] = header.split(';');
  const type: ContentType = { mime: mime!.trim().toLowerCase() };
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m) type.charset = m[1]!.toLowerCase();
  }
  return type;
}

/** A missing Content-Type is let through: the parser is the judge then. */
export function isAccepted(type: ContentType | undefined, accepted: readonly string[]): boolean {
  return type === undefined || type.mime === '' || accepted.includes(type.mime);
}
