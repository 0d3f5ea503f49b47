// `npm run eval`: for every corpus folder with an expected.json (../shared/corpus/*, corpus/eval/*, this
// repository's corpus/* and test/quotes/corpus/*), build the briefing and print how it compares.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { repoRoot } from '../adapters/files/repo-paths.ts';
import { createProgress } from '../adapters/progress/progress-line.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { EVALUATORS, evalColumns, evaluateCorpus, type EvalRow } from '../src/eval/evaluate-corpus.ts';
import { parseExpected } from '../src/eval/expected.ts';
import { formatTable } from '../src/eval/table.ts';
import { keyPointEvaluator } from '../src/eval/eval-key-points.ts';
import { openQuestionEvaluator } from '../src/eval/eval-open-questions.ts';
import { formatRouge, isReferenceArticle, referenceOf, type RougeRun, rougeRun } from '../src/eval/eval-rouge.ts';
import type { Briefing } from '../src/briefing.ts';
import { checkProvenance, provenanceEvaluator } from '../src/eval/provenance.ts';
import { spawnSync } from 'node:child_process';

const evaluators = [...EVALUATORS, keyPointEvaluator, openQuestionEvaluator, provenanceEvaluator];
const rougeRuns: RougeRun[] = [];

const ROOTS = [
  { label: 'shared', dir: join(repoRoot, '..', 'shared', 'corpus') },
  { label: 'corpus', dir: join(repoRoot, 'corpus') },
  // Held out: written to measure, never to tune the rules on (see corpus/eval/README.md).
  { label: 'eval', dir: join(repoRoot, 'corpus', 'eval') },
  { label: 'holdout', dir: join(repoRoot, 'corpus', 'holdout') },
  // Invented stories written to test quote attribution on more than the seed.
  { label: 'quotes-dev', dir: join(repoRoot, 'test', 'quotes', 'corpus') },
];

function corpusFolders(): { name: string; dir: string }[] {
  const folders: { name: string; dir: string }[] = [];
  for (const root of ROOTS) {
    if (!existsSync(root.dir)) continue;
    for (const name of readdirSync(root.dir).sort()) {
      const dir = join(root.dir, name);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'expected.json'))) folders.push({ name: `${root.label}/${name}`, dir });
    }
  }
  return folders;
}

const rows: EvalRow[] = [];
const folders = corpusFolders();
// On a terminal, a counting line on stderr; the table itself goes to stdout.
const progress = createProgress('evaluating corpora', folders.length);
for (const { name, dir } of folders) {
  progress.show(name);
  const loaded = loadPaths([dir]);
  const { problems } = loaded;
  // A folder's reference.md is the editor's summary, not an article.
  const articles = loaded.articles.filter((a) => !isReferenceArticle(a));
  for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
  const rawExpected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const expected = parseExpected(rawExpected);
  let briefing: Briefing | undefined;
  const build = (a: typeof articles) => (briefing = buildBriefing(a, { generatedAt: '2000-01-01T00:00:00Z' }));
  rows.push(evaluateCorpus({ name, articles, expected }, build, evaluators));
  const referenceFile = ['reference.md', 'reference.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
  const reference = referenceOf(rawExpected, referenceFile ? readFileSync(referenceFile, 'utf8') : undefined);
  if (reference && briefing) rougeRuns.push(rougeRun(name, articles, briefing, reference));
  progress.tick(name);
}
progress.done();
if (rows.length === 0) {
  console.log('no corpus folder with an expected.json found');
} else {
  console.log(formatTable(rows, evalColumns(evaluators)));
  if (rougeRuns.length > 0) console.log(`\nKey points against the reference summaries (ROUGE, %):\n${formatRouge(rougeRuns)}`);
}

// The dev sets in ../shared (issue 13): the provenance property on every PolNeAR dev document, then
// the PolNeAR scorer's table and SCORE line (one CLI run per article: about two minutes).
// BRIEFBOT_EVAL_DEV=0 skips this part.
const polnear = join(repoRoot, '..', 'shared', 'dev-data', 'polnear');
const scorer = join(repoRoot, '..', 'shared', 'eval', 'polnear.mjs');
if (process.env.BRIEFBOT_EVAL_DEV !== '0' && existsSync(join(polnear, 'data', 'dev', 'text'))) {
  const dir = join(polnear, 'data', 'dev', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const devProgress = createProgress('provenance on the PolNeAR dev documents', files.length);
  let violations = 0;
  const bad: string[] = [];
  for (const file of files) {
    devProgress.show(file);
    const { articles } = loadPaths([join(dir, file)]);
    const found = checkProvenance(buildBriefing(articles, { generatedAt: '2000-01-01T00:00:00Z' }), articles);
    violations += found.length;
    for (const v of found.slice(0, 2)) bad.push(`  ${file} ${v.where}: claims "${v.claimed.slice(0, 80)}", text holds "${v.found.slice(0, 80)}"`);
    devProgress.tick(file);
  }
  devProgress.done();
  console.log(`\nProvenance on the PolNeAR dev split: ${files.length} documents, ${violations} violations`);
  for (const line of bad.slice(0, 20)) console.log(line);
  if (existsSync(scorer)) {
    console.log('\nQuotes and speakers on the PolNeAR dev split (../shared/eval/polnear.mjs):');
    const run = spawnSync(process.execPath, [scorer, '--project', repoRoot, '--data', polnear, '--split', 'dev', '--jobs', '2'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(run.stdout ?? '');
    if (run.status !== 0) console.log(`the scorer exited with status ${run.status}`);
  }
}
