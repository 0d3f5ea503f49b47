// The "done when" on the seed corpus (../shared/corpus/blinken-seoul): six key quotes with
// the right speakers, two fragments that are not key quotes, four quotes merged across outlets, three
// people with roles, every listed place and organisation under its canonical name, no not-actor.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../adapters/files/load-paths.ts';
import { buildBriefing } from '../src/build-briefing.ts';
import { parseExpected } from '../src/eval/expected.ts';
import { describeQuoteMisses } from '../src/eval/quote-metrics.ts';
import { refersTo, sameName, startsLike } from '../src/eval/text-match.ts';

const SEED = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'blinken-seoul');
const present = existsSync(join(SEED, 'expected.json'));

describe.skipIf(!present)('seed corpus: quotes and actors (skipped: ../shared/corpus/blinken-seoul is not here)', () => {
  const load = () => {
    const { articles } = loadPaths([SEED]);
    const expected = parseExpected(JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')));
    return { articles, expected, briefing: buildBriefing(articles, { generatedAt: '2023-11-09T00:00:00Z' }) };
  };

  it('finds all six quotes as key quotes with the right speaker', () => {
    const { expected, briefing } = load();
    expect(expected.quotes).toHaveLength(6);
    expect(describeQuoteMisses(briefing, expected.quotes)).toEqual([]);
  });

  it('keeps the quoted fragments out of the key quotes', () => {
    const { expected, briefing } = load();
    for (const f of expected.quoted_fragments) {
      expect(briefing.quotes.some((q) => startsLike(q.text, f.text) && q.text.length < f.text.length + 5)).toBe(false);
      expect(briefing.fragments?.some((q) => startsLike(q.text, f.text))).toBe(true);
    }
  });

  it('merges the cross-outlet quotes and credits both outlets, verbatim', () => {
    const { expected, briefing, articles } = load();
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    const shared = expected.quotes.filter((q) => q.in.length > 1);
    expect(shared).toHaveLength(4);
    for (const e of shared) {
      const q = briefing.quotes.find((x) => startsLike(x.text, e.starts))!;
      for (const ref of e.in) expect(q.support.some((s) => refersTo(ref, s.articleId))).toBe(true);
      expect(q.support.some((s) => texts.get(s.articleId)!.slice(s.start, s.end) === q.text)).toBe(true);
    }
    // Each quote appears once.
    expect(briefing.quotes).toHaveLength(6);
  });

  it('gives the three people their roles', () => {
    const { expected, briefing } = load();
    for (const p of expected.actors.people) {
      const actor = briefing.actors.find((a) => sameName(a.name, p.name));
      expect(actor?.kind, p.name).toBe('person');
      expect(actor?.role?.replace(/^US /, 'U.S. ')).toBe(p.role);
    }
  });

  it('lists every expected place and organisation under its canonical name', () => {
    const { expected, briefing } = load();
    for (const e of [...expected.actors.countries_and_places, ...expected.actors.organisations]) {
      expect(
        briefing.actors.some((a) => sameName(a.name, e.name)),
        e.name,
      ).toBe(true);
    }
  });

  it('lists none of the not-actors, as a name or an alias', () => {
    const { expected, briefing } = load();
    const names = briefing.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const n of expected.actors.not_actors) expect(names.some((x) => sameName(x, n)), n).toBe(false);
  });
});
