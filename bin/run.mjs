#!/usr/bin/env node
// Runs one of the compiled commands (dist/bin/<name>.js) in this very process: `npm start`,
// `npm run brief`, `npm run eval`… go through here, so signals reach the bot with no wrapper
// process in between (the npm scripts `exec` it).
//
// dist/ is built by `npm ci` (the `prepare` script). When a source file is newer than the last
// build (a developer edited it), the build is redone first, so that what runs is what is written.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'adapters', 'bin', 'bench'];
// Written after every successful build (tsc leaves its own build info untouched when nothing changed).
const STAMP = join(root, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  const config = ['tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(join(root, f)).mtimeMs);
  return Math.max(...config, ...SOURCE_DIRS.map((d) => newestSource(join(root, d)))) > built;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// One build at a time: scorers start several commands at once, and a second compiler writing the
// same files would hand half-written modules to the first one's command.
function withBuildLock(work) {
  const lock = join(root, 'dist', '.building');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // Another build holds the lock; take it over only when it looks abandoned (a killed build).
      if (waited > 120_000) rmSync(lock, { force: true });
      sleep(100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function build() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write('briefbot: dist/ is missing or older than the sources, and TypeScript is not installed (npm ci installs it)\n');
    return existsSync(STAMP);
  }
  if (!quiet) process.stderr.write('briefbot: compiling (the sources changed since the last build)…\n');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: ['ignore', 2, 2] });
  // tsc exits 2 when it found type errors but wrote the files anyway: run them, say so.
  if (run.status === 2) process.stderr.write('briefbot: the sources have type errors (above); running the compiled code anyway\n');
  else if (run.status !== 0) return false;
  bundleCommands();
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return true;
}

// Modules a command loads after parsing its arguments, bundled with everything they import
// (compromise, yaml, zod, the stages) into one file each: `npm run brief` on one article read some
// 650 files one by one, about a third of its CPU. The commands load the bundle when it exists and
// the compiled modules otherwise. esbuild comes with tsx (a dependency); without it, no bundles.
// CommonJS, so that the command can load it with V8's code cache (adapters/app/bundle-loader.ts),
// which Node 20 offers only to scripts; the cache is made by the bundle's first run.
// The analysis worker too (adapters/ingest/analyse-pool.ts starts it from its bundle): each worker
// the bot or a test starts loaded those modules one by one, 0.97 against 0.54 s of CPU bundled.
const BUNDLES = {
  'brief-files': { entry: 'dist/adapters/files/brief-files.js', snapshot: true },
  'analyse-worker': { entry: 'dist/adapters/ingest/analyse-worker.js', snapshot: false },
};

