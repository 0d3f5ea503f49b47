// The shared seed corpus sits beside the checkout; tests that need it skip, saying why, without it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

export const seedCorpusDir = join(repoRoot, '..', 'shared', 'corpus', 'blinken-seoul');
export const hasSeedCorpus = existsSync(seedCorpusDir);
export const seedSkipMessage = hasSeedCorpus ? '' : ' (skipped: ../shared/corpus/blinken-seoul is not beside this checkout)';
