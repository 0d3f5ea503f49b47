// `npm run brief -- [--json] [--out DIR] PATH...`: the briefing of the given files or folders.
// Only commander is loaded up front: `--help` and argument errors answer without loading the
// analysis (compromise, the HTML extractor), which costs most of a run's start-up.

import { Command } from 'commander';

const program = new Command()
  .name('brief')
  .description('Brief a story from article files (text, Markdown, HTML) or folders of them.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the Briefing JSON instead of Markdown')
  .option('--out <dir>', 'also write <slug>-<date>.md and .json to this folder')
  .action(async (paths: string[], opts: { json?: boolean; out?: string }) => {
    const { loadPaths } = await import('../adapters/files/load-paths.ts');
    const { articles, problems } = loadPaths(paths);
    for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
    if (articles.length === 0) {
      console.error('nothing usable to brief');
      process.exitCode = 1;
      return;
    }
    const { buildBriefing } = await import('../src/build-briefing.ts');
    const { renderMarkdown } = await import('../src/render/markdown.ts');
    const briefing = buildBriefing(articles);
    console.log(opts.json ? JSON.stringify(briefing, null, 2) : renderMarkdown(briefing));
    if (opts.out) {
      const { writeSummary } = await import('../adapters/files/write-summary.ts');
      const written = writeSummary(opts.out, briefing);
      console.error(written.length > 0 ? `wrote ${written.join(' and ')}` : `${opts.out} already holds this briefing`);
    }
  });

await program.parseAsync();
