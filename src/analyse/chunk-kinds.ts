// What a run of capitalised words names: an organisation ("Korean Central News Agency", "KCNA"),
// a place ("Brussels", "Black Sea"), a person ("Narendra Modi"), or nothing ("Korean War",
// "Foreign Minister", "Still").

import type { ActorKind } from '../briefing.ts';
import { isCommonWordGivenName } from './first-names.ts';
import { createGazetteer, type Gazetteer } from './gazetteer.ts';
import { isCommonWord, isKnownFirstName, isKnownLastName, isLexiconOrganisation, isLexiconPerson, isLexiconPlace, isPluralNoun, lexiconTags } from './lexicon.ts';
import { LEADING_VENUE_HEADS, MORE_ORG_HEADS, VENUE_HEADS } from '../stages/actors/gazetteer/heads.ts';
import { ALWAYS_CREDITS, CREDIT_NAMES, INDUSTRY_HEADS, NEVER_NAMES, ORG_HEADS, SURNAME_FIRST, TITLE_HEADS, TITLE_MODIFIERS } from './name-words.ts';

// "Lodge" ends both a hotel and a masonic body: a place first.
const ORG_HEAD = new Set<string>([...ORG_HEADS, ...MORE_ORG_HEADS.filter((w) => w !== 'Lodge')]);
// A company is a name and its trade: "Brightwater Shipping", "Holmgard Chemicals", "Vessen Signalworks".
const INDUSTRY_HEAD = new Set<string>(INDUSTRY_HEADS);
const isIndustryHead = (w: string) => INDUSTRY_HEAD.has(w) || /^\p{Lu}\p{Ll}{2,}works$/u.test(w);
// Words that open a place's name: "River Ossel", "Port Ellis", "Lake Varn", "Mount Elbrus".
const LEADING_PLACE_HEADS = new Set<string>(['River', 'Lake', 'Mount', 'Port', 'Cape', 'Fort', 'Isle', 'Gulf', 'Bay', 'Mountains', ...LEADING_VENUE_HEADS]);
const PLACE_HEADS = new Set<string>(['Dam', 'Reservoir', 'Falls', 'Delta', 'Estuary', 'Fjord', 'Lagoon', 'Glacier', 'Highlands', 'Lowlands', 'Hills', 'Sea', 'Ocean', 'River', 'Strait', 'Straits', 'Gulf', 'Bay', 'Island', 'Islands', 'Mountains', 'Mountain', 'Peninsula', 'Square', 'Street', 'Avenue', 'Road', 'Airport', 'Palace', 'Province', 'Region', 'County', 'City', 'District', 'Valley', 'Desert', 'Coast', 'Lake', 'Canal', 'Heights', 'Plateau', 'Basin', 'Border', 'Oblast', 'Prefecture', 'Territory', 'Territories', 'Port', 'Harbour', 'Harbor', 'Base', 'Camp', ...VENUE_HEADS]);
// Heads of divisions and lands named "of" a place: "Municipality of Linapacan", "Kingdom of Varn".
const OF_PLACE_HEADS = new Set(['Municipality', 'Kingdom', 'Principality', 'Duchy', 'Grand Duchy', 'Emirate', 'Sultanate', 'Commonwealth', 'Republic', 'Town', 'Village', 'Isle', 'Isles']);
// Heads that are also people's names ("Park Jin", "Jan Field", "Hall"): they type only as a name's last word.
const NAME_LIKE_HEADS = new Set<string>(VENUE_HEADS);
const EVENT_HEADS = new Set(['War', 'Wars', 'Prize', 'Award', 'Awards', 'Act', 'Bill', 'Treaty', 'Accord', 'Accords', 'Agreement', 'Summit', 'Conference', 'Games', 'Cup', 'Day', 'Olympics', 'Championship', 'Festival', 'Revolution', 'Doctrine', 'Plan', 'Initiative', 'Protocol', 'Convention', 'Declaration', 'Charter', 'Constitution', 'Amendment', 'Law', 'Era', 'Dynasty', 'Empire', 'Crisis', 'Spring', 'Week', 'Year', 'Age', 'Dome', 'Bible', 'Koran', 'Quran', 'Internet',
  // Works, shows and things named after people: "Varn Floor Speech", "Orsky Mysteries", "Tarrow Statue".
  'Speech', 'Lecture', 'Podcast', 'Show', 'Series', 'Mysteries', 'Statue', 'Telescope', 'Concerto', 'Sonata', 'Symphonies', 'Requiem', 'Album', 'Novel', 'Trilogy', 'Saga', 'Chronicles',
  // Scriptures, writings and creeds: "Gospel of Varn", "Diary of a Tailor", "Roman Catholic".
  'Gospel', 'Gospels', 'Scripture', 'Scriptures', 'Psalms', 'Diary', 'Memoirs', 'Catholic', 'Catholics', 'Protestant', 'Protestants',
  // Stories, ensembles, tours and affairs: "The Orsk Story", "Varn Trio", "the Brannock Affair".
  'Story', 'Stories', 'Tale', 'Tales', 'Trio', 'Quartet', 'Quintet', 'Overture', 'Overtures', 'Experience', 'Tour', 'Affair', 'Scandal', 'Massacre', 'Uprising', 'Rebellion', 'Riots']);
