// Where untrusted markup (fetched pages, feed bodies, pasted links' documents) is parsed: in the
// analysis pool's workers when the bot has them, so Readability, linkedom and the XML parser never
// block the main thread (Slack, Discord, the scheduler and polling go on), with the pool's
// wall-clock limit. Without a pool (the CLI, tests, `analysisWorkers: 0`) the same code runs here;
// the size and depth limits (src/ingest/page-limits.ts) hold either way.

import type { Article } from '../../src/article.ts';
import type { DocumentInput } from '../../src/ingest/parse-document.ts';
import type { ParsedDocument } from '../../src/ingest/parse-markdown.ts';
import { BriefError } from '../../src/errors.ts';
import { MAX_MARKUP_CHARS } from '../../src/ingest/page-limits.ts';
import type { ParsedFeed } from '../feeds/feed-types.ts';
import type { AnalysePool } from './analyse-pool.ts';

export interface UntrustedParser {
  /** An article page → its text and metadata (Readability). */
  parsePage(html: string, name: string): Promise<ParsedDocument>;
  /** A feed body → its items, their HTML already turned into text. */
  readFeed(body: string, name: string): Promise<ParsedFeed>;
  /** A fetched document (HTML or plain text) → a cleaned Article. */
  parseDocument(input: DocumentInput): Promise<Article>;
}

// The parsers (Readability, linkedom, the XML parser: some 20 MB of heap and 40 MB of memory) are
// loaded on first use: a bot whose pool parses everything never loads them on its main thread.
const pageParser = () => import('../../src/ingest/parse-html.ts');
const feedReader = () => import('../feeds/read-feed.ts');
const documentParser = () => import('../../src/ingest/parse-document.ts');

/** Parses on this thread (the limits still hold); the parsers load at the first parse. */
export const inProcessParser: UntrustedParser = {
  parsePage: async (html, name) => (await pageParser()).parseHtml(html, name),
  readFeed: async (body, name) => (await feedReader()).readFeed(body, name),
  parseDocument: async (input) => (await documentParser()).parseDocument(input),
};

/** Too large to be worth copying to a worker: refused here, at the cost of reading a length. */
function tooLarge(length: number, name: string): BriefError {
  return new BriefError('PAGE_TOO_COMPLEX', `${name}: page too complex (${Math.round(length / 1024 / 1024)} MB of markup; at most ${MAX_MARKUP_CHARS / 1024 / 1024} MB)`);
}

/** Parses in the pool's workers whenever there is a pool, else on this thread. */
export function poolParser(pool: () => AnalysePool | undefined): UntrustedParser {
  return {
    async parsePage(html, name) {
      if (html.length > MAX_MARKUP_CHARS) throw tooLarge(html.length, name);
      const workers = pool();
      return workers ? workers.parse({ task: 'page', html, name }) : inProcessParser.parsePage(html, name);
    },
    async readFeed(body, name) {
      if (body.length > MAX_MARKUP_CHARS) throw tooLarge(body.length, name);
      const workers = pool();
      return workers ? workers.parse({ task: 'feed', body, name }) : inProcessParser.readFeed(body, name);
    },
    async parseDocument(input) {
      if (input.content.length > MAX_MARKUP_CHARS) throw tooLarge(input.content.length, input.fileName);
      const workers = pool();
      return workers ? workers.parse({ task: 'document', input }) : inProcessParser.parseDocument(input);
    },
  };
}
