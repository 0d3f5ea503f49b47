// What `npm run brief` does once its arguments are read: load the files, analyse, brief, print
// (and write to --out). One module, so that the build can bundle it with everything it loads
// (compromise, the stages, yaml…) into one file: see `bundleCommands` in bin/run.mjs.

import { briefingFromAnalysis } from '../../src/build-briefing.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { analyseWithProgress, fileProgress } from '../progress/brief-progress.ts';
import { loadPaths } from './load-paths.ts';
import { writeSummary } from './write-summary.ts';

export interface BriefFilesOptions {
  json?: boolean;
  out?: string;
}

/** Briefs the given files or folders; returns the exit code (1: nothing usable to brief). */
export function briefFiles(paths: string[], opts: BriefFilesOptions): number {
  // On a terminal, counting lines on stderr while files are read and analysed.
  const { articles, problems } = loadPaths(paths, { onFile: fileProgress() });
  for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
  if (articles.length === 0) {
    console.error('nothing usable to brief');
    return 1;
  }
  const briefing = briefingFromAnalysis(analyseWithProgress(articles));
  console.log(opts.json ? JSON.stringify(briefing, null, 2) : renderMarkdown(briefing));
  if (opts.out) {
    const written = writeSummary(opts.out, briefing);
    console.error(written.length > 0 ? `wrote ${written.join(' and ')}` : `${opts.out} already holds this briefing`);
  }
  return 0;
}

/**
 * The entry of the command's start-up snapshot (bin/run.mjs `buildSnapshot`): the arguments as the
 * command parsed them, sent by adapters/app/brief-snapshot.ts.
 */
export function snapshotMain(request: { paths: string[]; opts: BriefFilesOptions }): number {
  return briefFiles(request.paths, request.opts);
}