// Events named "of" the place they happened at: "Siege of Savannah", "Sack of Rome", "Battle of Varnholt".
const EVENT_OF_PLACE = new Set(['Battle', 'Battles', 'Siege', 'Sack', 'Fall', 'Capture', 'Invasion', 'Occupation', 'Liberation', 'Massacre', 'Bombing', 'Blockade', 'Burning', 'Evacuation', 'Relief', 'Storming', 'Destruction']);
// Other events and acts named "of" a place or people ("Treaty of Orsk", "Partition of Varn"): no actor, and no person.
const EVENT_OPENERS = new Set(['Partition', 'Conquest', 'Annexation', 'Treaty', 'Peace', 'Edict', 'Retreat', 'Raid', 'Defence', 'Defense']);
const TITLE_WORDS = new Set(
  [...TITLE_HEADS, ...TITLE_MODIFIERS.map((w) => w[0]!.toUpperCase() + w.slice(1)), 'State', 'Affairs', 'Defense', 'Defence', 'Foreign', 'of', 'the', 'for', 'and', 'Ministers', 'Secretaries', 'Presidents', 'Leaders',
    // Titles in the plural head a group, not a name: "Democratic Senators", "Tarvonian Generals".
    ...TITLE_HEADS.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).map((w) => (/(?:s|sh|ch)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /man$/.test(w) ? `${w.slice(0, -3)}men` : `${w}s`))].filter((w) => !ORG_HEAD.has(w)),
);
const CONNECTOR = /^(?:of|for|the|and|a|de|du|da|di|dos|das|von|van|der|den|al|el|bin|ibn|la|le|y)$/;
const ACRONYM = /^(?:[A-Z][A-Z0-9&-]{1,7}|[A-Z]\d{1,2}|[A-Z]-\d{1,2})$/;
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;
const NAME_SHAPE = /^(?:\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*(?:['’]\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+|(?:\p{Lu}\.){1,3}|(?:al|el|bin)-\p{Lu}[\p{Ll}\p{M}]+|d['’]\p{Lu}[\p{Ll}\p{M}]+)$/u;

export interface PieceContext {
  sentenceInitial: boolean;
  credit: boolean;
  /** A speech verb follows ("Smith said") or precedes it ("said Smith"). */
  speaker: boolean;
  /** A title, honorific, appositive or age already says this is a person. */
  strong?: boolean;
  /**
   * Classified where it stands in running text (not a part tried on its own): a known first name
   * or surname alone there is a person ("a letter from Byron").
   */
  inText?: boolean;
  /** A verb follows ("Byron fell"), or a possessive: a name opening a sentence acts. */
  acts?: boolean;
}

export interface Classified {
  kind: ActorKind;
  /** The words kept (leading "The" and sentence-initial common words dropped). */
  from: number;
  to: number;
}

function nameWords(words: string[]): string[] {
  return words.filter((w) => !CONNECTOR.test(w));
}

/** The first word from `from` on that is neither a never-name nor a connector (a plain function: a hot path). */
function dropLeading(words: string[], from: number, to: number): number {
  while (from < to && (NEVER_NAMES.has(words[from]!) || CONNECTOR.test(words[from]!))) from++;
  return from;
}

/** Drops what cannot start a name: "The", days, and a sentence-initial common word ("Still"). */
export function trimPiece(words: string[], ctx: PieceContext): { from: number; to: number } {
  const count = words.length;
  let from = dropLeading(words, 0, count);
  // "Currently Shalev": an adverb the dictionary lacks ends in -ly.
  const opener = words[0]!;
  // "Mathematician Orlo Venning": an occupation the dictionary lacks ends in -ician or -ist ("Almquist" is a surname).
  // "Frank Sinatra sang" keeps its given name ("Will Congress act?" does not: "Will" opens questions).
  // (The given-name test comes last: it is asked only when the rest would drop the word.)
  if (from === 0 && ctx.sentenceInitial && count > 1 && (isCommonWord(opener) || /^\p{Lu}\p{Ll}{3,}(?:ly|ician|[^uv]ist)$/u.test(opener)) && !isKnownFirstName(opener) && !TITLE_WORDS.has(opener) && !(opener !== 'Will' && followsCommonWordGivenName(words))) {
    // "In January the National Rail Authority": a month or "the" after the dropped word goes too.
    from = dropLeading(words, 1, count);
  }
  let to = count;
  // "Jim Hale and Chairman" (before "Varn", a name the title rule took): the title and its "and" go.
  if (to - from > 2 && words[to - 2] === 'and' && TITLE_WORDS.has(words[to - 1]!)) to -= 2;
  while (to > from && (CONNECTOR.test(words[to - 1]!) || NEVER_NAMES.has(words[to - 1]!))) to--;
  return { from, to };
}

let places: Gazetteer | undefined;
/** A place the gazetteer knows ("St. Louis"), beyond the dictionary's. */
function isKnownPlace(name: string): boolean {
  places ??= createGazetteer();
  const hit = places.lookup(name);
  return hit?.kind === 'place' && hit.canonical === name;
}

// Initials of places the gazetteer knows only in other forms.
const PLACE_INITIALS = new Set(['D.C.', 'N.Y.', 'L.A.', 'N.J.', 'S.F.', 'E.U.', 'U.N.']);

/** Initials of a place or body: the gazetteer knows them ("U.K."), or they are a city's or state's ("D.C."). */
function isGazetteerName(name: string): boolean {
  places ??= createGazetteer();
  return PLACE_INITIALS.has(name) || places.lookup(name) !== undefined;
}

const TRAILING_OFFICE = new Set(['Director', 'Chairman', 'Chairwoman', 'Chair', 'President', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Administrator', 'Commissioner']);
const OFFICE_MODIFIER = new Set(['Acting', 'Deputy', 'Executive', 'Vice', 'Associate', 'Assistant', 'Managing']);
// Heads that open an organisation's name before "de", "du", "di" in other languages: "Conservatoire de Varn", "Banco de Tarnia".
const FOREIGN_ORG_HEADS = new Set(['Conservatoire', 'Université', 'Universidad', 'Università', 'Universidade', 'Institut', 'Instituto', 'Istituto', 'Académie', 'Academia', 'Banco', 'Banque', 'Banca', 'Ministère', 'Ministerio', 'Partido', 'Parti', 'Partito', 'Comité', 'Comisión', 'Société', 'Sociedad', 'Compagnie', 'Compañía', 'Fondation', 'Fundación', 'Orchestre', 'Collège', 'Colegio', 'École', 'Escuela', 'Asamblea', 'Assemblée', 'Conseil', 'Consejo', 'Tribunal', 'Corte', 'Cour']);

// Offices and memberships held "of" an organisation.
const MEMBERSHIP = new Set(['Fellow', 'Fellows', 'Member', 'Members', 'Chair', 'Head', 'Director', 'Founder', 'Patron', 'Dean', 'Rector', 'Provost', 'Trustee', 'Governor']);

/**
 * "Playhouse Square Center", "Fort Lee Community Center": a centre named without "for" or "of" is
 * a building, a place; "Center for Advanced Study" is a body, and so is a research or policy centre.
 */
function isCentreBuilding(names: string[], words: string[]): boolean {
  const last = names[names.length - 1]!;
  return (last === 'Center' || last === 'Centre') && names.length >= 2 && words[words.length - 1] === last && !words.includes('for') && !words.includes('of') && !/^(?:Research|Policy|Studies|Study|Data|Resource|Resources|Law|Justice|Rights|Action|Media|Press|Democracy|Health)$/.test(names[names.length - 2]!);
}

function isOrganisation(words: string[], text: string, ctx: PieceContext): boolean {
  const names = nameWords(words);
  const last = names[names.length - 1]!;
  if (isCentreBuilding(names, words)) return false;
  // An airline: "Air Tarnia", "Air Chathams".
  if (names[0] === 'Air' && names.length >= 2 && names.length <= 3 && words[0] === 'Air') return true;
  if (names.length >= 2 && (ORG_HEAD.has(last) || isIndustryHead(last))) return true;
  // "Ministry of Foreign Affairs", "Bank of Japan", "University of Tokyo"
  // "Government of Tarvonia" too (a government named by its adjective, "the Tarvonian Government", is the country's).
  const of = words.findIndex((w, i) => i > 0 && (((w === 'of' || w === 'for') && (ORG_HEAD.has(words[i - 1]!) || (w === 'of' && words[i - 1] === 'Government'))) || (/^(?:de|du|des|di|del|della|do|da)$/.test(w) && FOREIGN_ORG_HEADS.has(words[i - 1]!))));
  if (of > 0 && of < words.length - 1) return true;
  // A team: a city and a plural name ("Pittsburgh Pirates", "Boston Red Sox", "Varn Astros").
  // A minor-league level may open it ("Triple-A Pawtucket Red Sox"); the city may be one the gazetteer knows ("St. Louis").
  const team = /^(?:Triple|Double|Single|Class)-A+$/.test(names[0]!) ? names.slice(1) : names;
  if (team.length >= 2 && team.length <= 4 && (/^\p{Lu}\p{Ll}{2,}s$/u.test(last) || last === 'Sox') && !PLACE_HEADS.has(last) && !ORG_HEAD.has(last) && !isKnownFirstName(last) && !isKnownLastName(last) && !isLexiconPlace(text) && !isKnownPlace(text)) {
    // The gazetteer vouches only for a city of two words or after a level: one word it knows may be a demonym or a region.
    const city = (n: number) => team.length > n && (isLexiconPlace(team.slice(0, n).join(' ')) || ((n >= 2 || team !== names) && isKnownPlace(team.slice(0, n).join(' '))));
    if ((city(1) || (team.length >= 3 && city(2))) && (team.length >= 3 || !isLexiconPlace(last))) return true;
  }
  // A team the dictionary knows ("Mets").
  if (names.length === 1 && lexiconTags(last).includes('SportsTeam')) return true;
  if (names.length === 1 && ACRONYM.test(last) && !ROMAN.test(last) && !NEVER_NAMES.has(last)) return !(ctx.credit && CREDIT_NAMES.has(last));
  return isLexiconOrganisation(text);
}

// A numbered road: "I-44", "A64", "M62", "US-412", "US 75".
// A direction after it names one carriageway of the same road: "I-44 West", "US-412 East".
const ROAD = /^(?:(?:I|A|M|B|N|E|SR|SH|D)-?\d{1,4}|US[- ]\d{1,4})(?: (?:North|South|East|West)(?:bound)?)?$/;

/** A numbered road's name without the direction after it ("I-44 West" → "I-44"); undefined for anything else. */
export function roadName(text: string): string | undefined {
  return ROAD.test(text) ? text.replace(/ (?:North|South|East|West)(?:bound)?$/, '') : undefined;
}

function isPlace(words: string[], text: string): boolean {
  const names = nameWords(words);
  if (ROAD.test(text)) return true;
  if (names.length >= 2 && (PLACE_HEADS.has(names[names.length - 1]!) || LEADING_PLACE_HEADS.has(names[0]!) || isCentreBuilding(names, words))) return true;
  // "Municipality of Linapacan", "Cleveland Museum of Art", "Palace of the Winds": a place's head before "of".
  if (names.length >= 2 && words.some((w, i) => i > 0 && w === 'of' && i < words.length - 1 && (PLACE_HEADS.has(words[i - 1]!) || OF_PLACE_HEADS.has(words[i - 1]!)))) return true;
  return isLexiconPlace(text);
}

/**
 * A given name the dictionary knows as a common word, then one or two words it knows only as
 * names, or not at all; a particle may come between ("Jean le Rond"), "of" may not ("Dean of Arts").
 */
function followsCommonWordGivenName(words: string[]): boolean {
  // The first word must be the first name word, a given name the dictionary knows as a common
  // word: asked before listing the name words, as most pieces open otherwise.
  if (words.length < 2 || CONNECTOR.test(words[0]!) || !isCommonWordGivenName(words[0]!)) return false;
  const names = nameWords(words);
  if (names.length < 2 || names.length > 3 || !isCommonWordGivenName(names[0]!) || words[0] !== names[0]) return false;
  if (words.some((w) => /^(?:of|for|the|and|a)$/.test(w))) return false;
  return names.slice(1).every((w) => !isCommonWord(w) || isKnownLastName(w) || isKnownFirstName(w));
}

/** A known first name; "Bill" too, which the dictionary knows only as a noun. */
const isFirstName = (w: string) => w === 'Bill' || isKnownFirstName(w);

// A regnal or generational number after a name: "Johann II", "Elizabeth II", "Wilbur Tanslow III" ("I" is the pronoun).
const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)$/;

function isPerson(words: string[], text: string, ctx: PieceContext): boolean {
  const numbered = words.length >= 2 && REGNAL.test(words[words.length - 1]!);
  if (numbered) {
    const rest = words.slice(0, -1);
    const restText = rest.join(' ');
    if (isLexiconPlace(restText) || isLexiconOrganisation(restText) || isKnownPlace(restText)) return false;
    // One word before the number must be a known first name or come with a title ("Shah Varnek II").
    if (rest.length === 1) return (isFirstName(rest[0]!) || Boolean(ctx.strong)) && isPerson(rest, restText, { ...ctx, strong: true });
    return isPerson(rest, restText, ctx);
  }
  const names = nameWords(words);
  if (names.length > 5 || !names.every((w) => NAME_SHAPE.test(w))) return false;
  // Initials alone ("S. F.", "H. R.") are an abbreviation, not a name.
  if (names.every((w) => /^(?:\p{Lu}\.)+$/u.test(w))) return false;
  // "D.C. Circuit", "U.S. Marshals": initials the gazetteer knows open a body's name, not a person's.
  if (/^(?:\p{Lu}\.){2,}$/u.test(names[0]!) && isGazetteerName(names[0]!)) return false;
  // "Bill Nelson": a first name that is also an event's head opens a name all the same (the
  // dictionary knows "Bill" only as a noun).
  if (names.some((w, i) => TITLE_WORDS.has(w) || (EVENT_HEADS.has(w) && !(i === 0 && isFirstName(w))) || ORG_HEAD.has(w) || (PLACE_HEADS.has(w) && (i === names.length - 1 || !NAME_LIKE_HEADS.has(w))) || isIndustryHead(w))) return false;
  if (names.length >= 2 && LEADING_PLACE_HEADS.has(names[0]!)) return false;
  // "Kestmoor Unionist", "Tollin Anglers", "San Varnicans": a member, group or people noun ends no personal name.
  const last = names[names.length - 1]!;
  // A French or Latin adjective ends a work's or an institution's title, not a name: "Phonologie
  // Tarvoise", "Mécanique Céleste Analytique", "Ars Vellica" ("Ragsdale", "Michelle" stay names).
  // After "of" such a word is a place ("Bonosus of Sardica").
  if (names.length >= 2 && !ctx.strong && !CONNECTOR.test(words[words.length - 2]!) && /\p{Ll}{2}(?:ique|oise|aise|[^d]ale|ica|alis|orum)$/u.test(last) && !isKnownFirstName(last) && !isKnownLastName(last) && !isFirstName(names[0]!)) return false;
  if (names.length >= 2 && /\p{Ll}(?:ionist|alist|anist|icist|ogist|arist|ists|ers|ians|cans|eans)$/u.test(last) && !isKnownLastName(last) && !isKnownFirstName(names[0]!)) return false;
  if (isLexiconPerson(text)) return true;
  if (names.length === 1) {
    const w = names[0]!;
    if (isPluralNoun(w) || (/s$/.test(w) && isLexiconPlace(w.slice(0, -1)))) return false;
    if (ctx.speaker || ctx.strong) return ctx.strong || !ctx.sentenceInitial || !isCommonWord(w) || isKnownLastName(w) || isKnownFirstName(w);
    // A known first name or surname alone in running text: "a letter from Byron", "Byron fell ill".
    return Boolean(ctx.inText) && (isKnownFirstName(w) || isKnownLastName(w)) && !isCommonWord(w) && (!ctx.sentenceInitial || Boolean(ctx.acts));
  }
  // A title, honorific or appositive names a person: only plural nouns are ruled out ("Analysts").
  if (ctx.strong) return !names.some((w) => isPluralNoun(w) && !isKnownLastName(w));
  // A known first name vouches for the rest ("Tomas Berg"), unless a plural noun follows.
  // ("Nick Bos": a short word the dictionary calls plural is a surname all the same.)
  if (isFirstName(names[0]!) && !SURNAME_FIRST.has(names[0]!)) return !names.slice(1).some((w) => isPluralNoun(w) && !isKnownLastName(w) && w.length > 4);
  // "Frank Sinatra", "Jean Gabin", "Holly Dale": a given name that is also a common word vouches
  // for the words after it only when none of them is a common word itself.
  if (followsCommonWordGivenName(words)) return true;
  // Otherwise every word must be unknown to the dictionary or a known name.
  const common = names.filter((w) => isCommonWord(w) && !isKnownLastName(w) && !SURNAME_FIRST.has(w));
  return common.length === 0;
}

// Answers for the article being analysed: the mention finder asks about the same words in the same
// context many times (each chunk for organisations, then each piece; every mention of a name). An
// answer depends only on the words and on which context flags are set, and is never changed by
// the caller. Emptied for each article (`forgetPieces`), so that nothing keeps an article's words.
const PIECE_MEMO = new Map<string, Classified | null>();
const PIECE_MEMO_SIZE = 5_000;

/** Starts a new article: the remembered answers go. */
export function forgetPieces(): void {
  PIECE_MEMO.clear();
}

/** The words and the context flags set, as one key; undefined when a word could blur the key. */
function pieceKey(words: string[], ctx: PieceContext): string | undefined {
  const flags = (ctx.sentenceInitial ? 1 : 0) | (ctx.credit ? 2 : 0) | (ctx.speaker ? 4 : 0) | (ctx.strong ? 8 : 0) | (ctx.inText ? 16 : 0) | (ctx.acts ? 32 : 0);
  for (const w of words) if (w.includes('\u0000')) return undefined;
  return `${String.fromCharCode(65 + flags)}${words.length}\u0000${words.join('\u0000')}`;
}

/** The kind of one piece of a chunk, or null when it names no actor. */
export function classifyPiece(words: string[], ctx: PieceContext): Classified | null {
  const key = pieceKey(words, ctx);
  if (key === undefined) return classifyWords(words, ctx);
  const known = PIECE_MEMO.get(key);
  if (known !== undefined) return known;
  const kind = classifyWords(words, ctx);
  if (PIECE_MEMO.size >= PIECE_MEMO_SIZE) PIECE_MEMO.clear();
  PIECE_MEMO.set(key, kind);
  return kind;
}

function classifyWords(words: string[], ctx: PieceContext): Classified | null {
  const { from, to } = trimPiece(words, ctx);
  if (to <= from) return null;
  const kept = words.slice(from, to);
  const text = kept.join(' ');
  // A long word in capitals is a dateline or a shout ("JERUSALEM —", "BREAKING"), not a name.
  if (kept.some((w) => /^\p{Lu}{6,}$/u.test(w))) return null;
  if (ALWAYS_CREDITS.has(text) || (ctx.credit && (CREDIT_NAMES.has(text) || kept.length <= 3))) return null;
  if (kept.every((w) => TITLE_WORDS.has(w) || NEVER_NAMES.has(w))) return null;
  const names = nameWords(kept);
  if (names.length > 0 && EVENT_HEADS.has(names[names.length - 1]!) && names.length > 1) return null;
  if (ROAD.test(text)) return { kind: 'place', from, to };
  // "Siege of Savannah", "Battle of Varnholt": the event is no actor; the place it names after "of" is one.
  if (kept.length >= 3 && kept[1] === 'of' && EVENT_OF_PLACE.has(kept[0]!)) {
    const rest = kept[2] === 'the' ? 3 : 2;
    const restWords = kept.slice(rest);
    if (restWords.length === 0 || !restWords.every((w) => NAME_SHAPE.test(w) || CONNECTOR.test(w))) return null;
    return { kind: isOrganisation(restWords, restWords.join(' '), ctx) ? 'organization' : 'place', from: from + rest, to };
  }
  if (kept.length >= 3 && kept[1] === 'of' && EVENT_OPENERS.has(kept[0]!)) return null;
  // "President of the Varn Rowing Club", "Fellow of the Royal Society": an office or a membership
  // "of" an organisation names the organisation; the office is the person's role, not a name.
  if (kept.length >= 4 && kept[1] === 'of' && (TITLE_WORDS.has(kept[0]!) || MEMBERSHIP.has(kept[0]!))) {
    const rest = kept[2] === 'the' ? 3 : 2;
    if (isOrganisation(kept.slice(rest), kept.slice(rest).join(' '), ctx)) return { kind: 'organization', from: from + rest, to };
  }
  // "Office of Science Policy Acting Director": an office after an organisation's name is the person's role.
  if (kept.length >= 3 && TRAILING_OFFICE.has(kept[kept.length - 1]!)) {
    let end = kept.length - 1;
    while (end > 1 && OFFICE_MODIFIER.has(kept[end - 1]!)) end--;
    if (end >= 2 && isOrganisation(kept.slice(0, end), kept.slice(0, end).join(' '), ctx)) return { kind: 'organization', from, to: from + end };
  }
  if (isOrganisation(kept, text, ctx)) return { kind: 'organization', from, to };
  if (isPlace(kept, text)) return { kind: 'place', from, to };
  // A generational number after a full name is left out of it, like "Jr." ("Tavin Q. Orrick II");
  // a regnal one after a single name stays ("Gustav IV").
  if (isPerson(kept, text, ctx)) return { kind: 'person', from, to: kept.length >= 3 && REGNAL.test(kept[kept.length - 1]!) ? to - 1 : to };
  return null;
}
