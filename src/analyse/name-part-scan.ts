// Where the parts of an article's full names ("Blinken", "Antony") stand alone in its text. This
// finds exactly what the regex (?<![\p{L}\p{M}'’-])(?:part1|part2|…)(?![\p{L}\p{M}-]|['’]\p{L}{2})
// finds with the u and g flags, but without compiling a new regex for every article (that cost
// more than the rest of name resolution): candidates come from one fixed regex, and the parts are
// tried in the given order at each, as the alternation would try them.

// Where a part may start: an upper-case letter not inside a word (parts start with one).
const CANDIDATE = /(?<![\p{L}\p{M}'’-])\p{Lu}/gu;
// What may not follow a part: more word, or a possessive-looking ’ with two letters ("Kim’s" is fine).
const WORD_GOES_ON = /[\p{L}\p{M}-]|['’]\p{L}{2}/uy;

export interface NamePartHit {
  index: number;
  part: string;
}

export function findNameParts(text: string, parts: Iterable<string>): NamePartHit[] {
  // Parts by their first code point, in the given order: the order an alternation tries them.
  const byInitial = new Map<string, string[]>();
  for (const part of parts) {
    if (!part) continue;
    const initial = String.fromCodePoint(part.codePointAt(0)!);
    const list = byInitial.get(initial);
    if (list) list.push(part);
    else byInitial.set(initial, [part]);
  }
  const hits: NamePartHit[] = [];
  if (byInitial.size === 0) return hits;
  const candidate = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  const goesOn = new RegExp(WORD_GOES_ON.source, WORD_GOES_ON.flags);
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const start = m.index;
    const list = byInitial.get(m[0]);
    if (!list) continue;
    for (const part of list) {
      if (!text.startsWith(part, start)) continue;
      goesOn.lastIndex = start + part.length;
      if (goesOn.test(text)) continue;
      hits.push({ index: start, part });
      candidate.lastIndex = start + part.length;
      break;
    }
  }
  return hits;
}
