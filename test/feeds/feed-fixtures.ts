// Feed bodies for tests, written from simple item descriptions: RSS 2.0, RSS 1.0 (RDF),
// Atom and JSON Feed, so each format carries the same articles.

import type { Article } from '../../src/article.ts';

export interface FixtureItem {
  title: string;
  url?: string;
  guid?: string;
  /** Full content as HTML, if the feed carries it. */
  html?: string;
  summary?: string;
  published?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\n/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
}

export function itemFromArticle(article: Article, extra: Partial<FixtureItem> = {}): FixtureItem {
  return {
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    html: paragraphsHtml(article.text),
    ...(article.publishedAt ? { published: new Date(article.publishedAt).toUTCString() } : {}),
    ...extra,
  };
}

export function rssFeed(title: string, items: FixtureItem[]): string {
  const body = items
    .map(
      (i) => `  <item>
    <title>${esc(i.title)}</title>
    ${i.url ? `<link>${esc(i.url)}</link>` : ''}
    ${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}
    ${i.published ? `<pubDate>${i.published}</pubDate>` : ''}
    ${i.summary ? `<description>${esc(i.summary)}</description>` : ''}
    ${i.html ? `<content:encoded><![CDATA[${i.html}]]></content:encoded>` : ''}
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${esc(title)}</title>
  <link>https://example.test/</link>
  <atom:link rel="self" href="https://example.test/feed.xml" type="application/rss+xml"/>
${body}
</channel>
</rss>`;
}

export function rdfFeed(title: string, items: FixtureItem[]): string {
  const body = items
    .map(
      (i) => `<item rdf:about="${esc(i.url ?? i.guid ?? '')}">
  <title>${esc(i.title)}</title>
  ${i.url ? `<link>${esc(i.url)}</link>` : ''}
  ${i.summary ? `<description>${esc(i.summary)}</description>` : ''}
  ${i.html ? `<content:encoded>${esc(i.html)}</content:encoded>` : ''}
  ${i.published ? `<dc:date>${new Date(i.published).toISOString()}</dc:date>` : ''}
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://example.test/"><title>${esc(title)}</title><link>https://example.test/</link></channel>
${body}
</rdf:RDF>`;
}

export function atomFeed(title: string, items: FixtureItem[]): string {
  const body = items
    .map(
      (i) => `<entry>
  <id>${esc(i.guid ?? i.url ?? i.title)}</id>
  <title type="html">${esc(esc(i.title))}</title>
  ${i.url ? `<link rel="alternate" type="text/html" href="${esc(i.url)}"/>` : ''}
  ${i.published ? `<published>${new Date(i.published).toISOString()}</published>` : ''}
  <updated>${new Date(i.published ?? 0).toISOString()}</updated>
  ${i.summary ? `<summary type="html">${esc(i.summary)}</summary>` : ''}
  ${i.html ? `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${i.html}</div></content>` : ''}
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(title)}</title>
  <link href="https://example.test/"/>
  <id>https://example.test/</id>
  <updated>2023-11-09T00:00:00Z</updated>
${body}
</feed>`;
}

export function jsonFeed(title: string, items: FixtureItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://example.test/',
    items: items.map((i) => ({
      id: i.guid ?? i.url ?? i.title,
      ...(i.url ? { url: i.url } : {}),
      title: i.title,
      ...(i.html ? { content_html: i.html } : {}),
      ...(i.summary ? { summary: i.summary } : {}),
      ...(i.published ? { date_published: new Date(i.published).toISOString() } : {}),
    })),
  });
}

/** An article page as a news site serves it, for full-text fetching. */
export function articlePage(article: Article): string {
  return `<!doctype html><html><head><title>${esc(article.title)}</title>
<meta property="og:site_name" content="${esc(article.outlet)}">
<meta property="og:title" content="${esc(article.title)}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${esc(article.title)}</h1>${paragraphsHtml(article.text)}</article>
<footer>Copyright ${esc(article.outlet)}</footer></body></html>`;
}
