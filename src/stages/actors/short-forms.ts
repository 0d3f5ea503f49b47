// Other ways an article writes an organisation's or a place's name: an abbreviation it defines
// ("Korean People's Army (KPA)") and a short form without the head word ("Tsinghua" for
// "Tsinghua University"). Pure functions on names and text; actor-index.ts merges by them.

import { isLexiconPlace } from '../../analyse/lexicon.ts';
import { isJunkName } from './junk-names.ts';

// "(KPA)" or "(UNMIK)" right after a name.
const DEFINED = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}&.-]{1,11})\s*\)/u;

/** The abbreviation defined right after a name at `end`, if its letters fit the name. */
export function definedAbbreviation(text: string, name: string, end: number): string | undefined {
  const m = DEFINED.exec(text.slice(end, end + 20));
  if (!m) return undefined;
  const abbr = m[1]!;
  if (!/\p{Lu}.*\p{Lu}/u.test(abbr) || isJunkName(abbr, 'organization')) return undefined;
  return abbreviates(abbr, name) ? abbr : undefined;
}

/**
 * "KPA" abbreviates "Korean People's Army", "UNMIK" "United Nations Interim Administration Mission
 * in Kosovo": its capitals start words of the name in order (a word may give several letters,
 * "UNESCO"; some words may be skipped), and the first letter is the name's first.
 */
export function abbreviates(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{Lu}]/gu, '');
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|the|and|for|in|on|at|de|du|la|le)$/i.test(w));
  if (letters.length < 2 || words.length < 2 || letters[0] !== words[0]![0]!.toUpperCase()) return false;
  let wi = 0;
  for (let li = 0; li < letters.length; li++) {
    while (wi < words.length && words[wi]![0]!.toUpperCase() !== letters[li]) wi++;
    if (wi === words.length) return false;
    wi++;
  }
  return true;
}

// Head words an organisation's or a place's name can go without: "Tsinghua (University)",
// "Harrow (School)", "Socotra (Island)", "Kopinga (Marae)", "Vell (National Park Reserve)", and places
// a guide names by their first word: "Naqsh-e Jahan (Square)", "east of Main (Street)", "Neiafu (Harbour)".
const DROPPABLE_HEAD = new Set(['University', 'College', 'School', 'Academy', 'Institute', 'Conservatory', 'Island', 'Islands', 'Marae', 'Reserve', 'Airlines', 'Airways', ...['Square', 'Plaza', 'Street', 'Avenue', 'Harbour', 'Harbor', 'Palace']]);
/**
 * Heads whose short form is often a common word ("Main", "Grand", "Park"): the short form alone is
 * an alias only inside a sentence, after a word in lower case ("east of Main"), never opening one.
 */
export const SHORT_IN_SENTENCE_ONLY = new Set(['Square', 'Plaza', 'Street', 'Avenue']);
/** Heads of places whose short form joins a place only ("Times Square" is not The Times, "Fleet Street" no fleet). */
export const PLACE_ONLY_HEAD = new Set(['Square', 'Plaza', 'Street', 'Avenue', 'Harbour', 'Harbor', 'Palace']);
// Words that may stand between the short form and the head: "Hapupu National Historic Scenic Reserve".
const DROPPABLE_QUALIFIER = new Set(['National', 'Historic', 'Historical', 'Scenic', 'Nature', 'Natural', 'Wildlife', 'Marine', 'Regional', 'State', 'Memorial']);
/** Heads of places: the short form names the same place even where the gazetteer knows it ("Socotra"). */
export const PLACE_SHORT_HEAD = new Set(['Island', 'Islands', 'Marae', 'Reserve']);

/** The short form of a name without its head word, or undefined ("Tsinghua University" → "Tsinghua"). */
export function shortForm(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  if (words.length < 2 || !DROPPABLE_HEAD.has(words[words.length - 1]!)) return undefined;
  let end = words.length - 1;
  while (end > 1 && DROPPABLE_QUALIFIER.has(words[end - 1]!)) end--;
  const rest = words.slice(0, end);
  return rest.includes('of') ? undefined : rest.join(' ');
}

/** The head a short form drops ("University" for "Tsinghua University"). */
export function droppedHead(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1]!;
}

/** A team's name without its city: "Pittsburgh Pirates" → "Pirates", "Boston Red Sox" → "Red Sox". */
export function teamShortForm(name: string): string | undefined {
  const words = name.replace(/^the /i, '').split(' ');
  const last = words[words.length - 1]!;
  if (words.length < 2 || !(/^\p{Lu}\p{Ll}{2,}s$/u.test(last) || last === 'Sox')) return undefined;
  for (const n of [2, 1]) if (words.length > n && isLexiconPlace(words.slice(0, n).join(' '))) return words.slice(n).join(' ');
  return undefined;
}

/** US states by their postal codes, as written after a town ("Paramus, NJ"). */
export const US_STATE_CODES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee',
  TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** US states by their older abbreviations, as written after a town ("Fresno, Calif.", "S. F., Cal."). */
export const US_STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Cal.': 'California', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana',
  'Kan.': 'Kansas', 'Kans.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts',
  'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska',
  'Nebr.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York',
  'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas', 'Vt.': 'Vermont',
  'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Street words and their abbreviations: "Main St." is "Main Street". */
export const STREET_ABBREVIATIONS: Record<string, string> = { Street: 'St.', Avenue: 'Ave.', Boulevard: 'Blvd.', Road: 'Rd.', Drive: 'Dr.', Place: 'Pl.', Square: 'Sq.', Highway: 'Hwy.' };
