// Disagreements an outlet's wording hides: a stance one outlet reports and another contradicts on
// the same act, and a duration given as "three years", "two-and-a-half years" or "since March 2021".

import { describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/stages/differences/disagreements.ts';
import { analysisOf, article, spanText } from './helpers.ts';

const dated = (id: string, outlet: string, paragraphs: string[]) => ({ ...article(id, outlet, paragraphs), publishedAt: '2026-11-12' });

describe('stance disagreements', () => {
  const gazette = dated('gazette', 'Orla Gazette', [
    'Foreign Minister Teodor Halvik met his Varnish counterpart in Lindau on Tuesday.',
    'Halvik said he strongly supported a ceasefire in the fighting along the Skarra river.',
  ]);
  const courier = dated('courier', 'Lindau Courier', [
    'Foreign Minister Teodor Halvik held talks with his Varnish counterpart in Lindau on Tuesday.',
    'Halvik called for humanitarian pauses in the fighting along the Skarra river.',
  ]);
  const post = dated('post', 'Morning Post', [
    'The port authority of Brevik confirmed the closure of the northern terminal on Monday.',
  ]);
  const wire = dated('wire', 'Brevik Wire', [
    'The port authority of Brevik denied the closure of the northern terminal, saying ships would dock as usual on Monday.',
  ]);

  it('sets "supported a ceasefire" against "called for humanitarian pauses" by the same minister', () => {
    const analysis = analysisOf(gazette, courier);
    const found = findDisagreements(analysis).filter((d) => /Halvik/.test(d.about));
    expect(found).toHaveLength(1);
    expect(found[0]!.about).toMatch(/ceasefire/);
    expect(found[0]!.about).toMatch(/pauses/);
    expect(new Set(found[0]!.versions.map((v) => v.articleId))).toEqual(new Set(['gazette', 'courier']));
    for (const v of found[0]!.versions) expect(spanText(analysis, v)).toBe(v.text);
  });

  it('sets "confirmed the closure" against "denied the closure"', () => {
    const found = findDisagreements(analysisOf(post, wire));
    expect(found.some((d) => /confirmed the closure/.test(d.about) && /denied the closure/.test(d.about))).toBe(true);
  });

  it('finds no stance disagreement where both outlets report the same stance in other words', () => {
    const other = dated('other', 'Skarra Times', [
      'Foreign Minister Teodor Halvik met his Varnish counterpart in Lindau on Tuesday.',
      'Halvik backed a ceasefire in the fighting along the Skarra river.',
    ]);
    expect(findDisagreements(analysisOf(gazette, other)).filter((d) => /Halvik/.test(d.about))).toEqual([]);
  });
});

describe('duration disagreements', () => {
  const visit = (id: string, outlet: string, span: string) =>
    dated(id, outlet, [`Prime Minister Ines Corvald arrived in Tarvos on Wednesday, her first visit to the island ${span}.`, 'She is due to meet the island council.']);

  it('flags "in three years" against "in two-and-a-half years" and "since March 2024"', () => {
    const analysis = analysisOf(visit('a', 'Tarvos Daily', 'in three years'), visit('b', 'Island Herald', 'in two-and-a-half years'), visit('c', 'Corvald Review', 'since March 2024'));
    const found = findDisagreements(analysis).filter((d) => d.about.startsWith('How long'));
    expect(found.length).toBeGreaterThanOrEqual(1);
    const outlets = new Set(found.flatMap((d) => d.versions.map((v) => v.articleId)));
    expect(outlets).toEqual(new Set(['a', 'b', 'c']));
  });

  it('reads "since March 2024" written in November 2026 as two years and eight months, which "in 32 months" agrees with', () => {
    const analysis = analysisOf(visit('a', 'Tarvos Daily', 'in 32 months'), visit('c', 'Corvald Review', 'since March 2024'));
    expect(findDisagreements(analysis).filter((d) => d.about.startsWith('How long'))).toEqual([]);
  });

  it('drops a "since" duration when the article has no date', () => {
    const undated = article('u', 'Undated Times', ['Prime Minister Ines Corvald arrived in Tarvos on Wednesday, her first visit to the island since March 2024.', 'She is due to meet the island council.']);
    const analysis = analysisOf(visit('a', 'Tarvos Daily', 'in three years'), undated);
    expect(findDisagreements(analysis).filter((d) => d.about.startsWith('How long'))).toEqual([]);
  });
});
