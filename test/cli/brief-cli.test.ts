// The brief command end to end, as a user runs it: output, bad files reported, exit codes.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCorpusDir, repoRoot } from '../../adapters/files/repo-paths.ts';

// The compiled command, as `npm run brief` runs it (the test set-up has built dist/).
const brief = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'brief', ...args], { encoding: 'utf8', cwd: repoRoot });

describe('npm run brief', () => {
  it('prints JSON with the contract fields, reports a bad file and still briefs the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(dir, 'out');
    const run = brief(['--json', '--out', out, demoCorpusDir, join(dir, 'empty.txt'), join(dir, 'nope.md')]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    for (const key of ['title', 'generatedAt', 'sources', 'keyPoints', 'quotes', 'actors', 'openQuestions', 'differences']) expect(json).toHaveProperty(key);
    expect(json.sources).toHaveLength(3);
    expect(run.stderr).toContain(`skipped ${join(dir, 'empty.txt')}: the file is empty`);
    expect(run.stderr).toContain(`skipped ${join(dir, 'nope.md')}: no such file or folder`);
    expect(execFileSync('ls', [out], { encoding: 'utf8' })).toMatch(/tessaly-.*-2026-11-20\.json\n.*\.md/);
  });

  it('exits non-zero only when nothing usable is left', () => {
    const run = brief([join(tmpdir(), 'does-not-exist')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing usable to brief');
  });
});
