// The provenance property (issue 13): every span a briefing gives holds what the briefing says
// there. The checker itself is tested on invented briefings that break it; then it must find
// nothing on every corpus in the repository and on PolNeAR dev documents (when ../shared is present).

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import type { Briefing, Quote } from '../../src/briefing.ts';
import { buildBriefing } from '../../src/build-briefing.ts';
import { checkProvenance } from '../../src/eval/provenance.ts';
import { article } from './helpers.ts';

const A = article('a0', '“We will rebuild the U.S. schools,” said Ines Duarte. Her visit ended on Friday.', 'Outlet A');
const B = article('a1', '“We will rebuild the US schools,” said Ines Duarte.', 'Outlet B');
const C = article('a2', '“We will rebuild,” said Ines Duarte.', 'Outlet C');

function briefingWith(quotes: Quote[]): Briefing {
  return { title: 't', generatedAt: '2000-01-01T00:00:00Z', sources: [], keyPoints: [], quotes, actors: [], openQuestions: [], differences: [] };
}
const span = (a: typeof A, words: string) => ({ articleId: a.id, start: a.text.indexOf(words), end: a.text.indexOf(words) + words.length });

type Row = [rule: string, quote: Quote, violations: number];
const ROWS: Row[] = [
  ['verbatim in its one outlet', { text: 'We will rebuild the U.S. schools', speaker: null, support: [span(A, 'We will rebuild the U.S. schools')] }, 0],
  ['a US/U.S. variant in a second outlet is allowed', { text: 'We will rebuild the U.S. schools', speaker: null, support: [span(A, 'We will rebuild the U.S. schools'), span(B, 'We will rebuild the US schools')] }, 0],
  ['an outlet that printed fewer words is not credited', { text: 'We will rebuild the U.S. schools', speaker: null, support: [span(A, 'We will rebuild the U.S. schools'), span(C, 'We will rebuild')] }, 1],
  ['a quote running on past its closing mark into narration', { text: 'We will rebuild the U.S. schools,” said Ines Duarte. Her visit', speaker: null, support: [span(A, 'We will rebuild the U.S. schools,” said Ines Duarte. Her visit'), span(B, 'We will rebuild the US schools')] }, 1],
  ['a span outside the text', { text: 'We will rebuild', speaker: null, support: [span(C, 'We will rebuild'), { articleId: 'a2', start: 30, end: 400 }] }, 1],
  ['an unknown article', { text: 'We will rebuild', speaker: null, support: [span(C, 'We will rebuild'), { articleId: 'zz', start: 0, end: 5 }] }, 1],
];

describe('the provenance checker', () => {
  it.each(ROWS)('%s', (_rule, quote, violations) => {
    expect(checkProvenance(briefingWith([quote]), [A, B, C])).toHaveLength(violations);
  });

  it('checks open questions and differences too', () => {
    const b = briefingWith([]);
    b.openQuestions = [{ topic: 't', question: 'q', evidence: [{ ...span(A, 'Her visit ended'), text: 'Her visit began' }] }];
    b.differences = [{ articleId: 'a0', onlyHere: [{ text: 'Her visit ended on Friday.', ...span(A, 'Her visit ended on Friday.') }] }];
    const found = checkProvenance(b, [A, B, C]);
    expect(found.map((v) => v.where)).toEqual(['openQuestions[0].evidence[0]']);
  });
});

/** Folders holding articles, under the repository's corpora and the shared seed corpus. */
function corpusFolders(): string[] {
  const roots = [join(repoRoot, 'corpus'), join(repoRoot, 'test', 'quotes', 'corpus'), join(repoRoot, '..', 'shared', 'corpus')];
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (!existsSync(dir)) return;
    const entries = readdirSync(dir);
    if (entries.some((e) => /\.(txt|md|html?)$/i.test(e) && e !== 'README.md')) out.push(dir);
    if (depth > 0) for (const e of entries) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), depth - 1);
  };
  for (const root of roots) walk(root, 3);
  return out;
}

describe('provenance holds on every corpus', () => {
  it.each(corpusFolders())('%s', (dir) => {
    const { articles } = loadPaths([dir]);
    const briefing = buildBriefing(articles, { generatedAt: '2000-01-01T00:00:00Z' });
    expect(checkProvenance(briefing, articles)).toEqual([]);
  });
});

const devText = join(repoRoot, '..', 'shared', 'dev-data', 'polnear', 'data', 'dev', 'text');
const hasDev = existsSync(devText);
// Every seventh dev document keeps the suite quick; `npm run eval` checks all of them.
const devFiles = hasDev ? readdirSync(devText).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 7 === 0) : [];

describe.skipIf(!hasDev)(`provenance on PolNeAR dev documents${hasDev ? '' : ' (skipped: ../shared/dev-data/polnear is not beside this checkout)'}`, () => {
  it.each(devFiles)('%s', (file) => {
    const { articles } = loadPaths([join(devText, file)]);
    const briefing = buildBriefing(articles, { generatedAt: '2000-01-01T00:00:00Z' });
    expect(checkProvenance(briefing, articles)).toEqual([]);
  });
});
