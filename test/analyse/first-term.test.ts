// The fast path reads a sentence's first term from a short prefix when that must give the same
// term as compromise's splitter on the whole sentence (src/analyse/fast-path.ts, firstTerm).
// Checked against the splitter itself on corpus sentences and on generated sentences full of
// what the splitter joins or splits: "he / she", "2 - 5", hyphens, lone punctuation, emoticons.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { firstTerm, leadingPunctuation, type Tokenizer } from '../../src/analyse/fast-path.ts';

interface World {
  model: unknown;
  methods: { one: { tokenize: Tokenizer } };
}
const world = (nlp as unknown as { world(): World }).world();
const tokenizer = world.methods.one.tokenize;
const { splitSentences, splitTerms, splitWhitespace } = tokenizer;

function expectSameFirstTerm(sentences: string[]): void {
  for (const s of sentences) {
    expect(firstTerm(s, splitTerms, world.model), JSON.stringify(s)).toBe(splitTerms(s, world.model)[0]);
    // The leading punctuation, read off the first character where it can be, is the splitters' own.
    const first = splitTerms(s, world.model)[0];
    expect(leadingPunctuation(s, tokenizer, world.model), JSON.stringify(s)).toBe(first === undefined ? undefined : splitWhitespace(first, world.model).pre.length);
  }
}

function corpusTexts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...corpusTexts(path));
    else if (/\.(?:txt|md|html?)$/.test(entry)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

const PIECES = [
  'he', '/', 'she', 'he/she', 'and/or', '2', '-', '5', '2-5', '10:30am', '–', '—', '--', '...', '.', '?', '!', '!!', ':', ';', '(', ')', '[', ']', '"', "'",
  '“', '”', '‘', '’', '`', '«', '»', '*', '•', '<3', ':)', '+', '+5', '(800)', '500+', 're-do', 'flower-like', 'x-ray', 'aug-20', '20-aug', 'well-known',
  'U.S.', 'F.B.I.', "flanders'", "chillin'", '’97', 'Blinken', 'said', 'the', 'minister', 'Seoul', 'Élodie', '😀', 'a', 'I', '$5', '5%', '',
  '“Blinken', '"said', '(800)', '<3x', ':^P', '‘97', "'97", '—Ada', '–Ada', '-Ada', '+Ada', '#Ada', '°C', '[Ada', '«Ada', '…Ada', '*Ada', '“𝐀da', '“\u0301a', '“ Ada', '\ufeffAda', '\u200bAda', '<Ada', ':Ada', '“$5', '“5',
  '€20', '£', '½', '²', '𝐀mbray', 'ǅemal', 'XD', 'x-', 'Well-', '-known', 'a/b', '7-', '#tag', '@name', '_x', '°C', '\u200bword', 'e\u0301', '\u0301e',
];

function generatedSentences(count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = 1 + Math.floor(random() * 16);
    for (let k = 0; k < length; k++) {
      const joint = random();
      s += k === 0 ? (joint < 0.1 ? ' ' : '') : joint < 0.75 ? ' ' : joint < 0.9 ? '' : joint < 0.95 ? '  ' : '\n';
      s += PIECES[Math.floor(random() * PIECES.length)]!;
    }
    if (random() < 0.3) s += ' ';
    out.push(s);
  }
  return out;
}

describe('first term from a prefix', () => {
  it('is the splitter’s first term on generated sentences', () => {
    expectSameFirstTerm(generatedSentences(20000, 7));
  });

  it('is the splitter’s first term on every sentence of the bundled and synthetic corpora', () => {
    const texts = [...['demo', 'stories', 'eval', 'holdout'].flatMap((d) => corpusTexts(join(repoRoot, 'corpus', d))), ...syntheticCorpus(60, 99).articles.map((a) => a.text)];
    const sentences = texts.flatMap((t) => t.split(/\n\s*\n/)).flatMap((p) => splitSentences(p, world));
    expect(sentences.length).toBeGreaterThan(1000);
    expectSameFirstTerm(sentences);
  });
});