// esbuild escapes non-ASCII characters in strings, not in regex literals, `String.raw` templates or
// comments; one such character (a dash in a regex) makes V8 keep the whole bundle's source as a
// two-byte string: the analysis worker's 3.1 MB bundle took 6 MB of heap in every worker. Written
// as \u escapes (code unit by code unit), the source is one byte per character, and means the same:
// a regex reads \u2013 as the dash, in a character class or not, and a surrogate pair of escapes as
// one code point under the u flag; the templates whose raw text holds such characters are regex
// sources. A backslash right before such a character would turn into an escaped backslash: then
// the bundle is written as esbuild made it.
function asciiOnly(source) {
  if (/\\[^\x00-\x7f]/.test(source)) return source;
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function bundleCommands() {
  const dir = join(root, 'dist', 'bundles');
  for (const [name, { entry, snapshot }] of Object.entries(BUNDLES)) {
    const out = join(dir, `${name}.cjs`);
    // A bundle older than the modules would run old code: it is removed before anything else, with
    // its code cache (which the loader would refuse anyway: it names the bundle it was made from).
    const blob = join(dir, `${name}.blob`);
    for (const old of [`${blob}.json`, blob, out, `${out}.cache`, join(dir, `${name}.mjs`)]) rmSync(old, { force: true });
    try {
      const esbuild = createRequire(import.meta.url)('esbuild');
      const result = esbuild.buildSync({
        entryPoints: [join(root, entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: `node${process.versions.node.split('.')[0]}`,
        // Native and optional packages stay outside.
        external: ['better-sqlite3', 'pg'],
        // The modules' `import.meta.url` (createRequire) is the bundle's own URL.
        define: { 'import.meta.url': '__bundleUrl' },
        banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
        write: false,
        logLevel: 'error',
      });
      mkdirSync(dir, { recursive: true });
      // Written whole, then renamed: a command starting meanwhile never reads half a bundle.
      writeFileSync(`${out}.tmp`, asciiOnly(result.outputFiles[0].text));
      renameSync(`${out}.tmp`, out);
    } catch (error) {
      process.stderr.write(`briefbot: no bundle for ${name} (${error.message.split('\n')[0]}); the commands load the modules one by one\n`);
      continue;
    }
    if (snapshot) buildSnapshot(out, blob);
  }
}

// A V8 start-up snapshot of a bundle (`node --build-snapshot`, Node 18.8+): a process started from
// it (`node --snapshot-blob <blob> <request>`) begins with the bundle loaded — compromise's lexicon
// unpacked and expanded, the stages' tables built — which was half of a one-article briefing's
// CPU. The blob fits only the Node binary that made it: `<blob>.json` names that binary and the
// bundle, and the command starts from the blob only when both match and no V8 flags are given
// (adapters/app/brief-snapshot.ts); otherwise it loads the bundle as before. Written last, after
// the blob, so that a blob without its note is never used. The snapshot's main function takes
// the command's parsed arguments as JSON and calls the bundle's `main` export with them.
function buildSnapshot(bundle, blob) {
  const entry = `${blob}.entry.cjs`;
  try {
    const source = readFileSync(bundle, 'utf8');
    writeFileSync(
      entry,
      `const bundle = { exports: {} };\n(function (exports, module, __filename, __dirname) {${source}\n})(bundle.exports, bundle, ${JSON.stringify(bundle)}, ${JSON.stringify(dirname(bundle))});\n` +
        "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => { process.exitCode = bundle.exports.snapshotMain(JSON.parse(process.argv[1])); });\n",
    );
    const run = spawnSync(process.execPath, ['--snapshot-blob', `${blob}.tmp`, '--build-snapshot', entry], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0 || !existsSync(`${blob}.tmp`)) throw new Error((run.stderr || run.error?.message || 'no blob written').trim().split('\n').pop());
    renameSync(`${blob}.tmp`, blob);
    const { size, mtimeMs } = statSync(bundle);
    const note = { node: process.version, execPath: process.execPath, arch: process.arch, bundle, size, mtimeMs, blobSize: statSync(blob).size };
    writeFileSync(`${blob}.json`, `${JSON.stringify(note)}\n`);
  } catch (error) {
    rmSync(`${blob}.tmp`, { force: true });
    process.stderr.write(`briefbot: no start-up snapshot of ${basename(bundle)} (${error.message.split('\n')[0]}); the command loads the bundle\n`);
  } finally {
    rmSync(entry, { force: true });
  }
}

const buildIfStale = () => withBuildLock(() => !isStale() || build());

const [name, ...args] = process.argv.slice(2);
// `--build`: build now (npm ci's `prepare`, `npm run build`); `--build-if-stale`: only when needed
// (the test suite's global set-up, before tests spawn the compiled commands).
const quiet = name === '--build';
if (name === '--build') process.exit(withBuildLock(build) ? 0 : 1);
if (name === '--build-if-stale') process.exit(buildIfStale() ? 0 : 1);

const entry = join(root, 'dist', 'bin', `${name}.js`);
if (!name || !existsSync(join(root, 'bin', `${name}.ts`))) {
  process.stderr.write(`usage: node bin/run.mjs <${readdirSync(join(root, 'bin')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).join('|')}> [args…]\n`);
  process.exit(2);
}
if (isStale() && !buildIfStale()) process.exit(1);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(entry).href);
