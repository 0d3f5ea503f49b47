// Analysis on worker threads, so ingest uses every core: articles go out in small chunks to
// whichever worker is free and come back as analysis records, in the order they were given.
//
//   const pool = createAnalysePool({ workers: 2 });
//   await pool.ready();                        // optional: waits for the analyser to load
//   const records = await pool.analyse(articles);
//   const page = await pool.parse({ task: 'page', html, name: url });   // untrusted markup, off the main thread
//   const half = await pool.brief({ articles, records, part: 'open-questions', options });  // a briefing's half
//   await pool.close();
//
// Idle workers do not keep the process alive. A worker that crashes (or runs out of its heap)
// fails only the chunk it held and is replaced; one that cannot start at all fails the pool's
// work instead of looping. A parse that runs past its wall-clock limit gets its worker killed
// and replaced, and is refused as PAGE_TOO_COMPLEX ("page too complex"); the pool goes on.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { GazetteerEntry } from '../../src/analyse/gazetteer-data.ts';
import type { Article } from '../../src/article.ts';
import { BriefError, type BriefErrorCode } from '../../src/errors.ts';
import type { AnalysisRecord } from './analysis-record.ts';
import { existsSync } from 'node:fs';
import { startWorker } from './tsx-worker.ts';
import type { Briefing } from '../../src/briefing.ts';
import type { BriefTask, ParseResults, ParseTask, WorkerReply, WorkerRequest, WorkerSetup } from './worker-messages.ts';

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
  /**
   * Wall-clock limit of one parse of untrusted markup, from the moment a worker takes it: past it
   * the worker is killed and replaced, and the parse refused as too complex.
   */
  parseTimeoutMs?: number;
}

export const DEFAULT_WORKER_HEAP_MB = 96;
export const DEFAULT_WORKER_YOUNG_MB = 8;
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
/** Time a worker may take to load its parsers before a parse's own limit starts. */
const PARSER_LOAD_ALLOWANCE_MS = 60_000;

export interface AnalysePool {
  readonly workers: number;
  ready(): Promise<void>;
  analyse(articles: Article[]): Promise<AnalysisRecord[]>;
  /** Parses untrusted markup in a worker, under the wall-clock limit; refusals are BriefErrors. */
  parse<T extends ParseTask>(task: T): Promise<ParseResults[T['task']]>;
  /**
   * Builds one half of a briefing in a worker. A reader is waiting for it, so it goes ahead of
   * queued analyses and parses (behind other briefings): an ingest never delays a `/brief`.
   */
  brief(task: BriefTask): Promise<Partial<Briefing>>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  request: WorkerRequest;
  /** Parses: the wall-clock limit, started when a worker takes the job. */
  timeoutMs?: number;
  timer?: NodeJS.Timeout;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  isReady: boolean;
  job?: Job;
  started: Promise<void>;
}

// Workers run compiled JavaScript: the worker's bundle (one file, bin/run.mjs `bundleCommands`;
// loading the modules one by one cost a worker 0.97 s of CPU, the bundle 0.54 s), else the entry
// beside this module when it is itself compiled (dist/), else the repository's dist/ (built by
// npm ci, and rebuilt before the tests when stale), and only without a build the TypeScript source
// through tsx, which compiles the whole analysis in every worker it starts.
function defaultEntry(): URL {
  const here = import.meta.url;
  const dist = here.endsWith('.ts') ? new URL('../../dist/', here) : new URL('../../', here);
  const bundle = new URL('bundles/analyse-worker.cjs', dist);
  if (existsSync(bundle)) return bundle;
  if (!here.endsWith('.ts')) return new URL('./analyse-worker.js', here);
  const compiled = new URL('adapters/ingest/analyse-worker.js', dist);
  return existsSync(compiled) ? compiled : new URL('./analyse-worker.ts', here);
}

