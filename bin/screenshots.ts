// `npm run screenshots`: rewrites the README's pictures of the briefing page in summaries/ (PNG),
// with Debian's Chromium (/usr/bin/chromium).

import { summariesDir } from '../adapters/files/repo-paths.ts';
import { chromiumMissing } from '../adapters/web/chromium.ts';
import { takeScreenshots } from '../adapters/web/take-screenshots.ts';

const missing = chromiumMissing();
if (missing) {
  process.stderr.write(`screenshots: ${missing}\n`);
  process.exitCode = 1;
} else {
  for (const file of await takeScreenshots(summariesDir)) process.stdout.write(`wrote ${file}\n`);
}
