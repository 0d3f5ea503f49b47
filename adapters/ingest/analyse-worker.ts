// The worker side of the analysis pool: analyses the articles it is sent and answers with their
// analysis records. It warms the analyser up (lexicon, gazetteer) before saying it is ready.

import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../../src/analyse/analyse-article.ts';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';
import { toAnalysisRecord } from './analysis-record.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('analyse-worker.ts runs as a worker thread (see analyse-pool.ts)');

// The bot's own gazetteer entries, when it has some; else the analyser's default gazetteer.
const setup = (workerData ?? {}) as WorkerSetup;
const options = setup.gazetteer?.length ? { gazetteer: createGazetteer(setup.gazetteer) } : {};

analyseArticle({ id: 'warm-up', outlet: '', title: '', text: 'Jane Doe, the mayor of Springfield, said on Monday: “It works.”' }, options);
port.postMessage({ kind: 'ready' } satisfies WorkerReply);

port.on('message', (request: WorkerRequest) => {
  try {
    const records = request.articles.map((article) => toAnalysisRecord(analyseArticle(article, options)));
    port.postMessage({ kind: 'done', job: request.job, records } satisfies WorkerReply);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ kind: 'failed', job: request.job, error: message } satisfies WorkerReply);
  }
});
