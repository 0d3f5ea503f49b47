// Any feed body → ParsedFeed. The format is sniffed from the body, not trusted from the
// Content-Type, which servers often get wrong.

import { BriefError } from '../../src/errors.ts';
import { MAX_MARKUP_CHARS } from '../../src/ingest/page-limits.ts';
import type { ParsedFeed } from './feed-types.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';

export function parseFeed(body: string, name: string): ParsedFeed {
  if (body.length > MAX_MARKUP_CHARS) {
    throw new BriefError('PAGE_TOO_COMPLEX', `${name}: page too complex (a feed of ${Math.round(body.length / 1024 / 1024)} MB; at most ${MAX_MARKUP_CHARS / 1024 / 1024} MB)`);
  }
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new BriefError('BAD_FEED', `${name}: the feed is empty`);
  if (start.startsWith('{')) return parseJsonFeed(start, name);
  if (start.startsWith('<')) {
    if (/^<!doctype html|^<html[\s>]/i.test(start)) throw new BriefError('BAD_FEED', `${name}: a web page, not a feed`);
    // Entity declarations are how "billion laughs" feeds explode; no real feed declares its own.
    // (Inside CDATA the words would be harmless, but no feed has a reason to carry them.)
    if (/<!ENTITY/i.test(start)) {
      throw new BriefError('BAD_FEED', `${name}: the feed declares its own XML entities, which are not accepted`);
    }
    return parseXmlFeed(start, name);
  }
  throw new BriefError('BAD_FEED', `${name}: neither XML nor JSON, so not a feed`);
}
