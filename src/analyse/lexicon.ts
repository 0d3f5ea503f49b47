// compromise's word list, read as a dictionary: first names with their gender, surnames, places,
// organisations and the common words that are never names. A lookup costs no parse.

import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  // `model()` is compromise's public view of its data; its typings leave the lexicon untyped.
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  return lexicon;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
// One shared list per single tag: the analysis asks about every capitalised word several times,
// and a new one-element array per question was a good part of its garbage.
const ONE_TAG = new Map<string, readonly string[]>();

// Answers for short words, as asked (the analysis asks about each capitalised word several times:
// a lookup here skips lower-casing it again). Only words of up to 12 characters: V8 copies those
// when it cuts them from an article, while a longer cut could keep the whole article alive. The
// lexicon never changes once loaded, so a remembered answer stays right; the memo is emptied when full.
const MEMO = new Map<string, readonly string[]>();
const MEMO_WORD_LENGTH = 12;
const MEMO_SIZE = 20_000;

/** The tags compromise gives a word or phrase (lower-cased lookup), empty when it does not know it. Read-only. */
export function lexiconTags(phrase: string): readonly string[] {
  if (phrase.length > MEMO_WORD_LENGTH) return lookUp(phrase);
  let tags = MEMO.get(phrase);
  if (tags === undefined) {
    tags = lookUp(phrase);
    if (MEMO.size >= MEMO_SIZE) MEMO.clear();
    MEMO.set(phrase, tags);
  }
  return tags;
}

function lookUp(phrase: string): readonly string[] {
  const lower = phrase.toLowerCase();
  const tags = load()[lower.includes('’') ? lower.replace(/[’]/g, "'") : lower];
  if (!tags) return NO_TAGS;
  if (Array.isArray(tags)) return tags;
  let one = ONE_TAG.get(tags);
  if (!one) {
    one = Object.freeze([tags]);
    ONE_TAG.set(tags, one);
  }
  return one;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Region', 'Country', 'Place']);

export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

export function isKnownLastName(word: string): boolean {
  return lexiconTags(word).includes('LastName');
}

export function firstNameGender(word: string): 'male' | 'female' | undefined {
  const tags = lexiconTags(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return undefined;
}

export function isLexiconPlace(phrase: string): boolean {
  return lexiconTags(phrase).some((t) => PLACE_TAGS.has(t));
}

export function isLexiconOrganisation(phrase: string): boolean {
  return lexiconTags(phrase).includes('Organization');
}

export function isLexiconPerson(phrase: string): boolean {
  return lexiconTags(phrase).includes('Person');
}

/** A word compromise knows as something other than a name ("Still", "Officials", "However"). */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t) || t === 'ProperNoun' || t === 'Organization');
}

/** Plural nouns and the like ("Officials", "Analysts"): a group, never one named speaker. */
export function isPluralNoun(word: string): boolean {
  return lexiconTags(word).includes('Plural');
}
