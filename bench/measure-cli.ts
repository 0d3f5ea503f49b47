// Child process: the CLI as a user runs it, whole processes (`node bin/run.mjs brief`, the
// compiled dist/): `brief --help`, and a briefing of one article. CPU (user + system) comes from
// /usr/bin/time; the median of three runs each.   tsx bench/measure-cli.ts

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoRoot } from '../adapters/files/repo-paths.ts';
import { type CliResult, RESULT_PREFIX } from './results.ts';

// The repository, whether this runs from bench/ or from the compiled dist/bench/.
const ROOT = repoRoot;
const TIME = '/usr/bin/time';
const ONE_ARTICLE = 'corpus/demo/coastal-ledger.md';

// Build first if a source changed, so that no run below pays for the compiler.
spawnSync(process.execPath, ['bin/run.mjs', '--build'], { cwd: ROOT, stdio: 'ignore' });

function cpuSeconds(args: string[]): number {
  if (existsSync(TIME)) {
    const run = spawnSync(TIME, ['-f', 'BENCH_CPU %U %S', process.execPath, 'bin/run.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
    const line = run.stderr.split('\n').find((l) => l.startsWith('BENCH_CPU '));
    if (run.status !== 0 || !line) throw new Error(`${args.join(' ')} failed: ${run.stderr.slice(-500)}`);
    const [, user, system] = line.split(' ');
    return Number(user) + Number(system);
  }
  const start = performance.now();
  spawnSync(process.execPath, ['bin/run.mjs', ...args], { cwd: ROOT, stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

const median = (args: string[]) => [0, 1, 2].map(() => cpuSeconds(args)).sort((a, b) => a - b)[1]!;
const result: CliResult = {
  helpCpuS: median(['brief', '--help']),
  oneArticleCpuS: median(['brief', '--json', ONE_ARTICLE]),
  how: existsSync(TIME) ? TIME : 'wall time (no /usr/bin/time)',
};
process.stderr.write(`  [cli] brief --help ${result.helpCpuS.toFixed(2)} s CPU; one article ${result.oneArticleCpuS.toFixed(2)} s CPU\n`);
process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
