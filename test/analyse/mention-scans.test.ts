// Three mention rules once ran a regex over the whole article and now look only where a match can
// be: the lower-case ministry ("Tarvonia's foreign ministry") and the lists of places ("Ambray,
// Vell Morne and Tarrin") near their anchors (src/analyse/anchored-match.ts), and the acting-twice
// count ("Quan went … Quan taught") from the word's own occurrences. Each must find exactly what
// the whole-text regex finds: checked on the bundled corpora, the benchmark's synthetic corpus and
// generated texts dense with each rule's shapes, near misses and awkward characters.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { type AnchoredRule, matchAllNear } from '../../src/analyse/anchored-match.ts';
import { ACTING, LOWER_MINISTRY_RULE, timesActing } from '../../src/analyse/mentions.ts';
import { NAME_LIST_RULE } from '../../src/analyse/place-inference.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

const RULES: Record<string, AnchoredRule> = { lowerMinistry: LOWER_MINISTRY_RULE, nameList: NAME_LIST_RULE };
const asRows = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

/** Every capitalised word of the text, as the acting rule's count is asked for chunk words. */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}’'-]*/gu;

function expectSame(texts: string[]): Record<string, number> {
  let acting = 0;
  const totals: Record<string, number> = {};
  for (const [name, rule] of Object.entries(RULES)) {
    totals[name] = 0;
    for (const text of texts) {
      const whole = asRows(text.matchAll(rule.rule));
      totals[name] += whole.length;
      expect(asRows(matchAllNear(text, rule)), `${name} in: ${text.slice(0, 200)}`).toEqual(whole);
    }
  }
  for (const text of texts) {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(ACTING)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    acting += [...counts.values()].reduce((a, b) => a + b, 0);
    const words = new Set([...counts.keys(), ...[...text.matchAll(CAPITALISED)].map((m) => m[0])]);
    for (const w of words) expect(timesActing(text, w), `acting "${w}" in: ${text.slice(0, 200)}`).toBe(counts.get(w) ?? 0);
  }
  return { ...totals, acting };
}


// Invented pieces: each rule's parts and near misses, hyphens, apostrophes, marks and astral letters.
const PIECES = [
  'Tarvonia’s', "Korvath's", 'Sulimari', 'Pellandian', 'Vell-Morne', 'Ōsaki', 'Ébrel', 'Ange\u0301l', '𝐀mbray', 'X',
  'foreign', 'interior', 'state', 'health', 'transport', 'ministry', 'department', 'ministryx', 'departments', 'Ministry', 'Department',
  'Ambray', 'Vell Morne', 'Les Cordes', 'Tarrin', 'Marie Galante', "Morne à l'Eau", 'St. Ives', 'Port de la Croix', 'Grande Falaise', 'O’Brien',
  'and', 'or', 'the', 'islands', 'towns', 'of', 'in', 'de', 'la', 'sur', 'du',
  'Quan', 'Quanx', 'Lind', 'Ada Lind', 'went', 'taught', 'quickly', 'later', 'wentx', 'said', 'married', 'only', 'studied', 'Mr', 'The',
  ',', ',', ',', ', ', '.', ';', '“', '”', '(', ')', '-', '’', "'", '\n', '\n\n', '2024', '7',
];
const TEMPLATES = [
  '{country} {low} {body}',
  '{country} {low} {low} {body}',
  '{item}, {item}, {item} and {item}',
  '{item}, {item}, {item}, {item} or {item}',
  'the islands {item}, {item}, {item}',
  '{word} {adv}{verb}',
];
const SLOTS: Record<string, string[]> = {
  country: ['Tarvonia’s', "Korvath's", 'Sulimari', 'Vell-Morne', 'Ébrel', 'Ange\u0301l’s', 'A', '𝐀mbray', 'Tarvonian-Sulimari'],
  low: ['foreign', 'interior', 'state', 'health', 'é', 'big'],
  body: ['ministry', 'department', 'ministry.', 'departments', 'ministryx'],
  item: ['Ambray', 'Vell Morne', 'Les Cordes', 'Tarrin', 'Marie Galante', "Morne à l'Eau", 'St. Ives', 'Port de la Croix de la Mer Sur', 'A B C D E F', 'Ōsaki', 'O’Brien', 'Vell-Morne'],
  word: ['Quan', 'Lind', 'Ébrel', 'Ange\u0301l', 'O’Quan', 'Mc-Quan', 'Quan’s', 'QUAN', '𝐀mbray', 'Quanx'],
  adv: ['', '', 'quickly ', 'later ', 'only '],
  verb: ['went', 'taught', 'married', 'said', 'wentx', 'go', 'studied.'],
};

function generatedTexts(count: number, seed: number): string[] {
  const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
  return piecedTexts(count, seed, {
    extraPieces: 50,
    piece: (random) => (random() < 0.35 ? pick(TEMPLATES, random).replace(/\{(\w+)\}/g, (_m, slot: string) => pick(SLOTS[slot]!, random)) : pick(PIECES, random)),
    glued: (piece, joint) => (/^[,.;)”’']/.test(piece) ? joint < 0.9 : joint > 0.85 && joint < 0.95),
  });
}

describe('mention rules tried where they can match', () => {
  it('match exactly as over the whole text, on the bundled corpora', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    expect(texts.length).toBeGreaterThan(10);
    expectSame(texts);
  });

  it('match exactly as over the whole text, on the synthetic benchmark corpus', () => {
    const totals = expectSame(syntheticCorpus(60, 4242).articles.map((a) => a.text));
    expect(totals.acting).toBeGreaterThan(10);
  });

  it('match exactly as over the whole text, on generated texts dense with every rule', () => {
    const totals = expectSame(generatedTexts(300, 17));
    // Every rule is exercised, so none passes by never matching.
    for (const [name, total] of Object.entries(totals)) expect(total, name).toBeGreaterThan(50);
  });

  it('still find a ministry, a list and a word acting twice in plain sentences', () => {
    const text = 'Tarvonia’s foreign ministry wrote. The islands Ambray, Vell Morne and Tarrin voted. Quan went home. Quan quickly taught.';
    expect(asRows(matchAllNear(text, LOWER_MINISTRY_RULE)).map((r) => r[1])).toEqual(['Tarvonia’s foreign ministry']);
    expect(asRows(matchAllNear(text, NAME_LIST_RULE)).map((r) => r[1])).toEqual(['Ambray, Vell Morne and Tarrin']);
    expect(timesActing(text, 'Quan')).toBe(2);
  });
});
