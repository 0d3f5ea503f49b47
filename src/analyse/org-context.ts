// Organisations told by the chunk around a name: a known body's name that ends a longer name is
// part of it ("National Democratic Party" is not the Democratic Party), and an organisation's head
// ends a name before "and" ("the Black Panther Party and the Hell's Angels" is two names).

import { trimPiece } from './chunk-kinds.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { NameChunk } from './name-chunks.ts';
import { ORG_HEADS } from './name-words.ts';

// The heads of bodies proper (not "Team", "Media", "Band": they end titles of honours and trades as often).
const BODY_HEAD = new Set<string>(ORG_HEADS);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const LOOSE = { sentenceInitial: false, credit: false, speaker: false };

/**
 * "the Black Panther Party and the Hell's Angels", "the Hewlett Foundation and Varn Africa": a
 * body's name ends at "and" when a new name of its own follows ("the …" or two words), not before
 * one more word of the same name ("Department of Media and Communications").
 */
export function bodyEndsBeforeAnd(left: string[], right: string[]): boolean {
  return left.length >= 2 && BODY_HEAD.has(left[left.length - 1]!) && (right.length >= 2 || right[0] === 'the');
}

/**
 * Drops a known organisation of several words that ends a chunk after name words no other known
 * name covers ("National Democratic Party", "Young Labour Party"): the longer name is the body, and
 * the chunk's own head types it. After a place the known body stays ("U.S. Senate").
 */
export function withoutBodiesEndingLongerNames(hits: GazetteerHit[], chunks: NameChunk[]): GazetteerHit[] {
  if (!hits.some((h) => h.kind === 'organization' && h.text.includes(' '))) return hits;
  let ci = 0;
  return hits.filter((h, i) => {
    if (h.kind !== 'organization' || !h.text.includes(' ')) return true;
    while (ci < chunks.length && chunks[ci]!.end < h.end) ci++;
    const c = chunks[ci];
    if (!c || c.end !== h.end || c.start >= h.start) return true;
    const before = c.words.filter((w) => w.end <= h.start);
    const from = trimPiece(before.map((w) => w.text), { ...LOOSE, sentenceInitial: c.sentenceInitial }).from;
    const lead = before.slice(from);
    if (lead.length === 0 || !lead.every((w) => NAME_WORD.test(w.text))) return true;
    // Another known name before it (a place, a demonym, a body) keeps the two apart.
    const prev = hits[i - 1];
    return Boolean(prev && prev.end > lead[0]!.start - 1 && prev.start < h.start);
  });
}
