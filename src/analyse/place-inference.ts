// Places the gazetteer cannot know (invented or small countries and towns), inferred from how an
// article uses a name: a possessive before a word of state ("Norvenia’s transport minister",
// "Tessaly's transport ministry"), a demonym before a title or a noun ("Tarvonian Foreign
// Minister", "Pellandian diplomats" → Pellandia), "in X" and "the town of X", and a dateline
// ("AMBRAY, May 8 (PNS) —"). Once inferred, the bare name is a place wherever the article uses
// it alone. One pass over the chunks, plus a look at a few characters around each.

import { anchoredRule, MAY_START_NAME, matchAllNear } from './anchored-match.ts';
import { isCommonWord, isKnownFirstName, isKnownLastName, isLexiconOrganisation, lexiconTags } from './lexicon.ts';
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
// "in Ambray", "near Grande Falaise", "through the Orrin Islands", "the border town of Qarnis", "the capital, Rethel",
// "born at Vellum", and "At Qarnis" opening a sentence (elsewhere "at" is as often a company or a school).
const PLACE_BEFORE =
  /(?:\b(?:[Ii]n|[Nn]ear|[Ii]nto|[Tt]owards?|[Vv]ia|[Tt]hrough|[Aa]cross|[Aa]round|[Oo]utside|[Ii]nside|[Bb]eyond|(?:[Nn]orth|[Ss]outh)(?:east|west)? of|[Ee]ast of|[Ww]est of)|\b(?:town|city|village|port|capital|province|region|district|island|municipality|suburb|county|state|neighbourhood|neighborhood) of|\bcapital,|\b(?:[Bb]orn|[Dd]ied|[Bb]uried|[Ss]tayed|[Ll]ived|[Ss]ettled|[Aa]rrived) at|(?:^|\n|[.!?] )At)\s$/u;
// "to Qarnis", "from Ambray", "visited Rethel": a place unless the name is a person's first name
// ("a letter to Maria").
const TRAVEL_BEFORE = /\b(?:[Tt]o|[Ff]rom|[Vv]isit(?:ed|ing|s)?|[Rr]each(?:ed|ing|es)?|[Ll]eft|[Ll]eaving)\s$/u;
// Latin and Greek endings of people's names ("Pachomius", "Theodorus", "Eusebios"): after "to" or
// "from" such a word is a person ("devoted to Pachomius"), not a destination.
const CLASSICAL_PERSON_ENDING = /\p{Ll}(?:ius|us|os|ios)$/u;
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
  // "Libertarian", "Unitarian": a creed, not a country.
  if (/^\p{Lu}\p{Ll}{3,}ian$/u.test(word) && !/(?:cian|arian)$/.test(word)) return word.slice(0, -1);
  if (/^\p{Lu}\p{Ll}{3,}i$/u.test(word) && capitals.has(word.slice(0, -1))) return word.slice(0, -1);
  return undefined;
}

// Nouns of a state's people and bodies after a demonym written in lower case: "Pellandian
// diplomats", "Tarvonian troops". Any other noun ("Victorian houses", "a Pachomian monk") says
// the word is an adjective of style, era or school, not a country.
const STATE_NOUN = /^ (?:government|troops|forces|soldiers|military|army|navy|officials|authorities|diplomats?|delegation|leaders?|leadership|ministers?|ministry|embassy|ambassador|envoy|regime|police|parliament|lawmakers|president|prime minister|state media|citizens|nationals|border|side|negotiators|warships?|coast guard)\b/;

/**
 * A demonym stands before a title or a body ("Tarvonian Foreign Minister"), an unknown name, or a
 * noun of state ("Pellandian diplomats"); never before a verb ("Vartanian said") or another noun,
 * unless the country's own name is in the text ("Merovia … Merovian food").
 */
function beforeNounOrTitle(text: string, chunk: NameChunk, k: number, country: string, capitals: Set<string>): boolean {
  const next = chunk.words[k + 1];
  if (next) return TITLE_OR_BODY.has(next.text) || !isCommonWord(next.text);
  const after = /^ (\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(chunk.end, chunk.end + 30));
  if (!after || lexiconTags(after[1]!).some((t) => NOT_BEFORE_NOUN.has(t))) return false;
  return capitals.has(country) || STATE_NOUN.test(text.slice(chunk.end, chunk.end + 30));
}

