import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../adapters/app/bundle-loader.ts';

// Two bundles of the same length: V8 checks only a source's length, the loader its hash. Each test
// compiles its own sources: V8 reuses what this process compiled without consulting a cache.
const bundle = (greeting: string) => `exports.greet = (name) => '${greeting}, ' + name + '!';\nexports.file = __filename;\n`;

describe('loading a bundle with its code cache', () => {
  it('compiles the first time, writes the cache once the work is done, and runs from it the next time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-bundle-'));
    const path = join(dir, 'b.cjs');
    writeFileSync(path, bundle('Hello'));
    const first = loadBundle<{ greet(n: string): string; file: string }>(path);
    expect(first.fromCache).toBe(false);
    expect(first.exports.greet('Orla')).toBe('Hello, Orla!');
    expect(first.exports.file).toBe(path);
    first.saveCache();
    const second = loadBundle<{ greet(n: string): string }>(path);
    expect(second.fromCache).toBe(true);
    expect(second.exports.greet('Orla')).toBe('Hello, Orla!');
  });

  it('never runs a cache made from another bundle, even one of the same length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-bundle-'));
    const path = join(dir, 'b.cjs');
    writeFileSync(path, bundle('Hello'));
    const old = loadBundle<{ greet(n: string): string }>(path);
    old.exports.greet('Orla');
    old.saveCache();
    writeFileSync(path, bundle('Howdy'));
    const rebuilt = loadBundle<{ greet(n: string): string }>(path);
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.exports.greet('Orla')).toBe('Howdy, Orla!');
    rebuilt.saveCache();
    expect(loadBundle<{ greet(n: string): string }>(path).fromCache).toBe(true);
  });

  it('ignores a damaged cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-bundle-'));
    const path = join(dir, 'b.cjs');
    writeFileSync(path, bundle('Greetings'));
    // The right bundle's hash, then bytes that are not V8's.
    const hash = createHash('sha1').update(readFileSync(path, 'utf8')).digest();
    writeFileSync(`${path}.cache`, Buffer.concat([hash, Buffer.from('not V8 data at all')]));
    const loaded = loadBundle<{ greet(n: string): string }>(path);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.exports.greet('Orla')).toBe('Greetings, Orla!');
  });
});
