// The analyser's version, for the analysis cache: a hash of the analysis source files, so that
// any change to the analyser makes old cached analyses miss instead of being served stale.

import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const ANALYSE_DIR = new URL('../../src/analyse/', import.meta.url);

let version: string | undefined;

export function analysisVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  try {
    const dir = fileURLToPath(ANALYSE_DIR);
    for (const name of readdirSync(dir).sort()) {
      if (!/\.[cm]?[jt]s$/.test(name)) continue;
      hash.update(name).update('\0').update(readFileSync(new URL(name, ANALYSE_DIR))).update('\0');
    }
  } catch {
    // Without readable sources (a bundled build) every run gets a fresh version: the cache then
    // only saves work within one run, but never serves an analysis from another analyser.
    hash.update(`run-${process.pid}-${Date.now()}`);
  }
  version = `analyse-${hash.digest('hex').slice(0, 12)}`;
  return version;
}
