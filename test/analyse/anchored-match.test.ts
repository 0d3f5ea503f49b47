// The person rules are tried only near their anchors (src/analyse/anchored-match.ts). That must
// find exactly what running each rule over the whole text finds: checked here on every bundled
// corpus, the benchmark's synthetic corpus, and many generated texts dense with titles, names,
// appositives, ages, hyphens, apostrophes and non-ASCII letters.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { type AnchoredRule, anchorMatches, matchAllNear } from '../../src/analyse/anchored-match.ts';
import { findPeopleByRule, PERSON_RULES } from '../../src/analyse/people.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

const asRows = (ms: Iterable<RegExpExecArray | RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

function expectSameMatches(texts: string[]): number {
  let total = 0;
  for (const [name, rule] of Object.entries(PERSON_RULES) as [string, AnchoredRule][]) {
    for (const text of texts) {
      // An anchor found from its hint (kinBefore) is found exactly where its own scan finds it.
      expect(asRows(anchorMatches(text, rule.near)), `${name} anchors in: ${text.slice(0, 200)}`).toEqual(asRows(text.matchAll(rule.near.anchor)));
      const whole = asRows(text.matchAll(rule.rule));
      total += whole.length;
      expect(asRows(matchAllNear(text, rule)), `${name} in: ${text.slice(0, 200)}`).toEqual(whole);
    }
  }
  return total;
}


// Pieces a generated text is made of: each rule's parts, near misses and awkward characters.
const PIECES = [
  'Foreign Minister', 'foreign minister', 'Secretary of State', 'Secretary-General', 'secretary-general', 'Vice-President', 'vice-president', 'ex-President',
  'President', 'president', 'Sen.', 'Rep.', 'Chief Executive', 'Attorney General', 'Prime Minister', 'then-president', 'former', 'deputy', 'acting', 'vice-',
  'U.S.', 'South Korean', 'Russia’s', "Korea's", 'White House', 'Tarvonian', 'Thursday', 'In', 'The', 'the', 'a', 'an', 'its', 'his', 'her', 'their',
  'Antony Blinken', 'Park Jin', 'Blinken', 'J. Smith', 'O’Brien', "D'Angelo", 'Ocasio-Cortez', 'DeSantis', 'Maria de la Cruz', 'Ludwig van Beethoven',
  'Élodie Durand', 'Łukasz Nowak', 'Ñuño Ibáñez', 'Jr.', 'III', 'al-Sadr', 'bin Salman', 'Kim Jong Un', 'Duyeon Kim', 'Ragnhild Ostrow', 'Lukas Brenner-Hall',
  'Mr', 'Mr.', 'Mrs', 'Ms.', 'Miss', 'Mx', 'Dr', 'Prof.', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Mrs.',
  'analyst', 'economist', 'hydrologist', 'freshwater ecologist', 'spokesman', 'spokeswoman', 'chief', 'official', 'officials', 'director', 'commander-in-chief',
  'chief executive', 'chairman', 'non-executive director', 'managing director', 'head', 'founder', 'counsel', 'treasurer',
  'with the Center for a New American Security', 'at', 'of', 'for', 'from', 'with', 'Vessen Signalworks', 'Bank of Japan', 'Brightwater Shipping', 'Ministry',
  'said', 'told', 'says', 'who', 'who is married to him', 'has been', 'was', 'became', 'since', 'aged', '45', '7', '2021', 'met', 'and', 'but',
  ',', ',', ',', ',', '.', ';', '“', '”', '"', '(', ')', '—', '-', '’s', "'s", '\n', '\n\n', 'Seoul', 'Koemmar', 'É', 'ß', '😀', 'ﬁ',
  'brother', 'brothers,', 'half-sister', 'fiancé', 'fiancée', 'fiance\u0301', 'grandfather', 'stepgrandson', 'pianist', 'ist', 'mist', 'artists,', 'xbrother',
];

const SLOTS: Record<string, string[]> = {
  name: ['Antony Blinken', 'Park Jin', 'Blinken', 'J. Smith', 'O’Brien', "D'Angelo", 'Ocasio-Cortez', 'Maria de la Cruz', 'Élodie Durand', 'Kim Jong Un', 'Lukas Brenner-Hall', 'Ragnhild Ostrow', 'Ministry', 'Seoul', 'Tom Smith Jr.', 'Henry VIII'],
  det: ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'The', '', 'who', 'and'],
  mod: ['', 'former', 'senior', 'freshwater', 'deputy', 'then-deputy', 'chief', 'in', 'long-time', 'Korean', 'South Korean foreign', 'U.S.', 'Russia’s', 'ex-'],
  kin: ['brother', 'sisters', 'half-brother', 'fiancé', 'fiancée', 'publisher', 'cellist', 'grandmother', 'two brothers', 'her mentor'],
  noun: ['analyst', 'economist', 'hydrologist', 'spokesman', 'minister', 'president', 'vice-president', 'secretary-general', 'official', 'officials', 'man', 'director', 'commander-in-chief', 'ecologists', 'chair'],
  prep: ['with the', 'at', 'of', 'for', 'from the', 'to', 'in', 'by'],
  org: ['Center for a New American Security', 'Bank of Japan', 'Vessen Signalworks', 'Seoul National University', 'state media', '2024 Fund'],
  head: ['Foreign Minister', 'Secretary of State', 'Secretary-General', 'President', 'president', 'Sen.', 'Chief Executive', 'Prime Minister', 'ex-President', 'Vice-President', 'Minister for Trade and Industry'],
  hon: ['', '', 'Mr', 'Mrs.', 'Dr', 'Prof.', 'Lady', 'Mx'],
  lower: ['chief executive', 'chairman', 'non-executive director', 'managing director', 'head', 'founder', 'spokeswoman', 'economist'],
  clause: ['is married to him', 'met the minister on Tuesday', 'joined in 2019', 'spoke to “reporters”'],
  link: ['has been', 'is', 'was', 'became', 'serves as', 'had'],
  age: ['45', 'aged 61', '7', '2021', 'about 50'],
  term: [',', '.', ';', ' said', ' told', ' who', ' says', '', '’s', ' and', '\n'],
};
const TEMPLATES = [
  '{name}, {det} {mod} {noun} {prep} {org}{term}',
  '{name}, {det} {noun}{term}',
  '{det} {mod} {noun}, {name}{term}',
  '{mod} {head} {hon} {name}{term}',
  '{hon} {name}{term}',
  '{org} {lower} {name}{term}',
  '{name}, who {clause}, {link} {det} {mod} {noun} {prep} {org}{term}',
  '{name}, {age},',
  '{det} {mod} {kin}, {name}{term}',
  '{det} {kin} {name}{term}',
  '{det} {kin}, {name} and {name}{term}',
];

