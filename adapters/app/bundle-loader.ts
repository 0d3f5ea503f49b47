// Loads a CommonJS bundle the build wrote (bin/run.mjs `bundleCommands`) with V8's code cache:
// compiling the 2 MB of `brief`'s bundle (compromise, yaml, zod, the stages) cost about a sixth of a
// one-article briefing's CPU, every run. Node 20 has no `module.enableCompileCache()` (22.1+), so
// this does what it does for one file: `vm.Script` with `cachedData`, and after the command's work
// `createCachedData()`, which then holds the functions that run compiled too.
//
// The cache (`<bundle>.cache`) starts with the SHA-1 of the bundle it was made from: V8 checks
// only the source's length, so a rebuilt bundle of the same length would otherwise run old code.
// A cache V8 rejects (another Node version, other V8 flags) or one of another bundle is ignored
// and rewritten. Written to a temporary file and renamed, so that commands started at once never
// read half a cache; a dist/ that cannot be written to only costs the compile.

import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const HASH_BYTES = 20;

export interface LoadedBundle<T> {
  exports: T;
  /** Whether V8 took the compiled code from the cache. */
  fromCache: boolean;
  /** Writes the code cache when there was none (or V8 refused it); call once the work is done. */
  saveCache(): void;
}

export function loadBundle<T>(path: string): LoadedBundle<T> {
  const source = readFileSync(path, 'utf8');
  const hash = createHash('sha1').update(source).digest();
  const cachePath = `${path}.cache`;
  let cached: Buffer | undefined;
  try {
    const file = readFileSync(cachePath);
    if (file.length > HASH_BYTES && file.subarray(0, HASH_BYTES).equals(hash)) cached = file.subarray(HASH_BYTES);
  } catch {
    // No cache yet.
  }
  // The wrapper CommonJS gives a module; one line, so that the bundle's line numbers stay its own.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    ...(cached ? { cachedData: cached } : {}),
  });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  const needsCache = !cached || script.cachedDataRejected === true;
  return {
    exports: module.exports,
    fromCache: !needsCache,
    saveCache() {
      if (!needsCache) return;
      const temp = `${cachePath}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, Buffer.concat([hash, script.createCachedData()]));
        renameSync(temp, cachePath);
      } catch {
        rmSync(temp, { force: true });
      }
    },
  };
}
