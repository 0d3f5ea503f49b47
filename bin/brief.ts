// `npm run brief -- [--json] [--out DIR] PATH...`: the briefing of the given files or folders.
// Only commander is loaded up front: `--help` and argument errors answer without loading the
// analysis (compromise, the HTML extractor), which costs most of a run's start-up.

import { existsSync } from 'node:fs';
import { Command } from 'commander';

type BriefFilesModule = typeof import('../adapters/files/brief-files.ts');

// The build bundles brief-files and all it loads into one file (bin/run.mjs): reading some 650
// modules one by one cost about a third of a one-article briefing's CPU. Run from the sources
// (tsx) or when the bundle could not be built, the modules are loaded as they are.
async function loadBriefFiles(): Promise<BriefFilesModule> {
  const bundle = new URL('../bundles/brief-files.mjs', import.meta.url);
  if (existsSync(bundle)) return (await import(bundle.href)) as BriefFilesModule;
  return import('../adapters/files/brief-files.ts');
}

const program = new Command()
  .name('brief')
  .description('Brief a story from article files (text, Markdown, HTML) or folders of them.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the Briefing JSON instead of Markdown')
  .option('--out <dir>', 'also write <slug>-<date>.md and .json to this folder')
  .action(async (paths: string[], opts: { json?: boolean; out?: string }) => {
    const { briefFiles } = await loadBriefFiles();
    process.exitCode = briefFiles(paths, opts);
  });

await program.parseAsync();
