// Before any test: build dist/ when a source is newer than it, so that tests which run the compiled
// commands (`node bin/run.mjs …`, as npm start and npm run brief do) run what the sources say and
// never pay for a compile inside a test's time.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../adapters/files/repo-paths.ts';

export default function setup(): void {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), '--build-if-stale'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('the build (node bin/run.mjs --build) failed: see the compiler output above');
}
