// pronounVotes finds the text's pronouns once and takes, for each person, the first at or after
// the name: the same votes as scanning from each name (the way it was done before), on the
// corpora and on generated texts dense with names, pronouns and words that contain them.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../adapters/files/repo-paths.ts';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { pronounGender, pronounVotes } from '../../src/analyse/gender.ts';
import { hasSeedCorpus, seedCorpusDir } from '../helpers/shared-corpus.ts';
import { piecedTexts, textFiles } from '../helpers/generated-texts.ts';

/** The per-person scan pronounVotes used to run. */
function byScan(text: string, people: { start: number; end: number; canonical: string }[], windowChars = 160) {
  const PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
  const votes = new Map<string, { male: number; female: number }>();
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const next = sorted[i + 1];
    const limit = Math.min(p.end + windowChars, next ? next.start : text.length);
    PRONOUN.lastIndex = p.end;
    const m = PRONOUN.exec(text);
    if (!m || m.index >= limit) continue;
    if (/[“”"\n]/.test(text.slice(p.end, m.index)) || m[1]!.toLowerCase() === 'him') continue;
    const g = pronounGender(m[1]!);
    if (!g) continue;
    const v = votes.get(p.canonical) ?? { male: 0, female: 0 };
    v[g]++;
    votes.set(p.canonical, v);
  }
  return votes;
}

/** Every capitalised word as a person, and every pair of them as one too (overlapping spans). */
function peopleOf(text: string) {
  const words = [...text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)];
  const people = words.map((m) => ({ start: m.index, end: m.index + m[0].length, canonical: m[0] }));
  for (let i = 0; i + 1 < words.length; i += 3) people.push({ start: words[i]!.index, end: words[i + 1]!.index + words[i + 1]![0].length, canonical: `${words[i]![0]} ${words[i + 1]![0]}` });
  return people;
}

function expectSameVotes(texts: string[]): number {
  let votes = 0;
  for (const text of texts) {
    const people = peopleOf(text);
    const expected = byScan(text, people);
    expect(pronounVotes(text, people), text.slice(0, 200)).toEqual(expected);
    votes += expected.size;
  }
  return votes;
}

const PIECES = ['Ada', 'Varn', 'Ada Varn', 'He', 'he', 'him', 'his', 'himself', 'she', 'She', 'her', 'hers', 'herself', 'HER', 'the', 'shed', 'ahead', 'hehe', 'Shelby', 'said', '.', ',', '“', '”', '"', '\n', 'é', 'x'];

describe('pronoun votes', () => {
  it('are the per-name scan’s, on the corpora', () => {
    const texts = ['demo', 'stories', 'eval', 'holdout'].flatMap((d) => textFiles(join(repoRoot, 'corpus', d)));
    if (hasSeedCorpus) texts.push(...textFiles(seedCorpusDir));
    texts.push(...syntheticCorpus(20, 4242).articles.map((a) => a.text));
    expect(expectSameVotes(texts)).toBeGreaterThan(50);
  });

  it('are the per-name scan’s, on generated texts', () => {
    const texts = piecedTexts(400, 5, { extraPieces: 40, piece: (r) => PIECES[Math.floor(r() * PIECES.length)]!, glued: (_p, joint) => joint > 0.85 });
    expect(expectSameVotes(texts)).toBeGreaterThan(200);
  });
});
