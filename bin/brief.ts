// `npm run brief -- [--json] [--out DIR] PATH...`: the briefing of the given files or folders.

import { Command } from 'commander';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { writeSummary } from '../adapters/files/write-summary.ts';
import { analyseWithProgress, fileProgress } from '../adapters/progress/brief-progress.ts';
import { briefingFromAnalysis } from '../src/build-briefing.ts';
import { renderMarkdown } from '../src/render/markdown.ts';

const program = new Command()
  .name('brief')
  .description('Brief a story from article files (text, Markdown, HTML) or folders of them.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the Briefing JSON instead of Markdown')
  .option('--out <dir>', 'also write <slug>-<date>.md and .json to this folder')
  .action((paths: string[], opts: { json?: boolean; out?: string }) => {
    // On a terminal, counting lines on stderr while files are read and analysed.
    const { articles, problems } = loadPaths(paths, { onFile: fileProgress() });
    for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
    if (articles.length === 0) {
      console.error('nothing usable to brief');
      process.exitCode = 1;
      return;
    }
    const briefing = briefingFromAnalysis(analyseWithProgress(articles));
    console.log(opts.json ? JSON.stringify(briefing, null, 2) : renderMarkdown(briefing));
    if (opts.out) {
      const written = writeSummary(opts.out, briefing);
      console.error(written.length > 0 ? `wrote ${written.join(' and ')}` : `${opts.out} already holds this briefing`);
    }
  });

program.parse();