// Endings of common nouns and adjectives, rare in names of places: "Behavioral Sciences", "Leadership".
const NOUN_OR_ADJECTIVE = /(?:al|ic|ics|ship|ence|ance|ences|ment|tion|tions|sion|ism|ity|ogy|ing|ness|ary|ive)$/;

const COMMON_NOUN_ENDING = /(?:ism|tion|sion|ment|ness|ship|ity|ence|ance|ogy)$/;
// Adjectives and languages after a preposition: "in Danish", "into Latin", "to Democratic control".
const ADJECTIVE_ENDING = /\p{Ll}(?:ish|ic)$/u;
const LANGUAGES = new Set(['Latin', 'Greek', 'Hebrew', 'Sanskrit', 'Esperanto', 'Yiddish', 'Swahili', 'Hindi', 'Urdu', 'Gaelic', 'Aramaic', 'Mandarin', 'Cantonese', 'Pali', 'Tamil', 'Bengali']);

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
  if (travel && words.length === 1 && CLASSICAL_PERSON_ENDING.test(words[0]!.text)) return false;
  if (words.length === 1) {
    const w = words[0]!.text;
    return unknownName(w) && !isKnownLastName(w) && !/-\p{Ll}+$/u.test(w) && !surnames.has(w) && !(travel && speaksInText(text, w)) && !COMMON_NOUN_ENDING.test(w) && !ADJECTIVE_ENDING.test(w) && !LANGUAGES.has(w) && !isLexiconOrganisation(w) && !isCommonWord(w.split('-')[0]!) && !usedInLowerCase(text, w);
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

// "Varga said", "Varga, 45, told", and "said Varga": the parts of SPEAKS around the word's occurrences.
const SPEECH_AFTER_WORD = /(?:,[^,.]{1,60},)? (?:said|says|told|added|argued|wrote|asked)\b/uy;
const SPEECH_BEFORE_WORD = /(?<!\w)(?:said|says|told) $/;
const LETTER = /\p{L}/u;
const LETTER_AT = /\p{L}/uy;

/**
 * "Varga said", "said Varga": the word names someone who speaks, not a destination. What
 * `(?<![\p{L}])WORD(?:,[^,.]{1,60},)? (?:said|…|asked)\b|\b(?:said|says|told) WORD(?![\p{L}])`
 * finds with the u flag (a name-shaped word holds nothing a regex reads as syntax), looked for
 * only where the word stands instead of compiling that regex for each word and running it at
 * every position of the text.
 */
export function speaksInText(text: string, word: string): boolean {
  if (!word) return new RegExp(`(?<![\\p{L}])${word}(?:,[^,.]{1,60},)? (?:said|says|told|added|argued|wrote|asked)\\b|\\b(?:said|says|told) ${word}(?![\\p{L}])`, 'u').test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (at === 0 || !LETTER.test(charBefore(text, at))) {
      SPEECH_AFTER_WORD.lastIndex = end;
      if (SPEECH_AFTER_WORD.test(text)) return true;
    }
    if (at >= 5 && SPEECH_BEFORE_WORD.test(text.slice(Math.max(0, at - 6), at))) {
      LETTER_AT.lastIndex = end;
      if (!LETTER_AT.test(text)) return true;
    }
  }
  return false;
}

/** The character (a whole surrogate pair where there is one) before a position, as a lookbehind reads it. */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at > 1 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}

