// Runs `brief`'s work in a process started from the V8 start-up snapshot the build made of its
// bundle (bin/run.mjs `buildSnapshot`): that process begins with compromise, yaml and the stages
// already loaded, where loading them was about half of a one-article briefing's CPU. It costs one
// more (small) process: this one parsed the arguments and waits, with the output going straight
// through.
//
// A blob fits only the Node binary that made it, and V8 refuses it under other V8 flags: it is
// used only when its note (`<blob>.json`) names this Node, this binary and this very bundle (path,
// size and time) and the blob's size, and when this process got no Node options (execArgv,
// NODE_OPTIONS). Otherwise, or with BRIEFBOT_SNAPSHOT=0, the command loads the bundle itself, as it
// does when Node still refuses the blob (exit code 14, before any of the command's code ran).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

/** Node's exit code when it cannot load a start-up snapshot. */
const SNAPSHOT_FAILURE = 14;

export interface SnapshotRequest {
  paths: string[];
  opts: { json?: boolean; out?: string };
}

/** The snapshot blob made from `bundle`, when this process can start from it. */
export function snapshotBlob(bundle: string, env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | undefined {
  if (env.BRIEFBOT_SNAPSHOT === '0' || env.NODE_OPTIONS || execArgv.length > 0) return undefined;
  const blob = bundle.replace(/\.cjs$/, '.blob');
  try {
    const note = JSON.parse(readFileSync(`${blob}.json`, 'utf8')) as Record<string, unknown>;
    const { size, mtimeMs } = statSync(bundle);
    const fits =
      note.node === process.version &&
      note.execPath === process.execPath &&
      note.arch === process.arch &&
      note.bundle === bundle &&
      note.size === size &&
      note.mtimeMs === mtimeMs;
    return fits && existsSync(blob) && statSync(blob).size === note.blobSize ? blob : undefined;
  } catch {
    return undefined;
  }
}

/** Runs the request in a process started from the blob: its exit code, or undefined when Node could not start from the blob. */
export function runFromSnapshot(blob: string, request: SnapshotRequest, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const run = spawnSync(process.execPath, ['--snapshot-blob', blob, JSON.stringify(request)], { stdio: 'inherit', env });
  if (run.error || run.status === SNAPSHOT_FAILURE) return undefined;
  return run.status ?? 1;
}