function generatedTexts(count: number, seed: number): string[] {
  const pick = <T>(list: T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
  return piecedTexts(count, seed, {
    extraPieces: 50,
    // A filled template (a rule's whole shape, or a near miss) or a single loose piece.
    piece: (random) => (random() < 0.25 ? pick(TEMPLATES, random).replace(/\{(\w+)\}/g, (_m, slot: string) => pick(SLOTS[slot]!, random)) : pick(PIECES, random)),
    // Mostly a space; punctuation mostly sticks to the word before, words now and then too.
    glued: (piece, joint) => (/^[,.;)”’']/.test(piece) ? joint < 0.9 : joint > 0.85 && joint < 0.95),
  });
}

describe('person rules tried near their anchors', () => {
  it('match exactly as over the whole text, on the bundled corpora', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    expect(texts.length).toBeGreaterThan(10);
    expect(expectSameMatches(texts)).toBeGreaterThan(20);
  });

  it('match exactly as over the whole text, on the synthetic benchmark corpus', () => {
    const texts = syntheticCorpus(80, 4242).articles.map((a) => a.text);
    expect(expectSameMatches(texts)).toBeGreaterThan(100);
  });

  it('match exactly as over the whole text, on generated texts dense with every rule', () => {
    const texts = generatedTexts(600, 99);
    const total = expectSameMatches(texts);
    expect(total).toBeGreaterThan(300);
    // Every rule is exercised, so none passes by never matching.
    for (const [name, rule] of Object.entries(PERSON_RULES) as [string, AnchoredRule][]) {
      expect(texts.filter((t) => [...t.matchAll(rule.rule)].length > 0).length, name).toBeGreaterThan(5);
    }
  });

  it('reuse the last text’s anchors only for that text and that anchor', () => {
    const a = 'Park Jin, the minister, said. Ada Varn, 45, left.';
    const b = 'The analyst, Duyeon Kim, agreed, as did his brother Tomas.';
    const rules = [PERSON_RULES.appositiveAfter, PERSON_RULES.appositiveBefore, PERSON_RULES.aged, PERSON_RULES.kinBefore];
    for (const text of [a, a, b, a, b, b, `${a}`]) {
      for (const rule of rules) {
        expect(asRows(anchorMatches(text, rule.near))).toEqual(asRows(text.matchAll(rule.near.anchor)));
        expect(asRows(matchAllNear(text, rule))).toEqual(asRows(text.matchAll(rule.rule)));
      }
    }
  });

  it('still finds the people of a few plain sentences', () => {
    const text = 'South Korea’s foreign minister, Park Jin, said so. Duyeon Kim, an analyst with the Center for a New American Security, agreed. Mr Blinken, 59, left.';
    const names = findPeopleByRule(text).map((p) => `${p.canonical}/${p.via}`);
    expect(names).toEqual(expect.arrayContaining(['Park Jin/appositive', 'Duyeon Kim/appositive', 'Blinken/honorific', 'Mr Blinken/age']));
  });
});
