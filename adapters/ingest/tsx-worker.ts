// Starts a worker thread from a TypeScript file. Worker threads do not inherit the tsx loader
// that runs the main thread (under `tsx` or vitest), and on Node 20 `execArgv: ['--import',
// 'tsx']` does not reach a worker's entry module. So a `.ts` entry is started by a two-line
// bootstrap that registers tsx's require hooks and requires the entry.
//
// Require hooks, not ESM hooks: Node runs ESM hooks on a thread of their own, one more V8
// isolate per worker (about 20 MB each); require hooks run in the worker itself. The price: a
// worker entry and what it imports must compile to CommonJS — no top-level await, no
// import.meta — and packages load through their `require` builds.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

let tsxRequireApi: string | undefined;

export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  tsxRequireApi ??= createRequire(import.meta.url).resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(tsxRequireApi)}).register();\nrequire(${JSON.stringify(fileURLToPath(entry))});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
