// Where a text qualifies an organisation's name with a place: "U.S. Congress" (up to three
// capitalised words before the name) and "Senate of the United States" (after "of"). Both forms
// hold the name as written, so they are looked for only at its occurrences (a literal search)
// instead of by regexes tried at every position of the article; the matches are exactly those of
// `text.matchAll` over the whole text (test/actors/place-qualified-matches.test.ts checks it).

import { anchoredRule, MAY_START_NAME, matchAllNear } from '../../analyse/anchored-match.ts';
import { scoped } from '../briefing-scope.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Up to three capitalised words; a dot only ends a short abbreviation ("St.", "U.S."), never the sentence.
const PLACE_WORD = String.raw`(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}\p{M}’'-]{0,2}\.|\p{Lu}[\p{L}\p{M}’'-]*(?!\p{L}))`;
export const PLACE_WORDS = `(?!The |A )${PLACE_WORD}(?: ${PLACE_WORD}){0,2}`;

/** The two rules as written, global: the reference the test compares with. */
export function placeQualifiedRules(bare: string): { before: RegExp; after: RegExp } {
  return {
    before: new RegExp(`(?<![\\p{L}\\p{N}.])(${PLACE_WORDS}) ${esc(bare)}(?![\\p{L}\\p{N}]| of\\b| \\p{Lu})`, 'gu'),
    after: new RegExp(`(?<!(?!The )\\p{Lu}[\\p{L}.]* )${esc(bare)} of (?:the )?(${PLACE_WORDS})(?![\\p{L}\\p{N}])`, 'gu'),
  };
}

/**
 * The rules of a name compiled once per briefing (a name is looked for in every article that
 * names it). Their regexes keep a `lastIndex`, which every use sets before it runs them.
 */
const compiledRules = scoped('place-qualified-rules', (bare: string) => {
  const { before, after } = placeQualifiedRules(bare);
  return {
    anchored: anchoredRule(before, { anchor: new RegExp(esc(bare), 'gu'), maxSpaces: 3, canStart: MAY_START_NAME }),
    sticky: new RegExp(after.source, 'uy'),
  };
});

/**
 * The matches of both rules for a name (which starts with a capital). "Before" matches start up
 * to three spaces before an occurrence of the name, over characters of capitalised words: tried
 * near each occurrence (src/analyse/anchored-match.ts). "After" matches start at an occurrence.
 */
export function placeQualifiedMatches(text: string, bare: string): { before: RegExpExecArray[]; after: RegExpExecArray[] } {
  if (!text.includes(bare)) return { before: [], after: [] };
  const { anchored, sticky } = compiledRules(bare);
  const found = matchAllNear(text, anchored);
  const afterFound: RegExpExecArray[] = [];
  for (let at = text.indexOf(bare); at >= 0; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) afterFound.push(m);
    at = text.indexOf(bare, m ? at + Math.max(m[0].length, 1) : at + 1);
  }
  return { before: found, after: afterFound };
}
