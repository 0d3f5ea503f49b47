// The brief command end to end, as a user runs it: output, bad files reported, exit codes.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

const JUNK_PAGES: Record<string, string> = {
  'cookies.html':
    '<html><body><div><h2>We value your privacy</h2><p>We use cookies.</p><button>Accept all</button></div><footer><p>© 2031 The Daily Example.</p><p>Privacy policy.</p></footer></body></html>',
  'gone.html':
    '<html><head><title>Page not found</title></head><body><h1>404</h1><p>Sorry, we can’t find that page.</p><footer><p>© 2031 The Daily Example.</p></footer></body></html>',
  'section.html': `<html><body><h1>World</h1><ul>${[
    'Harbour cranes back in service after week of repairs',
    'Council approves new tram line to the airport',
    'Storm warning issued for the northern coast',
    'Teachers vote to accept revised pay offer',
    'Museum returns carved doors to island village',
  ]
    .map((h, i) => `<li><a href="/s/${i}">${h}</a></li>`)
    .join('')}</ul></body></html>`,
};

describe('npm run brief on pages that are not articles', () => {
  it('names each file and why, briefs nothing from them, and exits 1 when nothing else is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-junk-'));
    for (const [name, html] of Object.entries(JUNK_PAGES)) writeFileSync(join(dir, name), html);
    const run = brief([dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      `skipped ${join(dir, 'cookies.html')}: a cookie or consent notice, not an article`,
      `skipped ${join(dir, 'gone.html')}: an error page ("page not found"), not an article`,
      `skipped ${join(dir, 'section.html')}: a list of 5 headlines (an index or section page), not an article`,
      'nothing usable to brief',
    ]);
  });
});

describe('npm run brief with a malformed sources.json', () => {
  it('names the entry and key of each mistake and still uses the good entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-sources-'));
    const files = readdirSync(demoCorpusDir).filter((f) => f.endsWith('.md'));
    for (const f of files) copyFileSync(join(demoCorpusDir, f), join(dir, f));
    const [first, second] = files as [string, string];
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify({ [first]: { outlet: 'Quay Courier', published: 20261120 }, [second]: { outet: 'Pier Post' }, 'missing.md': { outlet: 'Nobody' } }),
    );
    const run = brief(['--json', dir]);
    expect(run.status).toBe(0);
    const where = join(dir, 'sources.json');
    expect(run.stderr).toContain(`skipped ${where}: "${first}".published: expected text such as "2026-11-20", got the number 20261120; this key is ignored`);
    expect(run.stderr).toContain(`skipped ${where}: "${second}".outet: unknown key (did you mean outlet?)`);
    expect(run.stderr).toContain(`skipped ${where}: "missing.md": no article file of that name in this folder`);
    expect(run.stderr).not.toMatch(/Invalid input|expected string, received/);
    // The good key of the first entry still counts.
    expect(JSON.parse(run.stdout).sources.map((s: { outlet: string }) => s.outlet)).toContain('Quay Courier');
  });
});

// `script` gives the command a terminal, as a user's shell would.
const hasScript = existsSync('/usr/bin/script');

describe('progress while briefing', () => {
  it.skipIf(!hasScript)('on a terminal: counting lines on stderr for reading and analysing', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(repoRoot, 'bin', 'run.mjs'))} brief ${JSON.stringify(demoCorpusDir)} > /dev/null`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, COLUMNS: '100' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('reading files: 3/3 (100%)');
    expect(run.stdout).toContain('analysing articles: 3/3 (100%)');
    // The line is cleared at the end: no half-drawn counter is left behind.
    expect(run.stdout.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('through a pipe: no progress at all, stderr stays clean', () => {
    const run = brief([demoCorpusDir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('the bundled brief command', () => {
  it('runs from the start-up snapshot and from the bundle, both briefing exactly as the modules do', async () => {
    // The build (test set-up) bundles the command's modules and snapshots the bundle.
    const bundle = join(repoRoot, 'dist', 'bundles', 'brief-files.cjs');
    expect(existsSync(bundle)).toBe(true);
    const { snapshotBlob } = await import('../../adapters/app/brief-snapshot.ts');
    expect(snapshotBlob(bundle, {}, [])).toBe(join(repoRoot, 'dist', 'bundles', 'brief-files.blob'));
    const env = (snapshot: string) => {
      const { NODE_OPTIONS: _, ...rest } = process.env;
      return { ...rest, BRIEFBOT_SNAPSHOT: snapshot };
    };
    const run = (snapshot: string) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'brief', '--json', demoCorpusDir], { encoding: 'utf8', cwd: repoRoot, env: env(snapshot) });
    const fromSnapshot = run('1');
    const fromBundle = run('0');
    expect(fromSnapshot.status).toBe(0);
    expect(fromBundle.status).toBe(0);
    const { loadPaths } = await import('../../adapters/files/load-paths.ts');
    const { briefingFromAnalysis } = await import('../../src/build-briefing.ts');
    const { analyseWithProgress } = await import('../../adapters/progress/brief-progress.ts');
    const fromModules = briefingFromAnalysis(analyseWithProgress(loadPaths([demoCorpusDir]).articles));
    const withoutClock = (b: { generatedAt?: string }) => ({ ...b, generatedAt: undefined });
    const expected = withoutClock(JSON.parse(JSON.stringify(fromModules)));
    expect(withoutClock(JSON.parse(fromSnapshot.stdout))).toEqual(expected);
    expect(withoutClock(JSON.parse(fromBundle.stdout))).toEqual(expected);
  });
});
