// `npm run brief -- [--json] [--out DIR] PATH...`: the briefing of the given files or folders.
// Only commander is loaded up front: `--help` and argument errors answer without loading the
// analysis (compromise, the HTML extractor), which costs most of a run's start-up.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';

type BriefFilesModule = typeof import('../adapters/files/brief-files.ts');

// The build bundles brief-files and all it loads into one file (bin/run.mjs): reading some 650
// modules one by one cost about a third of a one-article briefing's CPU, and compiling the bundle
// another sixth, which V8's code cache saves (adapters/app/bundle-loader.ts). Run from the sources
// (tsx) or when the bundle could not be built, the modules are loaded as they are.
async function loadBriefFiles(): Promise<{ module: BriefFilesModule; done(): void }> {
  const bundle = fileURLToPath(new URL('../bundles/brief-files.cjs', import.meta.url));
  if (existsSync(bundle)) {
    const { loadBundle } = await import('../adapters/app/bundle-loader.ts');
    const loaded = loadBundle<BriefFilesModule>(bundle);
    return { module: loaded.exports, done: loaded.saveCache };
  }
  return { module: await import('../adapters/files/brief-files.ts'), done: () => {} };
}

const program = new Command()
  .name('brief')
  .description('Brief a story from article files (text, Markdown, HTML) or folders of them.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the Briefing JSON instead of Markdown')
  .option('--out <dir>', 'also write <slug>-<date>.md and .json to this folder')
  .action(async (paths: string[], opts: { json?: boolean; out?: string }) => {
    // Fastest: a process started from the bundle's start-up snapshot (adapters/app/brief-snapshot.ts).
    const bundle = fileURLToPath(new URL('../bundles/brief-files.cjs', import.meta.url));
    if (existsSync(bundle)) {
      const { snapshotBlob, runFromSnapshot } = await import('../adapters/app/brief-snapshot.ts');
      const blob = snapshotBlob(bundle);
      const code = blob ? runFromSnapshot(blob, { paths, opts: { ...opts } }) : undefined;
      if (code !== undefined) {
        process.exitCode = code;
        return;
      }
    }
    const { module, done } = await loadBriefFiles();
    process.exitCode = module.briefFiles(paths, opts);
    done();
  });

await program.parseAsync();
