// The page's static script and style sheet, read once from adapters/web/assets: the only script
// the page's Content-Security-Policy lets run.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../files/repo-paths.ts';

export interface WebAsset {
  body: Buffer;
  contentType: string;
}

export const assetsDir = join(repoRoot, 'adapters', 'web', 'assets');

export function readWebAssets(dir = assetsDir): Map<string, WebAsset> {
  return new Map([
    ['/assets/page.js', { body: readFileSync(join(dir, 'page.js')), contentType: 'text/javascript; charset=utf-8' }],
    ['/assets/page.css', { body: readFileSync(join(dir, 'page.css')), contentType: 'text/css; charset=utf-8' }],
  ]);
}
