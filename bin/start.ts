// `npm start`: the bot's main command. With no Slack or Discord tokens it runs on the embedded
// defaults: the console adapter prints the briefing of the bundled demo corpus and writes it to
// summaries/.

import { loadPaths } from '../adapters/files/load-paths.ts';
import { demoCorpusDir, summariesDir } from '../adapters/files/repo-paths.ts';
import { writeSummary } from '../adapters/files/write-summary.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { renderMarkdown } from '../src/render/markdown.ts';

const { articles, problems } = loadPaths([demoCorpusDir]);
for (const p of problems) console.error(`skipped ${p.path}: ${p.reason}`);
const briefing = buildBriefing(articles);
console.log(renderMarkdown(briefing));
console.error(`wrote ${writeSummary(summariesDir, briefing).join(' and ')}`);
