// RSS 2.0, RSS 1.0 (RDF) and Atom through fast-xml-parser. Namespace prefixes are dropped
// (content:encoded → encoded, dc:date → date); Atom's content and summary are kept as raw
// inner XML so that XHTML content survives as markup.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BriefError } from '../../src/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';
import { htmlToLine } from './html-to-text.ts';
import { asArray, attrOf, rawNodeText, textOf } from './xml-text.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

export function parseXmlFeed(xml: string, name: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new BriefError('BAD_FEED', `${name}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Node;
  if (doc.rss) return parseRss('rss', doc.rss as Node);
  if (doc.RDF) return parseRss('rdf', doc.RDF as Node);
  if (doc.feed) return parseAtom(doc.feed as Node);
  throw new BriefError('BAD_FEED', `${name}: XML, but not an RSS, RDF or Atom feed`);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

function rssLink(node: Node): string | undefined {
  // With namespaces dropped, <atom:link rel="self" href> sits beside <link>text</link>.
  for (const link of asArray(node.link)) {
    if (typeof link === 'string' && link.trim()) return link.trim();
  }
  return undefined;
}

function rssItem(item: Node): FeedItem {
  const guid = textOf(item.guid);
  const isPermaLink = attrOf(item.guid, 'isPermaLink') !== 'false';
  const url = rssLink(item) ?? (guid && isPermaLink && /^https?:\/\//.test(guid) ? guid : undefined);
  return {
    ...optional('guid', guid ?? textOf(item['@_about'])),
    ...optional('url', url ?? textOf(item['@_about'])),
    ...optional('title', textOf(item.title)),
    ...optional('contentHtml', textOf(item.encoded)),
    ...optional('summaryHtml', textOf(item.description)),
    ...optional('published', textOf(item.pubDate) ?? textOf(item.date) ?? textOf(item.issued)),
    ...optional('author', textOf(item.creator) ?? textOf(item.author)),
  };
}

/** RSS 2.0 nests its items in <channel>; RSS 1.0 (RDF) puts them beside it. */
function parseRss(format: 'rss' | 'rdf', root: Node): ParsedFeed {
  const channel = (asArray(root.channel)[0] ?? {}) as Node;
  const items = format === 'rss' ? channel.item : root.item;
  return {
    format,
    ...optional('title', textOf(channel.title)),
    ...optional('siteUrl', rssLink(channel)),
    items: asArray(items as Node[]).map(rssItem),
  };
}

function atomLink(entry: Node): string | undefined {
  const links = asArray(entry.link as Node[]);
  const alternate = links.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attrOf(alternate, 'href');
}

function atomContent(node: unknown): { html?: string; text?: string } {
  const raw = textOf(node);
  if (!raw) return {};
  const type = attrOf(node, 'type') ?? 'text';
  const decoded = rawNodeText(raw);
  return type === 'text' ? { text: decoded } : { html: decoded };
}

/** Atom titles may be typed HTML ("A &amp;amp; B"): the item's title is always plain text. */
function atomTitle(node: unknown): string | undefined {
  const text = textOf(node);
  return text && attrOf(node, 'type') === 'html' ? htmlToLine(text) : text;
}

function atomEntry(entry: Node): FeedItem {
  const content = atomContent(entry.content);
  const summary = atomContent(entry.summary);
  const author = asArray(entry.author as Node[])[0];
  return {
    ...optional('guid', textOf(entry.id)),
    ...optional('url', atomLink(entry)),
    ...optional('title', atomTitle(entry.title)),
    ...optional('contentHtml', content.html),
    ...optional('contentText', content.text),
    ...optional('summaryHtml', summary.html ?? summary.text),
    ...optional('published', textOf(entry.published) ?? textOf(entry.updated)),
    ...optional('author', author && typeof author === 'object' ? textOf(author.name) : textOf(author)),
  };
}

function parseAtom(feed: Node): ParsedFeed {
  return {
    format: 'atom',
    ...optional('title', atomTitle(feed.title)),
    ...optional('siteUrl', atomLink(feed)),
    items: asArray(feed.entry as Node[]).map(atomEntry),
  };
}
