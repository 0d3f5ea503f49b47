// A story's stem counts in sorted arrays (a Map once large) answer exactly as a Map of the same
// counts would: the same counts, the same stems, and each article's stems new to the story.

import { describe, expect, it } from 'vitest';
import { StemCounts } from '../../src/stories/stem-counts.ts';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Invented words from syllables: "quillmere", "brannock", … */
const SYLLABLES = ['quill', 'mere', 'bran', 'nock', 'odi', 'le', 'var', 'sk', 'tor', 'ven', 'ash', 'by', 'ferr', 'y', 'zel', 'ow'];

function articleStems(random: () => number, words: number, vocabulary: number): Map<string, number> {
  const stems = new Map<string, number>();
  for (let i = 0; i < words; i++) {
    let n = Math.floor(random() * vocabulary);
    let word = '';
    do {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    stems.set(word, (stems.get(word) ?? 0) + 1 + Math.floor(random() * 3));
  }
  return stems;
}

function addToModel(model: Map<string, number>, stems: Map<string, number>): string[] {
  const fresh: string[] = [];
  stems.forEach((n, stem) => {
    if (!model.has(stem)) fresh.push(stem);
    model.set(stem, (model.get(stem) ?? 0) + n);
  });
  return fresh;
}

describe('StemCounts', () => {
  it.each([
    ['a small story', 12, 150, 600],
    ['a story growing past the array size into a Map', 60, 400, 20_000],
  ])('%s answers as a Map does', (_name, articles, words, vocabulary) => {
    const random = seeded(articles * 31 + words);
    const counts = new StemCounts();
    const model = new Map<string, number>();
    for (let a = 0; a < articles; a++) {
      const stems = articleStems(random, words, vocabulary);
      expect(counts.add(stems)).toEqual(addToModel(model, stems));
      expect(counts.size).toBe(model.size);
    }
    for (const [stem, n] of model) expect(counts.get(stem)).toBe(n);
    expect(new Set(counts.keys())).toEqual(new Set(model.keys()));
    for (const absent of ['', 'zzz', 'quillmerex', 'a']) {
      expect(counts.get(absent)).toBe(model.get(absent));
      expect(counts.has(absent)).toBe(model.has(absent));
    }
  });

  it('keeps the shared copy of a new stem that intern gives, and the first count', () => {
    const counts = new StemCounts();
    const shared = new Map<string, string>();
    const intern = (s: string) => {
      if (!shared.has(s)) shared.set(s, s);
      return shared.get(s)!;
    };
    expect(counts.add(new Map([['ferri', 2], ['quillmer', 1]]), intern)).toEqual(['ferri', 'quillmer']);
    expect(counts.add(new Map([['quillmer', 3], ['brannock', 1]]), intern)).toEqual(['brannock']);
    expect([...counts.keys()].sort()).toEqual(['brannock', 'ferri', 'quillmer']);
    expect(counts.get('quillmer')).toBe(4);
    expect(counts.get('ferri')).toBe(2);
    expect([...shared.keys()].sort()).toEqual(['brannock', 'ferri', 'quillmer']);
  });
});
