// Runs one measurement in a fresh Node process, so each size's peak memory is its own. The child
// runs the compiled dist/bench/ as the bot runs dist/ (plain node: no tsx compiler in its memory
// or start-up); the benchmark builds dist/ first (`buildForBench`). Without a build, through tsx.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot as REPO_ROOT } from '../adapters/files/repo-paths.ts';
import { RESULT_PREFIX } from './results.ts';

/** Builds dist/ when a source is newer (bin/run.mjs); false when the build failed. */
export function buildForBench(): boolean {
  return spawnSync(process.execPath, ['bin/run.mjs', '--build-if-stale'], { cwd: REPO_ROOT, stdio: 'inherit' }).status === 0;
}

/** The node arguments that run `script` (a path like './measure-serving.ts', relative to bench/). */
export function childCommand(script: string): string[] {
  const name = script.replace(/^\.\//, '');
  const compiled = join(REPO_ROOT, 'dist', 'bench', name.replace(/\.ts$/, '.js'));
  return existsSync(compiled) ? [compiled] : ['--import', 'tsx', join(REPO_ROOT, 'bench', name)];
}

export function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...childCommand(script), ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`${script} ${args.join(' ')} exited with code ${code}${line ? '' : ' and no result'}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
    });
  });
}
