// Places the gazetteer cannot know (invented or small countries and towns), inferred from how an
// article uses a name: a possessive before a word of state ("Norvenia’s transport minister",
// "Tessaly's transport ministry"), a demonym before a title or a noun ("Tarvonian Foreign
// Minister", "Pellandian diplomats" → Pellandia), "in X" and "the town of X", and a dateline
// ("AMBRAY, May 8 (PNS) —"). Once inferred, the bare name is a place wherever the article uses
// it alone. One pass over the chunks, plus a look at a few characters around each.

import { isCommonWord, isKnownFirstName, isKnownLastName, lexiconTags } from './lexicon.ts';
import type { NameChunk } from './name-chunks.ts';
import { NEVER_NAMES, ORG_HEADS, TITLE_HEADS } from './name-words.ts';

export interface InferredPlace {
  canonical: string;
  /** Used as an adjective ("Tarvonian"): it may stand before a title or a noun. */
  demonym: boolean;
}

const NAME_SHAPE = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*$/u;
// What a country has, after its possessive: "Norvenia’s transport minister", "Korvath's state news agency".
const STATE_AFTER_POSSESSIVE =
  /^(?:[’']s?)\s+(?:[\p{L}.-]+\s+){0,3}?(?:government|ministry|minister|ministers|president|prime minister|premier|parliament|army|military|navy|air force|capital|border|borders|embassy|ambassador|envoy|cabinet|economy|state|citizens|troops|authorities|regime|coastline|provinces|regions|residents|population|currency|central bank|foreign|interior|defence|defense|transport|health|environment|finance)\b/iu;
// "in Ambray", "near Grande Falaise", "through the Orrin Islands", "the border town of Qarnis", "the capital, Rethel"
const PLACE_BEFORE =
  /(?:\b(?:[Ii]n|[Nn]ear|[Ii]nto|[Tt]owards?|[Vv]ia|[Tt]hrough|[Aa]cross|[Aa]round|[Oo]utside|[Ii]nside|[Bb]eyond|(?:[Nn]orth|[Ss]outh)(?:east|west)? of|[Ee]ast of|[Ww]est of)|\b(?:town|city|village|port|capital|province|region|district|island|municipality|suburb|county|state|neighbourhood|neighborhood) of|\bcapital,)\s$/u;
// "to Qarnis", "from Ambray", "visited Rethel": a place unless the name is a person's first name
// ("a letter to Maria").
const TRAVEL_BEFORE = /\b(?:[Tt]o|[Ff]rom|[Vv]isit(?:ed|ing|s)?|[Rr]each(?:ed|ing|es)?|[Ll]eft|[Ll]eaving)\s$/u;
const DATELINE = /^\s*(\p{Lu}{3,}(?:[ -]\p{Lu}{3,}){0,2})(?=,| \(| [-—–] )/u;
const NOT_BEFORE_NOUN = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);
const TITLE_OR_BODY = new Set<string>([...TITLE_HEADS, ...ORG_HEADS, 'Foreign', 'Defence', 'Defense', 'Interior', 'Transport', 'Finance', 'Health', 'Environment', 'Prime', 'Deputy', 'Vice']);

const titleCase = (w: string) => w.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** A word no dictionary knows as anything but a name, and no known first name. */
function unknownName(w: string): boolean {
  return NAME_SHAPE.test(w) && !NEVER_NAMES.has(w) && !isCommonWord(w) && !isKnownFirstName(w);
}

/** The first word of the chunk that is not sentence-opening noise ("In", "The"). */
function firstNameIndex(chunk: NameChunk): number {
  let k = 0;
  while (k < chunk.words.length - 1 && (NEVER_NAMES.has(chunk.words[k]!.text) || (k === 0 && chunk.sentenceInitial && isCommonWord(chunk.words[k]!.text)))) k++;
  return k;
}

/** "Tarvonian" → "Tarvonia"; "Sulimari" → "Sulimar" when the article also names Sulimar. */
function demonymPlace(word: string, capitals: Set<string>): string | undefined {
  if (lexiconTags(word).length > 0 || isKnownFirstName(word)) return undefined;
  // "Tarvonian" → "Tarvonia"; "Mathematician", "Musician" name trades, not places.
  if (/^\p{Lu}\p{Ll}{3,}ian$/u.test(word) && !/cian$/.test(word)) return word.slice(0, -1);
  if (/^\p{Lu}\p{Ll}{3,}i$/u.test(word) && capitals.has(word.slice(0, -1))) return word.slice(0, -1);
  return undefined;
}

/** A demonym stands before a title, a body or a noun, never before a verb ("Vartanian said"). */
function beforeNounOrTitle(text: string, chunk: NameChunk, k: number): boolean {
  const next = chunk.words[k + 1];
  if (next) return TITLE_OR_BODY.has(next.text) || !isCommonWord(next.text);
  const after = /^ (\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(chunk.end, chunk.end + 30));
  if (!after) return false;
  return !lexiconTags(after[1]!).some((t) => NOT_BEFORE_NOUN.has(t));
}

// Endings of common nouns and adjectives, rare in names of places: "Behavioral Sciences", "Leadership".
const NOUN_OR_ADJECTIVE = /(?:al|ic|ics|ship|ence|ance|ences|ment|tion|tions|sion|ism|ity|ogy|ing|ness|ary|ive)$/;

const COMMON_NOUN_ENDING = /(?:ism|tion|sion|ment|ness|ship|ity|ence|ance|ogy)$/;

/** The word also written in lower case in the text ("Freezer" … "the freezer"): a common noun. */
function usedInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + lower.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * A name after a preposition of place ("in Ambray", "near Grande Falaise"): one word no dictionary
 * knows, or several name-shaped words that are no person's name (no known first name, no title,
 * no organisation's head word, no endings of common nouns). After a preposition of travel ("to
 * Qarnis", "from Ambray") only one unknown word that is nobody's surname here.
 */
function placeByPreposition(text: string, chunk: NameChunk, k: number, surnames: Set<string>): boolean {
  const words = chunk.words.slice(k);
  const before = text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start);
  const travel = !PLACE_BEFORE.test(before);
  if (travel && !TRAVEL_BEFORE.test(before)) return false;
  if (words.length === 1) {
    const w = words[0]!.text;
    return unknownName(w) && !isKnownLastName(w) && !/-\p{Ll}+$/u.test(w) && !surnames.has(w) && !COMMON_NOUN_ENDING.test(w) && !isCommonWord(w.split('-')[0]!) && !usedInLowerCase(text, w);
  }
  if (travel || words.length > 4 || isKnownFirstName(words[0]!.text) || lexiconTags(text.slice(words[0]!.start, chunk.end)).length > 0) return false;
  return words.every(
    (w) =>
      (NAME_SHAPE.test(w.text) || /^(?:de|du|la|le|des|del|di|da|of|the|and)$/.test(w.text)) &&
      !TITLE_OR_BODY.has(w.text) &&
      !NEVER_NAMES.has(w.text) &&
      !isCommonWord(w.text) &&
      !NOUN_OR_ADJECTIVE.test(w.text),
  );
}

/** Last words of names of two or more words ("Whitman" of "Walt Whitman"): maybe a surname used alone. */
function lastNameWords(chunks: NameChunk[]): Set<string> {
  const out = new Set<string>();
  for (const c of chunks) {
    const n = c.words.length;
    if (n >= 2 && n <= 4 && c.words.every((w) => NAME_SHAPE.test(w.text) && !TITLE_OR_BODY.has(w.text))) out.add(c.words[n - 1]!.text);
  }
  return out;
}

export function inferPlaces(text: string, chunks: NameChunk[]): Map<string, InferredPlace> {
  const places = new Map<string, InferredPlace>();
  const capitals = new Set<string>();
  for (const c of chunks) for (const w of c.words) capitals.add(w.text);
  const surnames = lastNameWords(chunks);
  const add = (surface: string, canonical: string, demonym: boolean) => {
    if (!places.has(surface)) places.set(surface, { canonical, demonym });
  };
  const dateline = DATELINE.exec(text.slice(0, 80));
  if (dateline) add(titleCase(dateline[1]!), titleCase(dateline[1]!), false);
  for (const chunk of chunks) {
    if (chunk.credit) continue;
    const k = firstNameIndex(chunk);
    const word = chunk.words[k]!.text;
    const single = k === chunk.words.length - 1;
    if (single && chunk.possessive && unknownName(word) && STATE_AFTER_POSSESSIVE.test(text.slice(chunk.end, chunk.end + 60))) add(word, word, false);
    else if (!chunk.possessive && placeByPreposition(text, chunk, k, surnames)) {
      const surface = text.slice(chunk.words[k]!.start, chunk.end);
      add(surface, surface, false);
    }
    const country = demonymPlace(word, capitals);
    if (country && beforeNounOrTitle(text, chunk, k)) {
      add(word, country, true);
      add(country, country, false);
    }
  }
  return places;
}

/** The dateline's place as a mention, if the article opens with one. */
export function datelinePlace(text: string): { start: number; end: number; text: string; canonical: string } | undefined {
  const m = DATELINE.exec(text.slice(0, 80));
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]!, canonical: titleCase(m[1]!) };
}
