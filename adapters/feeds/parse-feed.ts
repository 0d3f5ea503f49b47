// Any feed body → ParsedFeed. The format is sniffed from the body, not trusted from the
// Content-Type, which servers often get wrong.

import { BriefError } from '../../src/errors.ts';
import type { ParsedFeed } from './feed-types.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';

export function parseFeed(body: string, name: string): ParsedFeed {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new BriefError('BAD_FEED', `${name}: the feed is empty`);
  if (start.startsWith('{')) return parseJsonFeed(start, name);
  if (start.startsWith('<')) {
    if (/^<!doctype html|^<html[\s>]/i.test(start)) throw new BriefError('BAD_FEED', `${name}: a web page, not a feed`);
    return parseXmlFeed(start, name);
  }
  throw new BriefError('BAD_FEED', `${name}: neither XML nor JSON, so not a feed`);
}
