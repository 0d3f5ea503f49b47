// Named mentions in one article: gazetteer places and organisations, people found by rule
// (titles, honorifics, appositives), then every other run of capitalised words classified on its
// own. A surname or given name used alone ("Blinken", "Mr Park") resolves to the full name
// introduced in the article. Everything here is a linear pass or a binary search per name.

import { anchoredRule, MAY_START_NAME, matchAllNear } from './anchored-match.ts';
import { classifyPiece, forgetPieces, type PieceContext, roadName, trimPiece } from './chunk-kinds.ts';
import type { Gazetteer, GazetteerHit } from './gazetteer.ts';
import { isCommonWordGivenName } from './first-names.ts';
import { genderFromName, pronounVotes } from './gender.ts';
import { isCommonWord, isKnownFirstName, isKnownLastName, lexiconTags } from './lexicon.ts';
import { type ChunkWord, findNameChunks, isCreditContext, type NameChunk } from './name-chunks.ts';
import { CREDIT_NAMES, KIN_OF, NEVER_NAMES } from './name-words.ts';
import { findNameParts } from './name-part-scan.ts';
import { findPeopleByRule, type PersonMention } from './people.ts';
import { datelinePlace, type InferredPlace, inferPlaces, placesInLists } from './place-inference.ts';
import { bodyEndsBeforeAnd, withoutBodiesEndingLongerNames } from './org-context.ts';
import { isBareStreetAbbreviation, isCompassRegion, isLanguageUse, numberedPartEnd, numberedStreetStart } from './place-context.ts';
import { STANDALONE_ORG_HEADS } from '../stages/actors/gazetteer/heads.ts';
import { SpanSet } from './span-set.ts';
import { townsBeforeRegions } from './town-before-region.ts';
import { COMMON_SPEECH } from './speech-verbs.ts';
import type { Gender, Mention } from './types.ts';

// A name followed by a speech verb, possibly past an appositive or an adverb: "Smith, 45, said".
const SPEECH_AFTER = new RegExp(String.raw`^(?:,[^,.;“”"]{1,90},)?\s+(?:(?:also|later|then|previously|has|had|have|was|is|would|will|again|further|once|repeatedly|recently|quickly|simply|flatly|separately|earlier|bluntly|angrily)\s+){0,2}(?:${COMMON_SPEECH})\b`);
// Inversion: "…,” said Smith" / "according to Smith".
const SPEECH_BEFORE = /(?:\b(?:said|says|added|wrote|asked|continued|explained|argued|insisted|according to|warned|noted|replied|recalled)\s+)$/;