export function createAnalysePool(options: AnalysePoolOptions = {}): AnalysePool {
  const count = Math.max(1, options.workers ?? availableParallelism());
  const chunkSize = Math.max(1, options.chunkSize ?? 8);
  const entry = options.entry ?? defaultEntry();
  const heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const youngMb = options.workerYoungMb ?? DEFAULT_WORKER_YOUNG_MB;
  const parseTimeoutMs = options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
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
      } else if (reply.kind === 'parsing') {
        // The worker has its parsers (loaded at its first parse): the limit counts from now.
        const job = slot.job;
        if (job && job.id === reply.job && job.timeoutMs !== undefined) {
          clearTimeout(job.timer);
          job.timer = setTimeout(() => overran(slot, job), job.timeoutMs);
        }
        return;
      } else {
        const job = slot.job;
        slot.job = undefined;
        worker.unref();
        if (job && job.id === reply.job) {
          clearTimeout(job.timer);
          if (reply.kind === 'done') job.resolve(reply.records);
          else if (reply.kind === 'parsed') job.resolve(reply.result);
          else if (reply.kind === 'briefed') job.resolve(reply.part);
          else if (reply.code) job.reject(new BriefError(reply.code as BriefErrorCode, reply.error));
          else job.reject(new Error(`${'task' in job.request ? 'parsing' : 'brief' in job.request ? 'briefing' : 'analysis'} failed in a worker: ${reply.error}`));
        }
      }
      dispatch();
    });
    const lost = (error: Error) => {
      if (!slots.includes(slot)) return;
      slots = slots.filter((s) => s !== slot);
      clearTimeout(slot.job?.timer);
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
      // A parse's limit starts here and starts again when the worker says it is parsing (after
      // loading its parsers at its first parse, which takes seconds on a loaded machine; loading
      // is no untrusted work). The first timer is a net should the worker never say so.
      if (job.timeoutMs !== undefined) job.timer = setTimeout(() => overran(slot, job), 'task' in job.request ? job.timeoutMs + PARSER_LOAD_ALLOWANCE_MS : job.timeoutMs);
      slot.worker.postMessage(job.request);
    }
  }

  /** A parse past its limit: its worker is killed (it may be stuck for minutes) and replaced. */
  function overran(slot: Slot, job: Job): void {
    if (slot.job !== job || !slots.includes(slot)) return;
    slots = slots.filter((s) => s !== slot);
    slot.job = undefined;
    const name = 'task' in job.request ? (job.request.task === 'document' ? job.request.input.fileName : job.request.name) : 'the page';
    job.reject(new BriefError('PAGE_TOO_COMPLEX', `${name}: page too complex (not parsed within ${job.timeoutMs! / 1000} s)`));
    void slot.worker.terminate();
    if (!closed) {
      slots.push(spawn());
      dispatch();
    }
  }

  function submit<T>(request: Omit<WorkerRequest, 'job'>, timeoutMs?: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const id = nextJob++;
      const job: Job = { id, request: { ...request, job: id } as WorkerRequest, ...(timeoutMs !== undefined ? { timeoutMs } : {}), resolve: resolve as (r: unknown) => void, reject };
      if ('brief' in request) {
        // Ahead of everything but the briefings already waiting.
        const firstOther = queue.findIndex((j) => !('brief' in j.request));
        queue.splice(firstOther < 0 ? queue.length : firstOther, 0, job);
      } else queue.push(job);
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
      for (let i = 0; i < articles.length; i += chunkSize) chunks.push(submit<AnalysisRecord[]>({ articles: articles.slice(i, i + chunkSize) }));
      return (await Promise.all(chunks)).flat();
    },
    async parse(task) {
      if (closed) throw new Error('the analysis pool is closed');
      if (fatal && slots.length === 0) throw fatal;
      return submit(task, parseTimeoutMs);
    },
    async brief(task) {
      if (closed) throw new Error('the analysis pool is closed');
      if (fatal && slots.length === 0) throw fatal;
      return submit({ brief: task });
    },
    async close() {
      if (closed) return;
      closed = true;
      failAll(new Error('the analysis pool is closed'));
      const closing = slots;
      slots = [];
      for (const slot of closing) {
        clearTimeout(slot.job?.timer);
        slot.job?.reject(new Error('the analysis pool is closed'));
      }
      await Promise.all(closing.map((s) => s.worker.terminate()));
    },
  };
}
