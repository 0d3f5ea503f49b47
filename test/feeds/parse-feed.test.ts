import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../adapters/feeds/parse-feed.ts';
import { briefErrorOfCall } from '../helpers/brief-error-of.ts';
import { atomFeed, type FixtureItem, jsonFeed, rdfFeed, rssFeed } from './feed-fixtures.ts';

const items: FixtureItem[] = [
  {
    title: 'Lake Ossel falls & residents return',
    url: 'https://alpine.test/2023/11/11/return?utm_source=rss',
    guid: 'alpine-1001',
    html: '<p>Residents of Sankt Iliar began returning.</p><p>“The lake has given us a warning,” the mayor said.</p>',
    published: 'Sat, 11 Nov 2023 09:30:00 GMT',
  },
  { title: 'Second item', url: 'https://alpine.test/2', guid: 'alpine-1002', summary: 'Only a summary <b>here</b>.' },
];

const failure = (body: string) => briefErrorOfCall(() => parseFeed(body, 'Test feed'));

describe('parseFeed reads each format into the same items', () => {
  it.each([
    ['RSS 2.0', rssFeed('Alpine Courier', items), 'rss'],
    ['RSS 1.0 (RDF)', rdfFeed('Alpine Courier', items), 'rdf'],
    ['Atom', atomFeed('Alpine Courier', items), 'atom'],
    ['JSON Feed', jsonFeed('Alpine Courier', items), 'jsonfeed'],
  ])('%s', (_name, body, format) => {
    const feed = parseFeed(body, 'test');
    expect(feed.format).toBe(format);
    expect(feed.title).toBe('Alpine Courier');
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first).toMatchObject({ title: 'Lake Ossel falls & residents return', url: items[0]!.url });
    expect(first!.contentHtml).toContain('Residents of Sankt Iliar began returning.');
    expect(first!.contentHtml).toContain('“The lake has given us a warning,” the mayor said.');
    expect(Date.parse(first!.published!)).toBe(Date.parse('2023-11-11T09:30:00Z'));
    expect(second!.contentHtml).toBeUndefined();
    expect(second!.summaryHtml).toBe('Only a summary <b>here</b>.');
  });

  it('keeps an RSS guid that is not a permalink apart from the link', () => {
    const [item] = parseFeed(rssFeed('A', items), 'test').items;
    expect(item).toMatchObject({ guid: 'alpine-1001', url: items[0]!.url });
  });

  it('takes the link from a permalink guid when there is no <link>', () => {
    const body = '<rss version="2.0"><channel><title>A</title><item><title>T</title><guid>https://a.test/x</guid></item></channel></rss>';
    expect(parseFeed(body, 'test').items[0]).toMatchObject({ guid: 'https://a.test/x', url: 'https://a.test/x' });
  });

  it('reads Atom text content as text and picks the alternate link', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><entry><id>tag:b,1</id><title>T</title>
      <link rel="enclosure" href="https://b.test/a.mp3"/><link rel="alternate" href="https://b.test/a"/>
      <content type="text">a &lt;plain&gt; text</content></entry></feed>`;
    expect(parseFeed(body, 'test').items[0]).toMatchObject({ url: 'https://b.test/a', contentText: 'a <plain> text' });
  });

  it('reads an empty feed as no items', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'test').items).toEqual([]);
    expect(parseFeed(jsonFeed('Quiet', []), 'test').items).toEqual([]);
  });

  it('skips JSON Feed items that are not objects', () => {
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1', items: ['junk', { id: 7, title: 'Kept' }] });
    expect(parseFeed(body, 'test').items).toEqual([{ guid: '7', title: 'Kept' }]);
  });
});

describe('parseFeed refuses what is not a feed, naming the feed', () => {
  it.each([
    ['malformed XML', '<rss version="2.0"><channel><item><title>x</title></channel></rss>', 'not well-formed XML (line 1'],
    ['an empty body', '   ', 'the feed is empty'],
    ['an HTML page', '<!doctype html><html><body>Hello</body></html>', 'a web page, not a feed'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'not an RSS, RDF or Atom feed'],
    ['JSON that is not a JSON Feed', '{"hello": "world"}', 'not a JSON Feed'],
    ['broken JSON', '{"version": ', 'not valid JSON'],
    ['plain text', 'hello', 'neither XML nor JSON'],
  ])('%s', (_name, body, says) => {
    const refused = failure(body);
    expect(refused.code).toBe('BAD_FEED');
    expect(refused.message).toContain('Test feed');
    expect(refused.message).toContain(says);
  });
});

describe('parseFeed refuses hostile feeds before parsing them', () => {
  const laughs = (levels: number) =>
    `<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol0 "lol">\n${Array.from({ length: levels }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')}\n]>\n<rss version="2.0"><channel><title>&lol${levels};</title></channel></rss>`;
  it.each([
    ['billion laughs (nine levels)', laughs(9), 'BAD_FEED', 'declares its own XML entities'],
    ['one harmless-looking entity', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY site "Harbour Wire">]><rss version="2.0"><channel><title>&site;</title></channel></rss>', 'BAD_FEED', 'declares its own XML entities'],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>', 'BAD_FEED', 'declares its own XML entities'],
    ['a feed past the size limit', `<rss version="2.0"><channel><title>${'x'.repeat(9 * 1024 * 1024)}</title></channel></rss>`, 'PAGE_TOO_COMPLEX', 'page too complex'],
  ])('%s', (_name, body, code, says) => {
    const refused = failure(body);
    expect(refused.code).toBe(code);
    expect(refused.message).toContain('Test feed');
    expect(refused.message).toContain(says);
  });

  it('a DOCTYPE without entity declarations (RSS 0.91) is still read', () => {
    const feed = parseFeed(
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old Wire</title><item><title>Quay</title><link>https://old.example/q</link></item></channel></rss>',
      'Test feed',
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Quay']);
  });
});
