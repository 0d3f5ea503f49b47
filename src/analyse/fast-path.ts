// Sentence boundaries without a full parse. `nlp(text)` tokenises every word and runs compromise's
// whole tagger, yet the analysis only needs where each sentence starts. (In ESM, `compromise/one`
// shares its world with `compromise`, so once anything loads the full library — the lexicon does —
// even `compromise/one` tags every word.) The fast path asks compromise's own sentence splitter
// for the sentences, then its term splitter for the first word's leading punctuation — the two
// steps that decide `offset.start` in a full parse — and skips the tagging.
//
// `parse: 'full'` keeps the full parse; test/analyse/fast-path-equivalence.test.ts checks that
// both give the same sentences, quotes, speakers, actors and open questions.

import nlp from 'compromise';

export type ParseMode = 'fast' | 'full';

// compromise accepts `terms: false` (skip per-term output) though its typings do not say so.
const JSON_OFFSETS_ONLY = { offset: true, terms: false } as unknown as { offset: true };

/** Where each sentence's first word starts, from compromise's full parse. */
export function parsedSentenceOffsets(paragraph: string): number[] {
  return (nlp(paragraph).json(JSON_OFFSETS_ONLY) as { offset: { start: number } }[]).map((s) => s.offset.start);
}

// The tokeniser steps compromise runs before tagging; `world()` is its public view of them,
// untyped in its typings.
interface Tokenizer {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(text: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): { pre: string };
}
interface World {
  model: unknown;
  methods: { one: { tokenize: Tokenizer } };
}

let world: World | undefined;

/**
 * The same offsets as `parsedSentenceOffsets`, without tagging; undefined (so the caller parses)
 * if compromise's sentences ever fail to tile the paragraph exactly.
 */
export function scannedSentenceOffsets(paragraph: string): number[] | undefined {
  world ??= (nlp as unknown as { world(): World }).world();
  const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
  const offsets: number[] = [];
  let at = 0;
  for (const sentence of splitSentences(paragraph, world)) {
    if (!paragraph.startsWith(sentence, at)) return undefined;
    const first = splitTerms(sentence, world.model)[0];
    if (first !== undefined) offsets.push(at + splitWhitespace(first, world.model).pre.length);
    at += sentence.length;
  }
  return at === paragraph.length ? offsets : undefined;
}

export function sentenceOffsets(paragraph: string, mode: ParseMode = 'fast'): number[] {
  return (mode === 'fast' ? scannedSentenceOffsets(paragraph) : undefined) ?? parsedSentenceOffsets(paragraph);
}
