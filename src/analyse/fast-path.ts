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
export interface Tokenizer {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(text: string, model: unknown): string[];
  splitWhitespace(term: string, model: unknown): { pre: string };
}
interface World {
  model: unknown;
  methods: { one: { tokenize: Tokenizer } };
}

let world: World | undefined;

// How many whitespace-separated chunks the first try takes, and how many terms it must give.
const PREFIX_CHUNKS = 8;
const SETTLED_TERMS = 6;
const CHUNK = /\S+/g;

/**
 * The first term compromise's term splitter gives for a sentence, from a short prefix of it when
 * that is certain to give the same. The splitter works left to right: it splits at whitespace
 * (and some hyphens), glues punctuation and spaces onto the word before, then joins "he / she"
 * (the three terms from the 1st, 2nd, 3rd or 2nd, 3rd, 4th) and "2 - 5" ranges (the 1st and
 * 2nd). So the first term depends only on the first four words and what follows them up to the
 * fifth; a prefix cut at a word's end that still yields six terms (joins only lower the count)
 * has them all, and its first term is the sentence's.
 */
export function firstTerm(sentence: string, splitTerms: Tokenizer['splitTerms'], model: unknown): string | undefined {
  CHUNK.lastIndex = 0;
  let cut = -1;
  for (let n = 0; n < PREFIX_CHUNKS; n++) {
    const m = CHUNK.exec(sentence);
    if (!m) break;
    cut = m.index + m[0].length;
  }
  if (cut > 0 && cut < sentence.length && CHUNK.exec(sentence)) {
    const terms = splitTerms(sentence.slice(0, cut), model);
    if (terms.length >= SETTLED_TERMS) return terms[0];
  }
  return splitTerms(sentence, model)[0];
}

// What compromise's punctuation splitter (`splitWhitespace`) takes as the start of a word: a
// letter, a number or a currency sign, tested on the first code point as it tests it.
const WORD_START = /^(?:\p{Letter}|[\p{Number}\p{Currency_Symbol}])/u;

// Marks the splitters treat otherwise before a word: "+5", "-3", "(800)" keep their sign or bracket;
// dashes split a word in two.
const SIGNS_AND_DASHES = new Set(['+', '-', '(', '–', '—']);
const SPACE = /\s/;
let openerModel: unknown;
let emoticonInitials = new Set<string>();

/**
 * A single mark (one UTF-16 unit, not a space, a letter, a number or a currency sign) that the
 * punctuation splitter takes off the front of a word: not one it keeps (compromise's
 * prePunctuation: "#", "@"…), not a sign or a dash, and opening no emoticon ("<3" stays whole).
 */
function isPlainOpener(ch: string, model: unknown): boolean {
  const code = ch.charCodeAt(0);
  if ((code >= 0xd800 && code <= 0xdfff) || SPACE.test(ch) || WORD_START.test(ch) || SIGNS_AND_DASHES.has(ch)) return false;
  const one = (model as { one: { prePunctuation: Record<string, boolean>; emoticons: Record<string, unknown> } }).one;
  if (openerModel !== model) {
    openerModel = model;
    emoticonInitials = new Set(Object.keys(one.emoticons).map((e) => e[0]!));
  }
  return one.prePunctuation[ch] !== true && !emoticonInitials.has(ch);
}

/**
 * The first term's leading punctuation is empty when the sentence opens with a letter, a number or
 * a currency sign: the term splitter starts the first term there (whitespace and punctuation are
 * carried onto the word after them, and only words after the first are joined to it), and the
 * punctuation splitter stops at such a character at once. Most sentences open so; only the others
 * (a quote mark, a bracket, a dash) need the term splitter.
 */
export function leadingPunctuation(sentence: string, tokenizer: Tokenizer, model: unknown): number | undefined {
  if (WORD_START.test(sentence)) return 0;
  // "“Today…", "[Seoul…": one mark glued to a word. The mark opens the first term, and the
  // punctuation splitter takes it off, then stops at the word.
  if (isPlainOpener(sentence[0]!, model) && WORD_START.test(sentence.slice(1, 3))) return 1;
  const first = firstTerm(sentence, tokenizer.splitTerms, model);
  return first === undefined ? undefined : tokenizer.splitWhitespace(first, model).pre.length;
}

/**
 * The same offsets as `parsedSentenceOffsets`, without tagging; undefined (so the caller parses)
 * if compromise's sentences ever fail to tile the paragraph exactly.
 */
export function scannedSentenceOffsets(paragraph: string): number[] | undefined {
  world ??= (nlp as unknown as { world(): World }).world();
  const tokenizer = world.methods.one.tokenize;
  const offsets: number[] = [];
  let at = 0;
  for (const sentence of tokenizer.splitSentences(paragraph, world)) {
    if (!paragraph.startsWith(sentence, at)) return undefined;
    const pre = leadingPunctuation(sentence, tokenizer, world.model);
    if (pre !== undefined) offsets.push(at + pre);
    at += sentence.length;
  }
  return at === paragraph.length ? offsets : undefined;
}

export function sentenceOffsets(paragraph: string, mode: ParseMode = 'fast'): number[] {
  return (mode === 'fast' ? scannedSentenceOffsets(paragraph) : undefined) ?? parsedSentenceOffsets(paragraph);
}