/** Last words of names of two or more words ("Whitman" of "Walt Whitman"): maybe a surname used alone. */
function lastNameWords(chunks: NameChunk[]): Set<string> {
  const out = new Set<string>();
  for (const c of chunks) {
    // "At Varnhold" opening a sentence is a preposition and one name, not a first name and a surname
    // ("The Varga campaign" still counts: a name after "the" may well be a surname).
    const first = c.words[0]!.text;
    const words = c.sentenceInitial && c.words.length > 1 && isCommonWord(first) && !NEVER_NAMES.has(first) ? c.words.slice(1) : c.words;
    const n = words.length;
    if (n >= 2 && n <= 4 && words.every((w) => NAME_SHAPE.test(w.text) && !TITLE_OR_BODY.has(w.text))) out.add(words[n - 1]!.text);
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
    if (country && beforeNounOrTitle(text, chunk, k, country, capitals)) {
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

// One item of a list of names: up to five capitalised words, with the particles of place names
// between them ("Marie Galante", "Les Saintes", "Morne à l'Eau").
const LIST_ITEM = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\.?(?: (?:(?:de|du|des|la|le|les|del|di|da|à|sur|on|upon) )?\p{Lu}[\p{L}\p{M}'’-]*\.?){0,4}`;
const NAME_LIST = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])${LIST_ITEM}(?:, ${LIST_ITEM}){1,}(?:,? (?:and|or) ${LIST_ITEM})?`, 'gu');
const LIST_ITEM_ONE = new RegExp(LIST_ITEM, 'gu');
// Tried only just before each ", " that opens a second item (src/analyse/anchored-match.ts): the
// first item spans four gaps at most, each a space or a particle between two spaces, all of it
// characters a window may hold. test/analyse/mention-scans.test.ts checks it against `matchAll`.
export const NAME_LIST_RULE = anchoredRule(NAME_LIST, { anchor: /, \p{Lu}/gu, maxSpaces: 8, canStart: MAY_START_NAME });
const PLACES_AHEAD = /\b(?:islands|isles|towns|cities|villages|suburbs|countries|regions|states|provinces|counties|neighbou?rhoods|districts|municipalities|communities|ports|capitals)(?: (?:of|such as|like|including))?:? $/;

interface ListedMention {
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organization' | 'place';
  canonical: string;
  via?: string;
  role?: string;
}

/** A person's mention no title, honorific, appositive or age vouched for. */
const weakPerson = (m: ListedMention) => m.kind === 'person' && m.via === undefined && m.role === undefined;

/**
 * Names listed with places are places: "the islands Ambray, Vell Morne, Les Cordes and Tarrin"
 * where most items are places already (the gazetteer's, or inferred) makes the rest places too,
 * whether they were read as no one or as a person by their shape alone ("Vell Morne"). Lists of
 * three or more items; a person a rule vouched for, or an organisation, keeps its kind. Returns
 * the new mentions; person mentions it retypes are changed in place, with every other mention of
 * the same name.
 */
export function placesInLists<M extends ListedMention>(text: string, mentions: M[], isFree: (start: number, end: number) => boolean): M[] {
  if (!text.includes(', ')) return [];
  const byStart = new Map<number, M>();
  for (const m of mentions) byStart.set(m.start, m);
  const retype = new Set<string>();
  const found: M[] = [];
  // Words of the people named in full: "Clinton" alone is Ada Clinton's surname, not a town.
  const nameParts = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && m.text.includes(' ')) for (const w of m.text.split(' ')) nameParts.add(w);
  for (const list of matchAllNear(text, NAME_LIST_RULE)) {
    const items: { start: number; end: number; text: string; m?: M }[] = [];
    for (const it of list[0].matchAll(LIST_ITEM_ONE)) {
      const start = list.index + it.index;
      items.push({ start, end: start + it[0].length, text: it[0], m: byStart.get(start) });
    }
    if (items.length < 3 || items.some((i) => i.m && (i.m.kind === 'organization' || (i.m.kind === 'person' && !weakPerson(i.m))))) continue;
    const places = items.filter((i) => i.m?.kind === 'place' && i.m.end === i.end).length;
    const people = items.filter((i) => i.m?.kind === 'person').length;
    // "the islands Ambray, Vell Morne and Les Cordes": a plural noun of places announces the list.
    const announced = PLACES_AHEAD.test(text.slice(Math.max(0, list.index - 30), list.index));
    // Without "and" before the last item it may be an address ("in Coral Bay, Florida, Varga said").
    const coordinated = /,? (?:and|or) [^,]+$/.test(list[0]);
    if (!announced && (!coordinated || places < 2 || places < people)) continue;
    for (const i of items) {
      if (i.m) {
        // Only an announced list makes "Anna Berg" a place; otherwise a known first name keeps its person.
        const fullName = i.m.text.includes(' ') && isKnownFirstName(i.m.text.split(' ')[0]!);
        if (weakPerson(i.m) && i.m.end === i.end && (announced || !fullName) && !nameParts.has(i.m.text)) retype.add(i.m.canonical);
        continue;
      }
      const words = i.text.split(' ');
      if (words.some((w) => NEVER_NAMES.has(w) || TITLE_OR_BODY.has(w) || isCommonWord(w)) || !isFree(i.start, i.end)) continue;
      found.push({ text: i.text, start: i.start, end: i.end, kind: 'place', canonical: i.text } as M);
    }
  }
  for (const m of mentions) {
    if (weakPerson(m) && retype.has(m.canonical) && m.text === m.canonical) {
      m.kind = 'place';
    }
  }
  return found;
}
