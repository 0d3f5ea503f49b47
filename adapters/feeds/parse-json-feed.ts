// JSON Feed 1.0 and 1.1 (https://jsonfeed.org): checked with zod, loosely, since feeds in the
// wild leave out what the spec calls required.

import { z } from 'zod';
import { BriefError } from '../../src/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';

const text = z.string().optional().catch(undefined);

const itemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional().catch(undefined),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  author: z.looseObject({ name: text }).optional().catch(undefined),
  authors: z.array(z.looseObject({ name: text })).optional().catch(undefined),
});

const feedSchema = z.looseObject({
  version: z.string().refine((v) => v.startsWith('https://jsonfeed.org/version/')),
  title: text,
  home_page_url: text,
  items: z.array(z.unknown()),
});

export function parseJsonFeed(json: string, name: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new BriefError('BAD_FEED', `${name}: not valid JSON`);
  }
  const feed = feedSchema.safeParse(data);
  if (!feed.success) throw new BriefError('BAD_FEED', `${name}: JSON, but not a JSON Feed (no version or items)`);
  const items: FeedItem[] = [];
  for (const raw of feed.data.items) {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) continue;
    const item = parsed.data;
    const author = item.author?.name ?? item.authors?.[0]?.name;
    const entries: [keyof FeedItem, string | undefined][] = [
      ['guid', item.id === undefined ? undefined : String(item.id)],
      ['url', item.url ?? item.external_url],
      ['title', item.title],
      ['contentHtml', item.content_html],
      ['contentText', item.content_text],
      ['summaryHtml', item.summary],
      ['published', item.date_published ?? item.date_modified],
      ['author', author],
    ];
    items.push(Object.fromEntries(entries.filter(([, v]) => v)) as FeedItem);
  }
  return {
    format: 'jsonfeed',
    ...(feed.data.title ? { title: feed.data.title } : {}),
    ...(feed.data.home_page_url ? { siteUrl: feed.data.home_page_url } : {}),
    items,
  };
}
