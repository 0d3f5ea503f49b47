// What expected.json asks of the foundation: sources from sources.json, the dateline's place,
// no page furniture anywhere, quotes and key points verbatim.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { renderMarkdown } from '../src/render/markdown.ts';
import { hasSeedCorpus, seedCorpusDir, seedSkipMessage } from './helpers/shared-corpus.ts';

describe.skipIf(!hasSeedCorpus)(`seed corpus briefing${seedSkipMessage}`, () => {
  const expected = hasSeedCorpus ? JSON.parse(readFileSync(join(seedCorpusDir, 'expected.json'), 'utf8')) : {};
  const { articles } = hasSeedCorpus ? loadPaths([seedCorpusDir]) : { articles: [] };
  const briefing = hasSeedCorpus ? buildBriefing(articles) : undefined;
  const text = new Map(articles.map((a) => [a.id, a.text]));

  it('has both sources with outlet and date from sources.json, and the Straits Times dateline as place', () => {
    expect(briefing!.sources.map((s) => [s.outlet, s.publishedAt, s.place])).toEqual([
      ['The Globe and Mail', '2023-11-09', undefined],
      ['The Straits Times', '2023-11-09', 'Seoul'],
    ]);
  });

  it('carries none of the boilerplate lines, in JSON or Markdown', () => {
    const json = JSON.stringify(briefing);
    const md = renderMarkdown(briefing!);
    for (const line of expected.boilerplate_never_in_briefing as string[]) {
      expect(json).not.toContain(line);
      expect(md).not.toContain(line);
    }
  });

  it('every quote and key point is verbatim at its offsets in every supporting article', () => {
    expect(briefing!.quotes.length).toBeGreaterThan(0);
    for (const item of [...briefing!.quotes, ...briefing!.keyPoints]) {
      for (const s of item.support) {
        const span = text.get(s.articleId)!.slice(s.start, s.end);
        expect(span.length).toBeGreaterThan(0);
        if (s === item.support[0]) expect(span).toBe(item.text);
      }
    }
  });

  it('finds the start of each expected quote verbatim among the key quotes', () => {
    for (const q of expected.quotes as { starts: string }[]) {
      expect(briefing!.quotes.some((found) => found.text.startsWith(q.starts))).toBe(true);
    }
  });
});
