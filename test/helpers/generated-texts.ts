// Shared by the equivalence tests (a rule tried only near its anchors must match exactly as over
// the whole text): the bundled corpora's texts, and seeded texts pieced together from invented
// words, names and punctuation, so that every run checks the same cases.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .txt and .md file under `dir`, read. */
export function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (/\.(?:txt|md)$/.test(entry)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/** A deterministic generator of numbers in [0, 1] (a linear congruential one). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

export interface PieceOptions {
  /** Pieces per text: 10 plus up to this many more. */
  extraPieces: number;
  /** The next piece, drawn with `random`. */
  piece: (random: () => number) => string;
  /** Whether `piece` sticks to the one before, given a draw `joint` in [0, 1]. */
  glued: (piece: string, joint: number) => boolean;
}

/** `count` texts of seeded pieces joined by a space, now and then two, or glued on. */
export function piecedTexts(count: number, seed: number, options: PieceOptions): string[] {
  const random = seededRandom(seed);
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = '';
    const length = 10 + Math.floor(random() * options.extraPieces);
    for (let i = 0; i < length; i++) {
      const piece = options.piece(random);
      const joint = random();
      text += i === 0 || options.glued(piece, joint) ? '' : joint > 0.97 ? '  ' : ' ';
      text += piece;
    }
    texts.push(text);
  }
  return texts;
}
