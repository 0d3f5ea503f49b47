// The checked-in briefing of the bundled demo corpus is a golden example: rebuilding it must give
// the same briefing. After an intended change, `npm start` rewrites it; review the diff.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { demoCorpusDir, summariesDir } from '../adapters/files/repo-paths.ts';
import { summaryBaseName } from '../adapters/files/write-summary.ts';
import type { Briefing } from '../src/briefing.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { renderMarkdown } from '../src/render/markdown.ts';

describe('golden demo briefing', () => {
  const { articles, problems } = loadPaths([demoCorpusDir]);
  const rebuilt = buildBriefing(articles);
  const base = join(summariesDir, summaryBaseName(rebuilt));
  const golden = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Briefing;
  // Only the generation time may differ.
  const fixed = { ...rebuilt, generatedAt: golden.generatedAt };

  it('loads the demo corpus cleanly', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(3);
  });

  it('rebuilds the checked-in JSON', () => {
    expect(fixed).toEqual(golden);
  });

  it('rebuilds the checked-in Markdown', () => {
    expect(renderMarkdown(fixed)).toBe(readFileSync(`${base}.md`, 'utf8'));
  });

  it('every key point, quote and evidence line is verbatim at its offsets', () => {
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const k of rebuilt.keyPoints) expect(text.get(k.support[0]!.articleId)!.slice(k.support[0]!.start, k.support[0]!.end)).toBe(k.text);
    for (const q of rebuilt.quotes) expect(text.get(q.support[0]!.articleId)!.slice(q.support[0]!.start, q.support[0]!.end)).toBe(q.text);
    for (const q of rebuilt.openQuestions) for (const e of q.evidence) expect(text.get(e.articleId)!.slice(e.start, e.end)).toBe(e.text);
  });
});
