// Where the repository's own files live (the demo corpus, summaries/), whether this module runs
// from its TypeScript source (adapters/files/) or from the compiled copy (dist/adapters/files/).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(from, '..', '..');
  }
}

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
export const demoCorpusDir = join(repoRoot, 'corpus', 'demo');
export const summariesDir = join(repoRoot, 'summaries');
