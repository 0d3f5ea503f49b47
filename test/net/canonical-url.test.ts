import { describe, expect, it } from 'vitest';
import { canonicalUrl, dedupeUrl, urlKey } from '../../adapters/net/canonical-url.ts';

describe('canonicalUrl', () => {
  it.each([
    ['tracking parameters go', 'https://news.test/a?utm_source=rss&utm_medium=feed&id=7', 'https://news.test/a?id=7'],
    ['click ids go', 'https://news.test/a?fbclid=x1&gclid=y2&msclkid=z', 'https://news.test/a'],
    ['referrer and share tags go', 'https://news.test/a?ref=rss&sr_share=twitter&Ref_Src=tw', 'https://news.test/a'],
    ['the fragment goes', 'https://news.test/a#comments', 'https://news.test/a'],
    ['host case and default port', 'HTTPS://News.Test:443/A', 'https://news.test/A'],
    ['parameters are sorted', 'https://news.test/a?b=2&a=1', 'https://news.test/a?a=1&b=2'],
    ['a trailing slash goes', 'https://news.test/a/b/', 'https://news.test/a/b'],
    ['the root keeps its slash', 'https://news.test/', 'https://news.test/'],
    ['other parameters stay', 'https://news.test/story?page=2', 'https://news.test/story?page=2'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each([['mailto:a@b.test'], ['not a url'], ['ftp://news.test/a']])('%s is not an article URL', (input) => {
    expect(canonicalUrl(input)).toBeUndefined();
  });

  it('gives http and https, www and bare host, one dedupe key', () => {
    const keys = ['http://www.news.test/a?utm_campaign=x', 'https://news.test/a', 'https://news.test/a/#top'].map(urlKey);
    expect(new Set(keys).size).toBe(1);
  });

  it('the store keeps the dedupe key as an https URL without "www."', () => {
    expect(dedupeUrl('http://www.News.test/a/?utm_source=x&b=2&a=1#top')).toBe('https://news.test/a?a=1&b=2');
    expect(dedupeUrl('not a url')).toBeUndefined();
  });
});
