// The bot runs with V8's memory-saving heuristics (`--optimize-for-size`): a smaller young
// generation and old-generation growth close to what is live. Ingest makes a lot of short-lived
// garbage on the main thread (about 0.9 MB per article: the story book's features, the store's
// hashes and JSON, the workers' records); with V8's defaults the heap kept growing into a reserve
// of some 350 MB at 10,000 articles while 40–70 MB was live. Measured on 1,000 articles with two
// workers: peak RSS 330 → 220 MB for about 5–15% more CPU (`npm run bench`, README "Where the
// bot's memory goes").
//
// Set from the process itself (the first module the bot's entry imports), so that `npm start`,
// `node bin/run.mjs start` and the benchmark all run the same way, and before the analysis workers
// start: worker threads share the process's V8 flags. `BRIEFBOT_MEMORY=speed` keeps V8's defaults.

import { setFlagsFromString } from 'node:v8';

export const MEMORY_SAVING_FLAG = '--optimize-for-size';
// And optimising compilation on the thread whose code it is, not on V8's shared background
// threads: each of those threads got its own malloc arena (glibc) for the compiler's scratch
// memory, and kept it. With the main thread and two analysis workers compiling, the serving child
// at 10,000 articles held 35-48 MB in such arenas; without it, peak RSS 278 -> 258 MB in one pair
// of runs side by side (`node dist/bench/measure-serving.js 10000`, README "Where the bot's memory
// goes"). The compiling is the same work, done where the code runs.
export const COMPILE_ON_OWN_THREAD_FLAG = '--no-concurrent-recompilation';

/** Whether the bot saves memory (the default) or runs with V8's defaults; from the environment. */
export function memorySaving(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BRIEFBOT_MEMORY !== 'speed';
}

if (memorySaving()) {
  setFlagsFromString(MEMORY_SAVING_FLAG);
  setFlagsFromString(COMPILE_ON_OWN_THREAD_FLAG);
}
