// Where the bundled demo corpus lives, and a fixed clock for its golden briefing.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const demoCorpusDir = join(repoRoot, 'corpus', 'demo');
export const summariesDir = join(repoRoot, 'summaries');
