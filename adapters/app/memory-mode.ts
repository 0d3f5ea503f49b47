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

/** Whether the bot saves memory (the default) or runs with V8's defaults; from the environment. */
export function memorySaving(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BRIEFBOT_MEMORY !== 'speed';
}

if (memorySaving()) setFlagsFromString(MEMORY_SAVING_FLAG);
