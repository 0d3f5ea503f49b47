// The bot's memory-saving mode: on unless BRIEFBOT_MEMORY=speed, and set by the first module the
// bot's entry imports, before anything is allocated or an analysis worker starts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memorySaving } from '../../adapters/app/memory-mode.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

describe('memory-saving mode', () => {
  it.each([
    { env: {}, saving: true },
    { env: { BRIEFBOT_MEMORY: '' }, saving: true },
    { env: { BRIEFBOT_MEMORY: 'low' }, saving: true },
    { env: { BRIEFBOT_MEMORY: 'speed' }, saving: false },
  ])('BRIEFBOT_MEMORY=$env.BRIEFBOT_MEMORY: saving $saving', ({ env, saving }) => {
    expect(memorySaving(env)).toBe(saving);
  });

  it.each(['bin/start.ts', 'bench/measure-serving.ts', 'bench/measure-big-story.ts', 'bench/measure-throughput.ts'])(
    '%s imports it before any other module',
    (file) => {
      const imports = readFileSync(join(repoRoot, file), 'utf8').match(/^import .*$/gm) ?? [];
      expect(imports[0]).toBe("import '../adapters/app/memory-mode.ts';");
    },
  );
});
