// Other names a text gives right after a name, mostly in brackets: "Ālī Qāpū (The Royal Palace)",
// "Varn Arena ("The V")", "Orla Field (still known as "The Jake" after …)", "… or “Varn Law”", a
// place's in apposition (", the South Varn Archipelago,"), and in a life's opening line "Jerome
// (Latin: Eusebius Sophronius Hieronymus; Greek: …)". Pure functions on text;
// actor-index.ts merges by them.

import { VENUE_HEADS } from './gazetteer/heads.ts';

export interface BracketedName {
  name: string;
  /**
   * How the text gives it: "the" (a name with its article filling the brackets), "known" (known as,
   * called, or "…"), "language" (Latin: …), "apposition" (", the South Varn Archipelago,").
   */
  via: 'the' | 'known' | 'language' | 'apposition';
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]*`;
const NAME = String.raw`${WORD}(?: (?:of|the|and|de|del|la|le|du)(?= \p{Lu}))*(?: (?:(?:of|the|and|de|del|la|le|du) )?${WORD})*`;
// "(The Royal Palace)", "("The Q")": the whole bracket is one name opening with "The".
const THE_NAME = new RegExp(String.raw`^ ?\(["“]?(The ${NAME})["”]?\)`, 'u');
const KNOWN_ADVERB = '(?:[Aa]lso|[Ss]till|[Oo]ften|[Ss]ometimes|[Ll]ocally|[Cc]ommonly|[Bb]etter|[Ww]idely|[Oo]riginally|[Ff]ormerly|[Pp]opularly|[Oo]nce|[Nn]ow|[Ss]imply|[Ii]nformally|[Aa]ffectionately)';
// "(still known as "The Jake" after …)", "(also called Varnhall)", "(Persian: …, also known as Esfahan)",
// and without brackets ", also known as Varnhall", ", aka "Varn Expressway"".
const KNOWN_NAME = new RegExp(String.raw`^(?: ?\((?:[^()]{0,60}[,;] )?|,? )(?:${KNOWN_ADVERB} ){0,2}(?:known as|called|nicknamed|aka|a\.k\.a\.) ["“]?((?:The )?${NAME})["”]?(?=[)\s,;.])`, 'u');
// "National Council for Varn Reporting or “Varn Law”": a quoted other name after "or".
const OR_QUOTED = new RegExp(`^,? or ["“](${NAME})["”]`, 'u');
// "Sydvarn Øhav, the South Varn Archipelago, is …": a name in apposition (a place's, see namesAPlace),
// not an item of a list ("the Varn Church, the Tarn Church, and …").
const APPOSITION = new RegExp(String.raw`^, the (${NAME})(?=, (?!(?:and|or|the|a|an)\b)\p{Ll}|\.)`, 'u');
// "(/ pron /; Latin: Eusebius Sophronius Hieronymus; Greek: …)": a language's name for it.
const LANGUAGE_NAME = new RegExp(String.raw`(?:^|; ?)\p{Lu}\p{Ll}+: (${NAME})(?=;|\))`, 'gu');

/** The names the bracket opening `after` (the text right after a name) gives for that name. */
export function bracketedNames(after: string): BracketedName[] {
  const the = THE_NAME.exec(after);
  if (the) return [{ name: the[1]!, via: 'the' }];
  const known = KNOWN_NAME.exec(after);
  if (known) return [{ name: known[1]!, via: 'known' }];
  const or = OR_QUOTED.exec(after);
  if (or) return [{ name: or[1]!, via: 'known' }];
  const apposition = APPOSITION.exec(after);
  if (apposition && apposition[1]!.includes(' ')) return [{ name: `the ${apposition[1]!}`, via: 'apposition' }];
  const bracket = /^ ?\(([^()]{3,200})\)/u.exec(after);
  if (!bracket) return [];
  return [...`${bracket[1]!})`.matchAll(LANGUAGE_NAME)].map((m) => ({ name: m[1]!, via: 'language' as const }));
}

const PLACE_HEADS = new Set<string>([...VENUE_HEADS, 'Palace', 'Square', 'Street', 'Avenue', 'Road', 'Mosque', 'Church', 'Fort', 'Island', 'Islands', 'Lake', 'Mountain', 'River']);

/** A name that says it is a place by its head word: "The Palace of Forty Columns", "The Royal Palace". */
export function namesAPlace(name: string): boolean {
  const words = name.replace(/^The /, '').split(' ');
  const head = words[1] === 'of' ? words[0]! : words[words.length - 1]!;
  return words.length >= 2 && PLACE_HEADS.has(head);
}

// "US 169 (Mingo Varn Expressway, …)", "Hwy 51 (Broken Tarn Expressway)": a road's number before its name in brackets.
const ROAD_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}-])((?:US|I|Hwy|SR|Route|Highway|State Route)[- ]?\d{1,4}[A-Z]?) \((${NAME})(?=[),;])`, 'gu');

/** Road numbers written before the road's name in brackets: [number, name] pairs. */
export function roadNumbers(text: string): [string, string][] {
  return [...text.matchAll(ROAD_NUMBER)].map((m) => [m[1]!, m[2]!]);
}
