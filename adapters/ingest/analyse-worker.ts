// The worker side of the analysis pool: analyses the articles it is sent and answers with their
// analysis records. It warms the analyser up (lexicon, gazetteer) before saying it is ready.
// It also parses untrusted pages and feeds (ParseTask), so that Readability, linkedom and the XML
// parser never run on the bot's main thread; the pool kills a worker that takes too long.

import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';
import { isBriefError } from '../../src/errors.ts';
import { briefingPart } from '../../src/build-briefing.ts';
import { fromAnalysisRecord, toAnalysisRecord } from './analysis-record.ts';
import type { ParseTask, WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('analyse-worker.ts runs as a worker thread (see analyse-pool.ts)');

// The bot's own gazetteer entries, when it has some; else the analyser's default gazetteer.
const setup = (workerData ?? {}) as WorkerSetup;
const options = setup.gazetteer?.length ? { gazetteer: createGazetteer(setup.gazetteer) } : {};

analyseArticle({ id: 'warm-up', outlet: '', title: '', text: 'Jane Doe, the mayor of Springfield, said on Monday: “It works.”' }, options);
port.postMessage({ kind: 'ready' } satisfies WorkerReply);

// The parsers (Readability, linkedom, the XML parser: about 10 MB of each worker's heap) load at
// the first parse: a bot whose sources are folders of text, or that is only analysing, never
// loads them. Compiled (dist/, ESM) or bundled (dist/bundles/analyse-worker.cjs, where esbuild
// has put them inside) they come through import(); run from the TypeScript source this worker is
// CommonJS under tsx's require hooks (tsx-worker.ts), where import() would miss the hooks, so
// through require, called indirectly so that the bundler leaves those .ts paths alone.
type Parsers = {
  parseHtml: typeof import('../../src/ingest/parse-html.ts').parseHtml;
  readFeed: typeof import('../feeds/read-feed.ts').readFeed;
  parseDocument: typeof import('../../src/ingest/parse-document.ts').parseDocument;
};
let parsers: Parsers | undefined;
// Set by the bundle's first line (bin/run.mjs `bundleCommands`); absent elsewhere.
declare const __bundleUrl: string | undefined;
async function loadParsers(): Promise<Parsers> {
  if (!parsers) {
    if (typeof require === 'function' && typeof __bundleUrl === 'undefined') {
      const load = require;
      parsers = {
        parseHtml: load('../../src/ingest/parse-html.ts').parseHtml,
        readFeed: load('../feeds/read-feed.ts').readFeed,
        parseDocument: load('../../src/ingest/parse-document.ts').parseDocument,
      };
    } else {
      const [html, feed, document] = await Promise.all([
        import('../../src/ingest/parse-html.ts'),
        import('../feeds/read-feed.ts'),
        import('../../src/ingest/parse-document.ts'),
      ]);
      parsers = { parseHtml: html.parseHtml, readFeed: feed.readFeed, parseDocument: document.parseDocument };
    }
  }
  return parsers;
}

async function parse(task: ParseTask & { job: number }) {
  const { parseHtml, readFeed, parseDocument } = await loadParsers();
  port!.postMessage({ kind: 'parsing', job: task.job } satisfies WorkerReply);
  switch (task.task) {
    case 'page':
      return parseHtml(task.html, task.name);
    case 'feed':
      return readFeed(task.body, task.name);
    case 'document':
      return parseDocument(task.input);
  }
}

port.on('message', async (request: WorkerRequest) => {
  try {
    if ('task' in request) {
      port.postMessage({ kind: 'parsed', job: request.job, result: await parse(request) } satisfies WorkerReply);
      return;
    }
    if ('brief' in request) {
      const { articles, records, part, options: built } = request.brief;
      const analysis = { articles: articles.map((article, i) => fromAnalysisRecord(article, records[i]!)) };
      port.postMessage({ kind: 'briefed', job: request.job, part: briefingPart(analysis, part, built) } satisfies WorkerReply);
      return;
    }
    const records = request.articles.map((article) => toAnalysisRecord(analyseArticle(article, options)));
    port.postMessage({ kind: 'done', job: request.job, records } satisfies WorkerReply);
  } catch (error) {
    if (isBriefError(error)) {
      port.postMessage({ kind: 'failed', job: request.job, error: error.message, code: error.code } satisfies WorkerReply);
      return;
    }
    // A stack overflow (markup nested past what the parser can recurse through) is a refusal too.
    if ('task' in request && error instanceof RangeError && /call stack/i.test(error.message)) {
      const name = request.task === 'document' ? request.input.fileName : request.name;
      port.postMessage({ kind: 'failed', job: request.job, error: `${name}: page too complex (nested too deep to parse)`, code: 'PAGE_TOO_COMPLEX' } satisfies WorkerReply);
      return;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ kind: 'failed', job: request.job, error: message } satisfies WorkerReply);
  }
});