const BYLINES = /\((?:[^()]{0,40}\b)?(?:Reporting|Writing|Editing|Compiled|Additional reporting|Reported) by[^()]*\)|^(?:Reporting|Additional reporting|Editing|Writing|Written) by [^\n]*$|^By (?:\p{Lu}[\p{L}.'’-]*(?: |, | and |$)){1,8}$/gmu;

export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  forgetPieces();
  const taken = new SpanSet();
  const out: Mention[] = [];
  // Bylines and agency trailers ("(Reporting by …; Editing by …)") name staff, not actors.
  for (const m of text.matchAll(BYLINES)) taken.add({ start: m.index, end: m.index + m[0].length });
  const chunks = splitChunks(findNameChunks(text));
  const hits = withoutBodiesEndingLongerNames(withoutPlacesInsideOrganisations(gazetteer.find(text), chunks), chunks);

  // People named by title or honorific win over a place name inside them ("Mr Jordan").
  const ruled = dedupePeople(findPeopleByRule(text)).filter((p) => plausiblePerson(p, gazetteer, hits));
  for (const p of ruled) if (p.via === 'title' || p.via === 'honorific') taken.add(p) && out.push(p);
  const named = placesNamed(hits);
  for (const h of hits) {
    // "OSCE/Office for Democratic Institutions": a slash between two bodies is no picture credit.
    if (isFirstNamePlusPlace(text, h) || (isCreditContext(text, h.start, h.end) && !slashBetweenBodies(text, h))) continue;
    // "taught himself Japanese", "written in Danish": a language, not its country.
    if (h.via === 'demonym' && !h.text.endsWith('s') && isLanguageUse(text, h.start, h.end)) continue;
    if (h.via === 'demonym' && !named.has(h.canonical) && !STATE_NOUN_AFTER.test(text.slice(h.end, h.end + 40))) continue;
    // "West Oakland", "Old Athens", "Greater Varn": a part of a place with a name of its own.
    const part = h.kind === 'place' && h.via !== 'demonym' ? PART_OF_PLACE.exec(text.slice(Math.max(0, h.start - 12), h.start)) : null;
    if (part && !h.text.includes(' ') && !/(?:ean|ian|ish|ese)$/.test(h.text)) {
      const start = h.start - part[1]!.length - 1;
      const surface = text.slice(start, h.end);
      if (taken.add({ start, end: h.end })) out.push({ text: surface, start, end: h.end, kind: 'place', canonical: surface });
      continue;
    }
    const canonical = h.country && GOVERNMENT_ACTS.test(text.slice(h.end, h.end + 60)) ? h.country : h.canonical;
    if (taken.add(h)) out.push({ text: h.text, start: h.start, end: h.end, kind: h.kind, canonical });
  }
  for (const p of ruled) if (p.via !== 'title' && p.via !== 'honorific') taken.add(p) && out.push(p);

  const dateline = datelinePlace(text);
  if (dateline && taken.add(dateline)) out.push({ ...dateline, kind: 'place' });
  const places = inferPlaces(text, chunks);
  // Places only inferred (or only the dictionary's) give way to a person's surname ("Harrow said").
  const weak = new Set<Mention>();
  for (const chunk of chunks) {
    for (const piece of freePieces(chunk, taken)) {
      const rest = splitInferredPlace(chunk, piece, places, (m) => {
        if (taken.add(m)) {
          out.push(m);
          weak.add(m);
        }
      });
      if (rest.length === 0) continue;
      const m = classify(text, chunk, rest);
      if (m && taken.add(m)) {
        out.push(m);
        if (m.kind === 'place') weak.add(m);
      }
    }
  }
  for (const m of lowerCaseMinistries(text, out)) if (taken.add(m)) out.push(m);
  for (const m of placesInLists(text, out, (start, end) => !taken.overlaps(start, end))) {
    if (taken.add(m)) {
      out.push(m);
      weak.add(m);
    }
  }
  // "Jackson, Mississippi": a town before its region, not a person.
  for (const m of townsBeforeRegions(text, out, hits)) {
    const town: Mention = { text: m.text, start: m.start, end: m.end, kind: 'place', canonical: m.text };
    out[out.indexOf(m)] = town;
    weak.add(town);
  }
  const resolved = linkNamesGivenAsOne(text, resolveNameParts(text, out, taken, weak));
  assignGender(text, resolved);
  return resolved.sort((a, b) => a.start - b.start);
}

/** An organisation the gazetteer knows, no credit name, with a slash right after it and a capitalised word past the slash. */
function slashBetweenBodies(text: string, h: GazetteerHit): boolean {
  return h.kind === 'organization' && !CREDIT_NAMES.has(h.text) && /^\/\p{Lu}\p{L}/u.test(text.slice(h.end, h.end + 3)) && !/\/\s*$/.test(text.slice(Math.max(0, h.start - 2), h.start)) && !/^\/(?:Getty|AP|AFP|Reuters|EPA|Pool|Handout)/.test(text.slice(h.end, h.end + 10));
}

const PART_OF_PLACE = /(?<![\p{L}\p{N}])(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Old|Upper|Lower|Greater|Downtown|Uptown|Midtown) $/u;

// A demonym stands for its country before a word of state ("Russian troops", "Chinese officials");
// elsewhere ("Chinese zodiac", "an Italian painter") it counts only where the article names the
// country too, as one more way of writing it.
const STATE_NOUN_AFTER = /^\s+(?:government|troops|forces|military|army|navy|air force|officials|authorities|president|prime minister|minister|ministry|embassy|ambassador|envoy|diplomats?|leaders?|leadership|regime|state media|police|coast guard|parliament|side|delegation|warships?|soldiers)\b/;
// A capital acts for its government: "Beijing said", "Washington and Seoul have agreed",
// "Moscow's position". Elsewhere ("a flight to Paris") it is the city.
const GOVERNMENT_ACTS =
  /^(?:[’']s\s+(?:government|position|stance|policy|response|demands?|officials|leaders?|envoy|ambassador|relations|ties|support|decision|warning|allies|ally|sanctions|ally)\b|\s+(?:(?:and|or)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+)?(?:(?:has|have|had|will|would|could|should|must|may|might)\s+(?:not\s+|also\s+|already\s+){0,2}(?:said|say|warned|warn|agreed|agree|accused|accuse|denied|deny|rejected|reject|announced|announce|demanded|demand|imposed|impose|refused|refuse|threatened|threaten|urged|urge|called|call|vowed|vow|signed|sign|responded|respond|insisted|insist|been|sought|seek|tried|try|made|make|sent|send|expelled|expel|condemned|condemn)|said|says|insists|insisted|warned|warns|wants|wanted|accused|accuses|denied|denies|rejected|rejects|announced|announces|agreed|agrees|responded|demanded|demands|imposed|refused|refuses|threatened|urged|vowed|signed|supports|supported|opposes|opposed|condemned|condemns|expelled|responded|is\s+(?:ready|willing|prepared|trying|seeking|pushing|pressing|concerned|worried))\b)/u;

/** Places the article names by name or alias (not only by a demonym or a capital). */
function placesNamed(hits: GazetteerHit[]): Set<string> {
  const named = new Set<string>();
  for (const h of hits) if (h.kind === 'place' && (h.via === 'name' || h.via === 'alias')) named.add(h.canonical);
  return named;
}

// Bodies of a state: a place leading their name is the state they belong to ("South Korean
// Foreign Ministry", "Tarvonian Army"), a place of its own beside the body.
const STATE_BODY = new Set(['Ministry', 'Government', 'Army', 'Navy', 'Police', 'Parliament', 'Embassy', 'Consulate', 'Cabinet', 'Department', 'Administration', 'Forces', 'Military', 'Guard', 'Presidency']);

/**
 * A place inside an organisation's name is part of that name ("University of Oslo", "Bank of
 * Japan"), and so is one leading it ("Boston University", "Cleveland Orchestra"), except before a
 * body of the state ("South Korean Foreign Ministry" is South Korea's ministry).
 */
function withoutPlacesInsideOrganisations(hits: GazetteerHit[], chunks: NameChunk[]): GazetteerHit[] {
  // Only places are dropped: without any, no chunk needs classifying.
  if (!hits.some((h) => h.kind === 'place')) return hits;
  // A place's name holds a place leading it too ("Cleveland Museum of Art", "Newark Airport"), but
  // not one after its head ("Kingdom of Spain" names Spain as well).
  const placeChunks = new Set<NameChunk>();
  // The name starts past a sentence's opening word ("Visit the Cleveland Museum of Art", "When the Soviet Union").
  const leads = new Map<NameChunk, number>();
  const orgChunks = chunks.filter((c) => {
    if (c.words.length < 2) return false;
    const words = c.words.map((w) => w.text);
    const found = classifyPiece(words, LOOSE);
    if (found?.kind !== 'organization' && found?.kind !== 'place') return false;
    if (found.kind === 'place') placeChunks.add(c);
    leads.set(c, c.words[Math.min(trimPiece(words, { ...LOOSE, sentenceInitial: c.sentenceInitial }).from, words.length - 1)]!.start);
    return true;
  });
  if (orgChunks.length === 0) return hits;
  let ci = 0;
  return hits.filter((h) => {
    if (h.kind !== 'place') return true;
    while (ci < orgChunks.length && orgChunks[ci]!.end <= h.start) ci++;
    const c = orgChunks[ci];
    if (!c) return true;
    const lead = leads.get(c)!;
    if (lead < h.start) return placeChunks.has(c) || !(h.end <= c.end);
    // "the Great Plains and the Ozark Plateau": two places, not one name.
    if (placeChunks.has(c) && c.words.some((w) => w.start >= h.end && (w.text === 'and' || w.text === '&'))) return true;
    // A name the gazetteer knows after the place ("U.S. Republican Party") is found on its own: the place stays.
    // So does any the gazetteer knows after a place leading a place's name ("US West Coast").
    if (hits.some((o) => (o.kind === 'organization' || placeChunks.has(c)) && o.start >= h.end && o.end <= c.end)) return true;
    return !(lead === h.start && h.end < c.end && !STATE_BODY.has(c.words[c.words.length - 1]!.text));
  });
}

/**
 * "Jim Jordan", "Denzel Washington": a known first name before a one-word place makes a person;
 * so does a place that is also a first name before a surname ("Chad Wolf", "Sofia Reyes").
 */
function isFirstNamePlusPlace(text: string, hit: GazetteerHit): boolean {
  if (hit.text.includes(' ') || hit.via === 'demonym') return false;
  const before = /(\p{Lu}[\p{Ll}]+) $/u.exec(text.slice(Math.max(0, hit.start - 20), hit.start));
  if (before && isKnownFirstName(before[1]!) && !NEVER_NAMES.has(before[1]!)) return true;
  const after = /^ (\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?)(?![\p{L}])/u.exec(text.slice(hit.end, hit.end + 30));
  return Boolean(after && (isKnownFirstName(hit.text) || lexiconTags(hit.text).includes('Person')) && classifyPiece([hit.text, after[1]!], LOOSE)?.kind === 'person');
}

// Last words of the "of" phrase of an office: "Secretary of State", "Minister of Foreign Affairs".
const OFFICE_WORDS = new Set(['State', 'Defense', 'Defence', 'Affairs', 'Justice', 'Interior', 'Commerce', 'Treasury', 'Energy', 'Health', 'Education', 'Labor', 'Labour', 'Agriculture', 'Transportation', 'Transport', 'Finance', 'Staff', 'Police', 'Security', 'Trade', 'Environment', 'Culture', 'Industry', 'Economy', 'Development', 'Housing', 'Veterans', 'Unification', 'Navy', 'Army']);

const SURNAME_HEADS = new Set(['Park', 'Hall', 'Field', 'Lane', 'Hill', 'Wood', 'Woods', 'Banks', 'Marsh', 'Brook', 'Gates', 'Street', 'Rivers', 'Lake']);

// Heads of streets and natural features that are nobody's surname alone.
const FEATURE_HEADS = new Set(['Blvd', 'Boulevard', 'Avenue', 'Ave', 'Road', 'Rd', 'Creek', 'Canyon', 'Gorge', 'Springs', 'Junction', 'Highway', 'Hwy', 'Parkway', 'Expressway', 'Freeway', 'Turnpike', 'Motorway', 'Trail', 'Plaza', 'Square', 'Tunnel', 'Station', 'Terminal', 'Airport', 'Harbour', 'Harbor', 'Bay', 'River', 'Island', 'Mountains', 'Valley', 'Desert', 'Canal', 'Falls']);

const NOT_A_NAME_TAGS = new Set(['Demonym', 'Plural', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Month', 'WeekDay']);

/** Rule-found names that are really places, organisations or common words are dropped. */
function plausiblePerson(p: PersonMention, gazetteer: Gazetteer, hits: GazetteerHit[]): boolean {
  const words = p.canonical.split(' ');
  if (words.every((w) => NEVER_NAMES.has(w))) return false;
  if (gazetteer.lookup(p.canonical)) return false;
  // "an official Korean statement": a demonym or function word after a title is no name.
  if (words.length === 1 && p.via !== 'honorific' && lexiconTags(words[0]!).some((t) => NOT_A_NAME_TAGS.has(t))) return false;
  // "Professor of Intellectual Property", "leader of the New Culture Movement": one word after a
  // title's "of" phrase ends that phrase, unless the phrase names an office ("Secretary of State Varn").
  const ofPhrase = / of (?:the )?(?:\S+ )*?(\S+)$/.exec(p.role ?? '');
  if (p.via === 'title' && words.length === 1 && ofPhrase && !OFFICE_WORDS.has(ofPhrase[1]!)) return false;
  // "President of the United States": the end of a place's name after a title is no person.
  if (hits.some((h) => h.start < p.start && h.end >= p.end)) return false;
  // "Sheikh Lotfar Mosque", "Emperor Norvin Bridge": a title before a venue's name makes no person
  // ("Judge Ada Park" is one: a head word that is also a common surname).
  if (p.via !== 'honorific' && words.length >= 2 && !isKnownFirstName(words[0]!) && !SURNAME_HEADS.has(words[words.length - 1]!) && classifyPiece(words, LOOSE)?.kind === 'place') return false;
  // "Admiral Blvd", "Queen Creek": a title before a street's or a feature's head names the place.
  if (p.via === 'title' && words.length === 1 && FEATURE_HEADS.has(words[0]!)) return false;
  if (p.via === 'title' || p.via === 'honorific') return true;
  // Appositive and age rules need a name that is not a place ("In Seoul, the minister said").
  if (hits.some((h) => h.start < p.end && h.end > p.start)) return false;
  // A signature may be a given name the dictionary knows as a word ("Bill", "Frank").
  if (words.length === 1 && isCommonWord(words[0]!) && !(p.via === 'name' && isCommonWordGivenName(words[0]!))) return false;
  return classifyPiece(words, { sentenceInitial: false, credit: false, speaker: true, strong: true })?.kind === 'person';
}

/** One mention per start: the longest name, with the role and gender any rule gave. */
function dedupePeople(people: PersonMention[]): PersonMention[] {
  const rank = { title: 0, honorific: 1, appositive: 2, age: 3, speech: 4, name: 5 } as const;
  const sorted = [...people].sort((a, b) => rank[a.via ?? 'name'] - rank[b.via ?? 'name'] || a.start - b.start);
  const byStart = new Map<number, PersonMention>();
  const out: PersonMention[] = [];
  for (const p of sorted) {
    const same = byStart.get(p.start) ?? out.find((q) => q.canonical === p.canonical && q.start < p.end && p.start < q.end);
    if (same) {
      same.role ??= p.role;
      same.gender ??= p.gender;
      continue;
    }
    byStart.set(p.start, p);
    out.push(p);
  }
  // Roles travel to every rule mention of the same name ("Park Jin" titled once, named again).
  return out;
}

/** The runs of a chunk's words not already claimed. */
function freePieces(chunk: NameChunk, taken: SpanSet): ChunkWord[][] {
  const pieces: ChunkWord[][] = [];
  let current: ChunkWord[] = [];
  for (const w of chunk.words) {
    if (taken.overlaps(w.start, w.end)) {
      if (current.length > 0) pieces.push(current);
      current = [];
      continue;
    }
    current.push(w);
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}

const LOOSE: PieceContext = { sentenceInitial: false, credit: false, speaker: false };

/** Each chunk split at "and" and then at "of" where it names two things; as `flatMap` would, without an array per chunk. */
function splitChunks(found: NameChunk[]): NameChunk[] {
  const out: NameChunk[] = [];
  const ofSplit = (chunk: NameChunk) => {
    if (chunk.words.length > 3) out.push(...splitPersonOfPlace(chunk));
    else out.push(chunk);
  };
  for (const chunk of found) {
    if (chunk.words.length > 2) for (const part of splitChunkAtAnd(chunk)) ofSplit(part);
    else ofSplit(chunk);
  }
  return out;
}

/**
 * "Bank of Japan and the South Korean Foreign Ministry" is two names; "Bosnia and Herzegovina"
 * and "Johnson & Johnson" are one: split at "and" when both sides name something on their own.
 */
function splitChunkAtAnd(chunk: NameChunk): NameChunk[] {
  const at = chunk.words.findIndex((w) => w.text === 'and' || w.text === '&');
  if (at <= 0 || at === chunk.words.length - 1) return [chunk];
  const left = chunk.words.slice(0, at);
  const right = chunk.words.slice(at + 1);
  // One word alone counts unless it is a common word ("Ways and Means Committee"); a body's head
  // word counts after "the" ("the Army and the Navy").
  const one = (ws: ChunkWord[]) => {
    const core = ws.filter((w) => !/^(?:the|The)$/.test(w.text));
    return core.length === 1 && (ws.length === 1 ? !isCommonWord(core[0]!.text) || STANDALONE_ORG.has(core[0]!.text) : STANDALONE_ORG.has(core[0]!.text));
  };
  const names = (ws: ChunkWord[]) => classifyPiece(ws.map((w) => w.text), { ...LOOSE, strong: false }) !== null || one(ws);
  // "Both Varga and Lind", "Together Brandel and Oiler": a common word opening the sentence is no part of the left name.
  const opened = chunk.sentenceInitial && left.length > 1 ? trimPiece(left.map((w) => w.text), { ...LOOSE, sentenceInitial: true }).from : 0;
  // "Bill Ostrow and Ann Vesk and Jim Hale": the right side is judged up to its own "and".
  const next = right.findIndex((w) => w.text === 'and' || w.text === '&');
  const rightName = next > 0 ? right.slice(0, next) : right;
  // A name ending in an organisation's head ends there ("the Black Panther Party and the Hell's Angels").
  if (!names(left.slice(opened)) || (!names(rightName) && !bodyEndsBeforeAnd(left.slice(opened).map((w) => w.text), right.map((w) => w.text)))) return [chunk];
  const part = (ws: ChunkWord[], first: boolean) => subChunk(chunk, ws, first);
  return [part(left, true), ...splitChunkAtAnd(part(right, false))];
}

/** A run of a chunk's words as a chunk of its own; only the first part opens the sentence, only the last is possessive. */
function subChunk(chunk: NameChunk, ws: ChunkWord[], first: boolean): NameChunk {
  return {
    ...chunk,
    words: ws,
    start: ws[0]!.start,
    end: ws[ws.length - 1]!.end,
    text: chunk.text.slice(ws[0]!.start - chunk.start, ws[ws.length - 1]!.end - chunk.start),
    sentenceInitial: first && chunk.sentenceInitial,
    possessive: first ? false : chunk.possessive,
  };
}

/**
 * "Ada Brekke of the Norland Marine Institute", "Tomas Berg of Ulvik": a person's name, then where
 * they come from or work; split at "of" when the left is a person's name (a known first name
 * opens it) and the right an organisation or a place on its own.
 */
function splitPersonOfPlace(chunk: NameChunk): NameChunk[] {
  const at = chunk.words.findIndex((w, i) => i >= 2 && w.text === 'of');
  if (at < 0 || at === chunk.words.length - 1) return [chunk];
  const left = chunk.words.slice(0, at);
  let from = at + 1;
  while (from < chunk.words.length - 1 && chunk.words[from]!.text === 'the') from++;
  const right = chunk.words.slice(from);
  if (!isKnownFirstName(left[0]!.text) || classifyPiece(left.map((w) => w.text), LOOSE)?.kind !== 'person') return [chunk];
  const kind = classifyPiece(right.map((w) => w.text), LOOSE)?.kind;
  if (kind !== 'organization' && kind !== 'place' && !(right.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(right[0]!.text))) return [chunk];
  const part = (ws: ChunkWord[], first: boolean) => subChunk(chunk, ws, first);
  return [part(left, true), part(right, false)];
}

/**
 * An inferred place at the head of a piece becomes a place mention of its own ("Tarvonian" in
 * "Tarvonian Foreign Minister", "Qarnis" alone); the words after it are classified as usual. A
 * demonym that opens an organisation's name stays in it ("Brevian Foreign Ministry").
 */
function splitInferredPlace(chunk: NameChunk, piece: ChunkWord[], places: Map<string, InferredPlace>, emit: (m: Mention) => void): ChunkWord[] {
  let k = 0;
  while (k < piece.length - 1 && (NEVER_NAMES.has(piece[k]!.text) || (k === 0 && piece[k]!.start === chunk.start && chunk.sentenceInitial && isCommonWord(piece[k]!.text)))) k++;
  const word = piece[k]!;
  // A name of several words inferred whole ("near Grande Falaise") is a place wherever it stands alone.
  if (piece.length - k > 1) {
    const surface = chunk.text.slice(word.start - chunk.start, piece[piece.length - 1]!.end - chunk.start);
    const whole = places.get(surface);
    if (whole) {
      emit({ text: surface, start: word.start, end: piece[piece.length - 1]!.end, kind: 'place', canonical: whole.canonical });
      return [];
    }
  }
  const place = places.get(word.text);
  if (!place) return piece;
  const after = piece.slice(k + 1);
  if (after.length > 0) {
    if (!place.demonym) return piece;
    if (classifyPiece(after.map((w) => w.text), LOOSE)?.kind === 'organization') return piece;
  }
  emit({ text: word.text, start: word.start, end: word.end, kind: 'place', canonical: place.canonical });
  return after;
}

const LOWER_MINISTRY = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}-]+)([’']s)? ((?:\p{Ll}+ ){1,2}?(?:ministry|department))(?![\p{L}])/gu;
// Tried only just before each "ministry" or "department" (src/analyse/anchored-match.ts): the
// country, its possessive and one or two lower-case words span three spaces at most, all of
// them characters a window may hold. test/analyse/mention-scans.test.ts checks it against `matchAll`.
export const LOWER_MINISTRY_RULE = anchoredRule(LOWER_MINISTRY, { anchor: /ministry|department/g, maxSpaces: 3, canStart: MAY_START_NAME });

/**
 * "Tarvonia's foreign ministry", "Sulimari foreign ministry": a country's body written in lower
 * case is an organisation, named with its country; the country stays a place of its own.
 */
function lowerCaseMinistries(text: string, mentions: Mention[]): Mention[] {
  // The rule needs one of these words in lower case: most articles have neither.
  if (!text.includes('ministry') && !text.includes('department')) return [];
  const placeAt = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'place') placeAt.set(m.start, m);
  const found: Mention[] = [];
  for (const m of matchAllNear(text, LOWER_MINISTRY_RULE)) {
    const place = placeAt.get(m.index);
    if (!place || place.end !== m.index + m[1]!.length) continue;
    const bodyStart = m.index + m[0].length - m[3]!.length;
    found.push({ text: m[3]!, start: bodyStart, end: m.index + m[0].length, kind: 'organization', canonical: m[0] });
  }
  return found;
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);

/** A verb right after a name, maybe past an adverb: "Byron fell", "Byron finally returned". */
function verbFollows(text: string, end: number): boolean {
  // The verb is after a space: without one nothing need be cut out and matched.
  if (text.charCodeAt(end) !== 32) return false;
  const m = /^ (?:\p{Ll}+ly )?(\p{Ll}+)\b/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const w = m[1]!;
  return /\p{Ll}{2}ed$/u.test(w) || lexiconTags(w).some((t) => VERB_TAGS.has(t));
}

// Verbs of a life, which a place or a thing rarely takes: "Quan went", "Quan taught".
const LIFE_VERBS = 'went|taught|studied|wrote|married|died|spoke|said|says|told|possessed|earned|received|returned|visited|worked|published|joined|met|moved|lived|composed|won|learned|learnt|argued|believed|decided|wanted|tried|refused|asked|replied|claimed|graduated|retired|recorded|starred|directed|painted|resigned|thought|felt|hoped|loved|admired|preferred';
let actingText = '';
let actingCounts = new Map<string, number>();
// The whole-text rule `timesActing` answers, compiled once: kept as the reference the
// equivalence test (test/analyse/acting-twice.test.ts) checks the word-at-a-time count against.
export const ACTING = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]+)(?= (?:\p{Ll}+ly )?(?:${LIFE_VERBS})(?![\p{L}]))`, 'gu');
const ACTING_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const ACTING_BEFORE = /[\p{L}\p{N}'’-]/u;
const ACTING_AFTER = new RegExp(String.raw` (?:\p{Ll}+ly )?(?:${LIFE_VERBS})(?![\p{L}])`, 'uy');

/**
 * How often a single capitalised word is followed by a verb of a life in the text ("Quan went …
 * Quan taught …"): a subject named only by surname in a biography. The same count as the matches
 * of ACTING whose word is this one, but found from the word's own occurrences (a literal search)
 * rather than by trying the rule at every capital of the article; counted once per word and text.
 */
export function timesActing(text: string, word: string): number {
  if (actingText !== text) {
    actingText = text;
    actingCounts = new Map();
  }
  let count = actingCounts.get(word);
  if (count !== undefined) return count;
  count = 0;
  // The rule's word is a whole run of lower-case letters and marks after one capital, straight before a space.
  if (ACTING_WORD.test(word)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (at > 0 && ACTING_BEFORE.test(charBefore(text, at))) continue;
      ACTING_AFTER.lastIndex = at + word.length;
      if (ACTING_AFTER.test(text)) count++;
    }
  }
  actingCounts.set(word, count);
  return count;
}

/** The character (a whole surrogate pair where there is one) before a position, as a lookbehind reads it. */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at > 1 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}

function isSpeakerContext(text: string, start: number, end: number): boolean {
  return SPEECH_AFTER.test(text.slice(end, end + 120)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

function classify(text: string, chunk: NameChunk, piece: ChunkWord[]): Mention | null {
  const first = piece[0]!;
  const last = piece[piece.length - 1]!;
  const words = piece.map((w) => w.text);
  const ctx: PieceContext = {
    sentenceInitial: first.start === chunk.start && chunk.sentenceInitial,
    credit: chunk.credit,
    speaker: isSpeakerContext(text, first.start, last.end),
    // "Austen, Jane." in a reading list: a first name after a surname and a comma is no one alone.
    // (The full stop after it, the rarer of the two, is looked at first.)
    inText: !(text[last.end] === '.' && /\p{Lu}[\p{L}’'-]+, $/u.test(text.slice(Math.max(0, first.start - 30), first.start))),
    acts: (last.end === chunk.end && chunk.possessive) || verbFollows(text, last.end),
  };
  const byContext = placeByContext(text, piece.slice(trimPiece(words, ctx).from));
  if (byContext !== undefined) return byContext;
  // A word the text makes act twice as a person ("Quan went …", "Quan taught …") is a person's name wherever it stands alone.
  if (piece.length === 1 && !isCommonWord(first.text) && timesActing(text, first.text) >= 2) ctx.strong = true;
  const kind = classifyPiece(words, ctx);
  const span = kind ?? trimPiece(words, ctx);
  if (span.to <= span.from) return null;
  const start = piece[span.from]!.start;
  const end = piece[span.to - 1]!.end;
  // "the Centre Farmers’ party", "the opposition Civic Renewal party": a party named in lower case.
  const party = end === chunk.end && kind?.kind !== 'place' ? /^(?:([’']) | )party\b/.exec(text.slice(end, end + 8)) : null;
  if (party && /^\p{Lu}/u.test(text.slice(start, start + 1))) {
    const stop = party[1] ? end + party[0].length : end;
    const surface = text.slice(start, stop);
    return { text: surface, start, end: stop, kind: 'organization', canonical: surface };
  }
  if (!kind) return standaloneOrganisation(text, piece, span) ?? bodyAfterPlace(text, chunk, piece) ?? null;
  const surface = text.slice(start, end);
  // "I-44 West" and "I-44 East" are one road.
  if (kind.kind === 'place') return { text: surface, start, end, kind: 'place', canonical: roadName(surface) ?? surface };
  if (kind.kind === 'person' && !ctx.speaker && !looksLikePersonName(text, piece.slice(span.from, span.to).map((w) => w.text))) return null;
  return { text: surface, start, end, kind: kind.kind, canonical: surface };
}

/**
 * A piece whose kind the characters around it tell (place-context.ts): "the West", "51st Street"
 * are places; a stray "St" or "Ave" names nothing. Undefined when the context says nothing.
 */
function placeByContext(text: string, words: ChunkWord[]): Mention | null | undefined {
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  if (isCompassRegion(text, w.text, w.start, w.end)) return { text: w.text, start: w.start, end: w.end, kind: 'place', canonical: w.text };
  const street = numberedStreetStart(text, w.text, w.start);
  if (street !== undefined) {
    const surface = text.slice(street, w.end);
    return { text: surface, start: street, end: w.end, kind: 'place', canonical: surface };
  }
  const part = numberedPartEnd(text, w.text, w.end);
  if (part !== undefined) {
    const surface = text.slice(w.start, part);
    return { text: surface, start: w.start, end: part, kind: 'place', canonical: surface };
  }
  return isBareStreetAbbreviation([w.text]) ? null : undefined;
}

const STANDALONE_ORG = new Set<string>(STANDALONE_ORG_HEADS);

/** "the Government", "The Army": a body's head word alone, capitalised after "the", names it. */
function standaloneOrganisation(text: string, piece: ChunkWord[], span: { from: number; to: number }): Mention | undefined {
  if (span.to - span.from !== 1) return undefined;
  const w = piece[span.from]!;
  if (!STANDALONE_ORG.has(w.text)) return undefined;
  const the = span.from > 0 ? /^(?:the|The)$/.test(piece[span.from - 1]!.text) : /(?<![\p{L}])the $/u.test(text.slice(Math.max(0, w.start - 5), w.start));
  if (!the) return undefined;
  return { text: w.text, start: w.start, end: w.end, kind: 'organization', canonical: w.text };
}

/**
 * "U.S. Army", "Glasgow Police": a body's head word right after a place that opens the chunk is
 * that place's body, named with it (the place stays a place of its own).
 */
function bodyAfterPlace(text: string, chunk: NameChunk, piece: ChunkWord[]): Mention | undefined {
  const w = piece[0]!;
  if (piece.length !== 1 || !STANDALONE_ORG.has(w.text) || w.end !== chunk.end) return undefined;
  const at = chunk.words.indexOf(w);
  const lead = chunk.words.find((x) => !/^(?:the|The)$/.test(x.text));
  if (at < 1 || !lead || lead === w || text.slice(chunk.words[at - 1]!.end, w.start) !== ' ') return undefined;
  const name = text.slice(lead.start, w.end);
  return { text: w.text, start: w.start, end: w.end, kind: 'organization', canonical: name };
}

// Endings of abstract nouns and adjectives, never of a person's name: "Sustainable Development
// Goals", "Behavioral Sciences", "Dynamic Equivalence".
const ABSTRACT_ENDING = /\p{Ll}(?:tion|tions|sion|ment|ments|ness|ship|ity|ities|ence|ences|ance|ogy|ics|ism|ical|ive|ous)$/u;

/**
 * A name no rule vouched for is a person's only if none of its words is a common word of this
 * very text (written in lower case elsewhere: "the cello concerto" → not "Cello Concerto") or ends
 * like an abstract noun; a known first name opening it vouches for it.
 */
function looksLikePersonName(text: string, words: string[]): boolean {
  if (words.length === 1 || (isKnownFirstName(words[0]!) && !isCommonWord(words[0]!))) return true;
  // "Frank Sinatra": a given name that is also a common word may be written in lower case elsewhere.
  return !words.some((w, i) => !(i === 0 && isCommonWordGivenName(w)) && !isKnownFirstName(w) && !isKnownLastName(w) && w.length > 2 && (ABSTRACT_ENDING.test(w) || writtenInLowerCase(text, w)));
}

/** The word also written in lower case in the text, as a whole word. */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + lower.length] ?? ' ')) return true;
  }
  return false;
}


/**
 * Full names teach their parts; each part used alone then resolves to the most recent full name
 * that has it (else the first one after). Honorific and single-word mentions are resolved too.
 */
function resolveNameParts(text: string, mentions: Mention[], taken: SpanSet, weakPlaces: Set<Mention>): Mention[] {
  // "du Pellier" (after "Mlle.") is a surname with its particle, not a full name.
  const PARTICLE_SURNAME = /^(?:de|du|van|von|der|le|la) (\p{Lu}\S*)$/u;
  const full = mentions.filter((m) => m.kind === 'person' && m.canonical.includes(' ') && !PARTICLE_SURNAME.test(m.canonical)).sort((a, b) => a.start - b.start);
  const owners = new Map<string, Mention[]>();
  for (const p of full) {
    // "Theodorus of Tabennese": the words after "of" name a place, not a surname; "Peter the Great": an epithet, not one.
    const words = p.canonical.split(' of ')[0]!.split(' the ')[0]!.split(' ').filter((w) => /^\p{Lu}[\p{Ll}\p{M}]/u.test(w) && !/^(?:Jr|Sr)\.?$/.test(w));
    const parts = new Set([words[words.length - 1], words[0]].filter((w): w is string => Boolean(w)));
    for (const part of parts) owners.set(part, [...(owners.get(part) ?? []), p]);
  }
  const ownerAt = (part: string, pos: number, title?: string): Mention | undefined => {
    const list = owners.get(part);
    if (!list) return undefined;
    // "Dr. Nelson" after "Bill Nelson" and "Dr. Alondra Nelson": the one named with the same title.
    const titled = title ? new Set(list.filter((p) => p.text.startsWith(`${title} `)).map((p) => p.canonical)) : undefined;
    if (titled?.size === 1) return list.find((p) => p.text.startsWith(`${title} `));
    let best: Mention | undefined;
    for (const p of list) if (p.start <= pos) best = p;
    // Two people share the part ("Matthew Goode", his father "Ralph Goode"): the one named later
    // holds it within his paragraph; past it the part is the first one's, the article's subject.
    if (best && best.canonical !== list[0]!.canonical && text.slice(best.end, pos).includes('\n\n')) return list[0];
    return best ?? list[0];
  };
  const surnames = new Set(full.map((p) => p.canonical.replace(/\s+(?:Jr|Sr)\.?$/, '').split(' ').pop()!));
  const out = mentions.map((m) => {
    // "Assembly Speaker Edwin Harrow … Harrow said": the person named in full wins over a place
    // only the dictionary knows (or one inferred), next to a speech verb; the surname of a person
    // the article names in full wins anywhere ("Calderon calls Dole’s idea …", then "Ann Dole").
    if (m.kind === 'place' && weakPlaces.has(m) && !m.text.includes(' ')) {
      const owner = owners.has(m.text) ? ownerAt(m.text, m.start) : undefined;
      if (owner && ((owner.start < m.start && isSpeakerContext(text, m.start, m.end)) || surnames.has(m.text))) return { text: m.text, start: m.start, end: m.end, kind: 'person' as const, canonical: owner.canonical, ...(owner.role ? { role: owner.role } : {}) };
      return m;
    }
    const particle = m.kind === 'person' ? PARTICLE_SURNAME.exec(m.canonical) : null;
    if (particle) {
      const owner = ownerAt(particle[1]!, m.start);
      return owner?.canonical.endsWith(` ${m.canonical}`) ? { ...m, canonical: owner.canonical, role: m.role ?? owner.role } : m;
    }
    if (m.kind !== 'person' || m.canonical.includes(' ')) return m;
    // "Peter Varn, the brother of Inspector Varn": a surname after "brother of" is a relative's, the
    // one full name with the same title if there is one ("the son of President Varn").
    if (KIN_OF.test(text.slice(Math.max(0, m.start - 30), m.start))) {
      const titled = m.role ? (owners.get(m.canonical) ?? []).filter((p) => p.role === m.role && p.start < m.start) : [];
      return new Set(titled.map((p) => p.canonical)).size === 1 ? { ...m, canonical: titled[0]!.canonical } : m;
    }
    const owner = ownerAt(m.canonical, m.start, m.text.includes(' ') ? m.text.split(' ')[0] : undefined);
    return owner ? { ...m, canonical: owner.canonical, role: m.role ?? owner.role } : m;
  });
  if (owners.size === 0) return out;
  for (const m of findNameParts(text, owners.keys())) {
    const start = m.index;
    const end = start + m.part.length;
    if (taken.overlaps(start, end)) continue;
    // A part inside a longer capitalised run belongs to that run ("Kim" in "Kim Jong Un").
    // A common word opening the sentence is no part of it ("Following Smetana's example").
    // A word ending a sentence ("the Gliders. McKenzie") is no part of it; an initial is ("J. Smith").
    const runBefore = /(\p{Lu}[\p{L}]*|(?<![\p{L}])\p{Lu}\.) $/u.exec(text.slice(Math.max(0, start - 20), start));
    if (runBefore && !/(?:^|\s)(?:The|A|In|At|On|For|And|But|As|When)\s$/.test(text.slice(Math.max(0, start - 6), start)) && !opensSentenceAsCommonWord(text, start - 1 - runBefore[1]!.length, runBefore[1]!)) continue;
    if (/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    const owner = ownerAt(m.part, start)!;
    const mention: Mention = { text: m.part, start, end, kind: 'person', canonical: owner.canonical };
    taken.add(mention);
    out.push(mention);
  }
  return out;
}

// Two names given as one person's: "Tomas Aleksander Brekke, also known as Tom Brekke", "better
// known by her pseudonym Ada Varn", "Jens Ove Lind or Ove Lind (1860 – 1943)".
const ONE_PERSON_BETWEEN = /^(?:,? (?:also known as|better known (?:by (?:his|her|their) (?:pseudonym|pen name|stage name) |as )|self-identified as|known as)|,? (?:\([^()]{0,80}\),? )?(?:better known (?:by (?:his|her|their) (?:pseudonym|pen name|stage name) |as ))|,? born) ?$/;
const OR_BETWEEN = /^ or $/;

/** Names the text gives as one person's are one person: the later name takes the name used more often. */
function linkNamesGivenAsOne(text: string, mentions: Mention[]): Mention[] {
  const people = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  const rename = new Map<string, string>();
  for (let i = 0; i + 1 < people.length; i++) {
    const a = people[i]!;
    const b = people[i + 1]!;
    if (a.canonical === b.canonical || b.start - a.end > 120) continue;
    const between = text.slice(a.end, b.start);
    const lastA = a.canonical.split(' ').pop();
    // "A or B" is one person only when B's words are all A's (the same surname and given name) and a bracket follows.
    const wordsA = new Set(a.canonical.split(' '));
    const orOne = OR_BETWEEN.test(between) && lastA === b.canonical.split(' ').pop() && b.canonical.split(' ').every((w) => wordsA.has(w)) && /^\s*\(/.test(text.slice(b.end, b.end + 3));
    if (!orOne && !ONE_PERSON_BETWEEN.test(between)) continue;
    const count = (c: string) => people.filter((m) => m.canonical === c).length;
    const [keep, drop] = count(b.canonical) > count(a.canonical) ? [b.canonical, a.canonical] : [a.canonical, b.canonical];
    rename.set(drop, keep);
  }
  if (rename.size === 0) return mentions;
  const to = (c: string): string => {
    let seen = 0;
    while (rename.has(c) && seen++ < 5) c = rename.get(c)!;
    return c;
  };
  return mentions.map((m) => (m.kind === 'person' && rename.has(m.canonical) ? { ...m, canonical: to(m.canonical) } : m));
}

/** A common word ("Following", "Unlike") that opens a sentence, where any word is capitalised. */
function opensSentenceAsCommonWord(text: string, at: number, word: string): boolean {
  if (!isCommonWord(word) || isKnownFirstName(word)) return false;
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:[.!?:][”"’']?\s+|\n\s*)$/.test(before) || /^\s*$/.test(before);
}

/** Each person's gender, from the strongest evidence any mention gives, set on all their mentions. */
function assignGender(text: string, mentions: Mention[]): void {
  const people = mentions.filter((m) => m.kind === 'person');
  const known = new Map<string, Gender>();
  for (const p of people) if (p.gender && !known.has(p.canonical)) known.set(p.canonical, p.gender);
  // Each name asked once: a person is mentioned many times under one canonical name.
  const asked = new Set<string>();
  for (const p of people) {
    if (known.has(p.canonical) || asked.has(p.canonical)) continue;
    asked.add(p.canonical);
    const g = genderFromName(p.canonical);
    if (g) known.set(p.canonical, g);
  }
  const votes = pronounVotes(text, people);
  for (const [name, v] of votes) {
    if (known.has(name)) continue;
    if (v.male > v.female) known.set(name, 'male');
    else if (v.female > v.male) known.set(name, 'female');
  }
  for (const p of people) {
    const g = known.get(p.canonical);
    if (g) p.gender = g;
  }
}
