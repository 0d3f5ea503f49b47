// Analysis on worker threads, so ingest uses every core: articles go out in small chunks to
// whichever worker is free and come back as analysis records, in the order they were given.
//
//   const pool = createAnalysePool({ workers: 2 });
//   await pool.ready();                        // optional: waits for the analyser to load
//   const records = await pool.analyse(articles);
//   await pool.close();
//
// Idle workers do not keep the process alive. A worker that crashes (or runs out of its heap)
// fails only the chunk it held and is replaced; one that cannot start at all fails the pool's
// work instead of looping.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { GazetteerEntry } from '../../src/analyse/gazetteer-data.ts';
import type { Article } from '../../src/article.ts';
import type { AnalysisRecord } from './analysis-record.ts';
import { existsSync } from 'node:fs';
import { startWorker } from './tsx-worker.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.ts';

export interface AnalysePoolOptions {
  /** Worker threads; default: one per core. */
  workers?: number;
  /** Articles sent to a worker at once: small enough to balance the load, large enough to amortise messages. */
  chunkSize?: number;
  /** The worker script; tests point it elsewhere. */
  entry?: URL;
  /**
   * Old-generation heap of each worker, MB (0: V8's default). A tight heap makes workers collect
   * garbage early, which keeps the bot's memory flat; an article too big for it (megabytes of
   * text) fails in the worker, and the cached analyser then analyses it on its own thread.
   */
  workerHeapMb?: number;
  /**
   * Young-generation heap of each worker, MB (0: V8's default). Analysis makes much short-lived
   * garbage; a small young generation is collected often and keeps each worker's memory low.
   */
  workerYoungMb?: number;
  /** Gazetteer entries added to the default ones in every worker (the bot's configured gazetteer). */
  gazetteer?: GazetteerEntry[];
}

export const DEFAULT_WORKER_HEAP_MB = 96;
export const DEFAULT_WORKER_YOUNG_MB = 8;

export interface AnalysePool {
  readonly workers: number;
  ready(): Promise<void>;
  analyse(articles: Article[]): Promise<AnalysisRecord[]>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  articles: Article[];
  resolve(records: AnalysisRecord[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  isReady: boolean;
  job?: Job;
  started: Promise<void>;
}

// Workers run compiled JavaScript: the entry beside this module when it is itself compiled (dist/),
// else the repository's dist/ (built by npm ci, and rebuilt before the tests when stale), and only
// without a build the TypeScript source through tsx, which compiles the whole analysis in every
// worker it starts.
function defaultEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL('./analyse-worker.js', here);
  const compiled = new URL('../../dist/adapters/ingest/analyse-worker.js', here);
  return existsSync(compiled) ? compiled : new URL('./analyse-worker.ts', here);
}

export function createAnalysePool(options: AnalysePoolOptions = {}): AnalysePool {
  const count = Math.max(1, options.workers ?? availableParallelism());
  const chunkSize = Math.max(1, options.chunkSize ?? 8);
  const entry = options.entry ?? defaultEntry();
  const heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const youngMb = options.workerYoungMb ?? DEFAULT_WORKER_YOUNG_MB;
  const resourceLimits = {
    ...(heapMb > 0 ? { maxOldGenerationSizeMb: heapMb } : {}),
    ...(youngMb > 0 ? { maxYoungGenerationSizeMb: youngMb } : {}),
  };
  const workerOptions = {
    ...(Object.keys(resourceLimits).length > 0 ? { resourceLimits } : {}),
    ...(options.gazetteer?.length ? { workerData: { gazetteer: options.gazetteer } satisfies WorkerSetup } : {}),
  };
  const queue: Job[] = [];
  let slots: Slot[] = [];
  let nextJob = 0;
  let closed = false;
  let fatal: Error | undefined;

  function failAll(error: Error): void {
    for (const job of queue.splice(0)) job.reject(error);
  }

  function spawn(): Slot {
    const worker = startWorker(entry, workerOptions);
    worker.unref();
    let markStarted!: () => void;
    let failStart!: (e: Error) => void;
    const started = new Promise<void>((resolve, reject) => {
      markStarted = resolve;
      failStart = reject;
    });
    started.catch(() => {});
    const slot: Slot = { worker, isReady: false, started };

    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.isReady = true;
        markStarted();
      } else {
        const job = slot.job;
        slot.job = undefined;
        worker.unref();
        if (job && job.id === reply.job) {
          if (reply.kind === 'done') job.resolve(reply.records);
          else job.reject(new Error(`analysis failed in a worker: ${reply.error}`));
        }
      }
      dispatch();
    });
    const lost = (error: Error) => {
      if (!slots.includes(slot)) return;
      slots = slots.filter((s) => s !== slot);
      slot.job?.reject(error);
      slot.job = undefined;
      if (closed) return;
      if (!slot.isReady) {
        // The analyser cannot even load: replacing the worker would fail the same way, forever.
        fatal = error;
        failStart(error);
        if (slots.length === 0) failAll(error);
        return;
      }
      slots.push(spawn());
      dispatch();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`analysis worker exited with code ${code}`)));
    return slot;
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.isReady || slot.job) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ job: job.id, articles: job.articles } satisfies WorkerRequest);
    }
  }

  function submit(articles: Article[]): Promise<AnalysisRecord[]> {
    return new Promise((resolve, reject) => {
      queue.push({ id: nextJob++, articles, resolve, reject });
      dispatch();
    });
  }

  slots = Array.from({ length: count }, spawn);
  const allStarted = Promise.all(slots.map((s) => s.started)).then(() => undefined);
  allStarted.catch(() => {});

  return {
    workers: count,
    ready: () => allStarted,
    async analyse(articles) {
      if (closed) throw new Error('the analysis pool is closed');
      if (fatal && slots.length === 0) throw fatal;
      const chunks: Promise<AnalysisRecord[]>[] = [];
      for (let i = 0; i < articles.length; i += chunkSize) chunks.push(submit(articles.slice(i, i + chunkSize)));
      return (await Promise.all(chunks)).flat();
    },
    async close() {
      if (closed) return;
      closed = true;
      failAll(new Error('the analysis pool is closed'));
      const closing = slots;
      slots = [];
      for (const slot of closing) slot.job?.reject(new Error('the analysis pool is closed'));
      await Promise.all(closing.map((s) => s.worker.terminate()));
    },
  };
}
