// When `brief` may start from the snapshot the build made of its bundle: only with the very Node,
// binary and bundle that made it, and with no Node options (V8 refuses a blob under other flags).

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFromSnapshot, snapshotBlob } from '../../adapters/app/brief-snapshot.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';

function built(note: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-snapshot-'));
  const bundle = join(dir, 'b.cjs');
  writeFileSync(bundle, 'exports.main = () => 0;\n');
  writeFileSync(join(dir, 'b.blob'), 'blob');
  const { size, mtimeMs } = { size: 24, mtimeMs: 1_700_000_000_000 };
  utimesSync(bundle, mtimeMs / 1000, mtimeMs / 1000);
  writeFileSync(join(dir, 'b.blob.json'), JSON.stringify({ node: process.version, execPath: process.execPath, arch: process.arch, bundle, size, mtimeMs, blobSize: 4, ...note }));
  return { dir, bundle, blob: join(dir, 'b.blob') };
}

describe('starting brief from the snapshot', () => {
  it('uses the blob made by this Node from this bundle', () => {
    const { bundle, blob } = built();
    expect(snapshotBlob(bundle, {}, [])).toBe(blob);
  });

  it.each([
    ['another Node version', { node: 'v0.0.1' }],
    ['another Node binary', { execPath: '/opt/other/node' }],
    ['another architecture', { arch: 'mips' }],
    ['another bundle', { bundle: '/elsewhere/b.cjs' }],
    ['an older build of the bundle (size)', { size: 23 }],
    ['an older build of the bundle (time)', { mtimeMs: 1_600_000_000_000 }],
    ['a blob of another size (not the one the note describes)', { blobSize: 5 }],
  ])('refuses a blob made by %s', (_name, note) => {
    const { bundle } = built(note);
    expect(snapshotBlob(bundle, {}, [])).toBeUndefined();
  });

  it.each([
    ['Node options in the environment', { NODE_OPTIONS: '--max-old-space-size=500' }, []],
    ['Node options on the command line', {}, ['--cpu-prof']],
    ['BRIEFBOT_SNAPSHOT=0', { BRIEFBOT_SNAPSHOT: '0' }, []],
  ])('loads the bundle instead with %s', (_name, env, execArgv) => {
    const { bundle } = built();
    expect(snapshotBlob(bundle, env, execArgv)).toBeUndefined();
  });

  it('falls back when Node refuses the blob at start (exit code 14: V8 flags the blob was not made with)', () => {
    // The build (test set-up) made this blob; V8 refuses it under another heap size.
    const blob = join(repoRoot, 'dist', 'bundles', 'brief-files.blob');
    expect(snapshotBlob(join(repoRoot, 'dist', 'bundles', 'brief-files.cjs'), {}, [])).toBe(blob);
    const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=500' };
    expect(runFromSnapshot(blob, { paths: [join(tmpdir(), 'does-not-exist')], opts: {} }, env)).toBeUndefined();
    // The command's own exit codes come through: 1, nothing usable to brief.
    const { NODE_OPTIONS: _, ...clean } = process.env;
    expect(runFromSnapshot(blob, { paths: [join(tmpdir(), 'does-not-exist')], opts: {} }, clean)).toBe(1);
  });

  it('loads the bundle when the build left no note or no blob', () => {
    const { dir, bundle } = built();
    writeFileSync(join(dir, 'b.blob.json'), '{ half a no');
    expect(snapshotBlob(bundle, {}, [])).toBeUndefined();
    const other = built();
    rmSync(other.blob);
    expect(snapshotBlob(other.bundle, {}, [])).toBeUndefined();
  });
});
