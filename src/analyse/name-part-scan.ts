// Where the parts of an article's full names ("Blinken", "Antony") stand alone in its text. This
// finds exactly what the regex (?<![\p{L}\p{M}'’-])(?:part1|part2|…)(?![\p{L}\p{M}-]|['’]\p{L}{2})
// finds with the u and g flags, but without compiling a new regex for every article (that cost
// more than the rest of name resolution): candidates are where the parts' initials stand, and the
// parts are tried in the given order at each, as the alternation would try them.

// Where a part may start: an upper-case letter (parts start with one) not inside a word.
const UPPER = /^\p{Lu}$/u;
const INSIDE_WORD = /[\p{L}\p{M}'’-]/u;
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
  // Where the regex would try a part: each place a part's initial stands, not inside a word. A
  // literal search per initial (an article's names have a dozen or so) instead of a regex that
  // stops at every capital of the text.
  const starts: number[] = [];
  for (const initial of byInitial.keys()) {
    if (!UPPER.test(initial)) continue;
    for (let at = text.indexOf(initial); at >= 0; at = text.indexOf(initial, at + 1)) {
      if (at === 0 || !INSIDE_WORD.test(charBefore(text, at))) starts.push(at);
    }
  }
  if (starts.length === 0) return hits;
  starts.sort((a, b) => a - b);
  const goesOn = new RegExp(WORD_GOES_ON.source, WORD_GOES_ON.flags);
  // Like a global regex, the scan goes on after a part it found.
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    for (const part of byInitial.get(String.fromCodePoint(text.codePointAt(start)!))!) {
      if (!text.startsWith(part, start)) continue;
      goesOn.lastIndex = start + part.length;
      if (goesOn.test(text)) continue;
      hits.push({ index: start, part });
      from = start + part.length;
      break;
    }
  }
  return hits;
}

/** The character (a whole surrogate pair where there is one) before a position, as a lookbehind reads it. */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at > 1 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}
