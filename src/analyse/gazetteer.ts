// Finds gazetteer names in text, longest first, and maps each to its canonical entry.

import type { ActorKind } from '../briefing.ts';
import { DEFAULT_GAZETTEER, type GazetteerEntry } from './gazetteer-data.ts';

export interface GazetteerHit {
  text: string;
  start: number;
  end: number;
  canonical: string;
  kind: ActorKind;
  /** How the name was used: the name itself, an alias, a demonym, or a capital for a government. */
  via: 'name' | 'alias' | 'demonym' | 'capital';
  /** For a capital: the country whose government it stands for when the city acts ("Beijing said"). */
  country?: string;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  find(text: string): GazetteerHit[];
  lookup(surface: string): { canonical: string; kind: ActorKind } | undefined;
}

// Aliases that are a generic word with "the": they stand for their entry only beside another name of it.
const CONTEXT_ALIAS = /^the (?:North|South|East|West|Gulf)$/;

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const REST_OF_WORD = /[\p{L}\p{N}]*/uy;
const NO_SURFACES: readonly { surface: string; firstLength: number }[] = [];
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

export function createGazetteer(extra: GazetteerEntry[] = []): Gazetteer {
  const entries = mergeEntries([...DEFAULT_GAZETTEER, ...extra]);
  const surfaces = new Map<string, { canonical: string; kind: ActorKind; via: GazetteerHit['via']; country?: string }>();
  for (const entry of entries) {
    const add = (surface: string, via: GazetteerHit['via']) => {
      if (surfaces.has(surface)) return;
      // A capital is a city of its own; the mention finder decides when it stands for the country.
      if (via === 'capital') surfaces.set(surface, { canonical: surface, kind: 'place', via, country: entry.name });
      else surfaces.set(surface, { canonical: entry.name, kind: entry.kind, via });
    };
    add(entry.name, 'name');
    for (const alias of entry.aliases ?? []) add(alias, 'alias');
    for (const demonym of entry.demonyms ?? []) {
      add(demonym, 'demonym');
      // "Russians", "Israelis": the people of a place count for it too.
      if (/[nie]$/.test(demonym) && !/ese$/.test(demonym)) add(`${demonym}s`, 'demonym');
    }
    if (entry.capital) add(entry.capital, 'capital');
  }
  // Surfaces by their first word, longest first: a lookup per word of the text instead of one
  // alternation of every surface (which grows slower with each entry). Case-sensitive on purpose:
  // "US" the country, not "us"; "the North" only with its capital N. Keyed by a number made of the
  // first word's first two characters and length, so that a word of the text is looked up without
  // cutting it out; a surface is tried only if its first word is as long as the text's word.
  const byFirstWord = new Map<number, { surface: string; firstLength: number }[]>();
  const initials = new Set<string>();
  for (const surface of [...surfaces.keys()].sort((a, b) => b.length - a.length)) {
    const first = FIRST_WORD.exec(surface)?.[0];
    if (!first) continue;
    initials.add(String.fromCodePoint(first.codePointAt(0)!));
    const key = wordKey(first, 0, first.length);
    const entry = { surface, firstLength: first.length };
    const list = byFirstWord.get(key);
    if (list) list.push(entry);
    else byFirstWord.set(key, [entry]);
  }
  // Only words whose first character opens some surface can start one: the scan skips the rest
  // (most words, all but a few lower-case ones) without cutting them out or looking them up.
  // (Without the u flag when every opener is one UTF-16 unit: the same matches, scanned faster.)
  const astral = [...initials].some((c) => c.length > 1);
  const opener = new RegExp(`[${[...initials].map(escapeInClass).join('')}]`, astral ? 'gu' : 'g');
  /** The longest surface that starts at `at` with a first word of `length`, and ends at a word's end (not before a letter, a digit or ".x"). */
  const surfaceAt = (text: string, at: number, length: number): string | undefined => {
    for (const { surface, firstLength } of byFirstWord.get(wordKey(text, at, length)) ?? NO_SURFACES) {
      // The same length and the same characters: the surface's first word is the text's word.
      if (firstLength !== length || !text.startsWith(surface, at)) continue;
      const after = at + surface.length;
      if (WORD_CHAR.test(text[after] ?? ' ') || (text[after] === '.' && LETTER.test(text[after + 1] ?? ' '))) continue;
      return surface;
    }
    return undefined;
  };

  return {
    entries,
    find(text) {
      const hits: GazetteerHit[] = [];
      let free = 0;
      opener.lastIndex = 0;
      while (opener.test(text)) {
        // The opener, and the rest of its run of letters and digits.
        let start = opener.lastIndex - 1;
        if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
        REST_OF_WORD.lastIndex = opener.lastIndex;
        REST_OF_WORD.test(text);
        opener.lastIndex = REST_OF_WORD.lastIndex;
        // A word (a whole run of letters and digits, as /[\p{L}\p{N}]+/gu finds it) starts here only
        // after something else: an opener inside a word ("eBerlin") starts no name.
        if (start > 0 && wordCharBefore(text, start)) continue;
        // A name starts a word not inside a name found already, and not after a dot ("U.S." is not "S.").
        if (start < free || text[start - 1] === '.') continue;
        const surface = surfaceAt(text, start, REST_OF_WORD.lastIndex - start);
        if (!surface) continue;
        const end = start + surface.length;
        const info = surfaces.get(surface)!;
        // "the Gulf of Mexico": a generic alias with "the" opens a longer name; look again past "the".
        if (info.via === 'alias' && CONTEXT_ALIAS.test(surface) && text.startsWith(' of ', end)) continue;
        free = end;
        // "African-American", "Irish-born": a demonym in a compound names a people or an origin, not the place.
        if (info.via === 'demonym' && text[end] === '-') continue;
        // "US-75", "A-1": a code with a number after a hyphen is a road or a product, not the place.
        if (text[end] === '-' && /\d/.test(text[end + 1] ?? '')) continue;
        hits.push(withPlaceHead(text, { text: surface, start, end, ...info }));
      }
      if (!hits.some((h) => h.via === 'alias' && CONTEXT_ALIAS.test(h.text))) return splitCommaNames(hits);
      // "the North" is North Korea only in a text that names it otherwise ("From the North / Kansas").
      const named = new Set(hits.filter((h) => !CONTEXT_ALIAS.test(h.text)).flatMap((h) => [h.canonical, h.country ?? h.canonical]));
      return splitCommaNames(hits.filter((h) => h.via !== 'alias' || !CONTEXT_ALIAS.test(h.text) || named.has(h.canonical)));
    },
    lookup(surface) {
      const info = surfaces.get(surface);
      return info ? { canonical: info.canonical, kind: info.kind } : undefined;
    },
  };
}

/** A number for the word at [at, at + length): its first two UTF-16 units and its length (capped). */
function wordKey(text: string, at: number, length: number): number {
  return (text.charCodeAt(at) * 0x10000 + (length > 1 ? text.charCodeAt(at + 1) : 0)) * 64 + Math.min(length, 63);
}

/** A character as it may stand in a regex character class. */
function escapeInClass(ch: string): string {
  return /[\\\][^-]/.test(ch) ? `\\${ch}` : ch;
}

/** A letter or digit (as /[\p{L}\p{N}]/u reads it) right before a position; ASCII answered without a regex. */
function wordCharBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(charBefore(text, at));
}

/** The character (a whole surrogate pair where there is one) before a position, as a lookbehind reads it. */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at > 1 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}

// Heads that make a known place's name the name of a feature or division of it: "Arkansas River",
// "Yucatán Peninsula", "Isfahan Province", "Manila Bay". Not before another capitalised word
// ("Tampa Bay Rays" is a team, which the organisation rules type).
const PLACE_HEAD_AFTER = /^ (River|Peninsula|Province|County|Valley|Bay|Island|Islands|Mountains|Desert|Coast|Basin|Delta|Region|District|Harbor|Harbour|Strait|Canal|Plateau|Highlands|Square)(?![\p{L}\p{N}]| \p{Lu})/u;

// One capitalised word (not "The", "In"…) after a lower-case word, right before the place.
const NAME_WORD_BEFORE = /(?<=\p{Ll}[,;]? )(?!(?:The|A|An|In|At|To|From|Of|On|And|Or|By|For|With|Near|Via)\b)(\p{Lu}\p{Ll}+ )$/u;

/** A place the gazetteer knows, with the head of a feature after it, is that feature. */
function withPlaceHead(text: string, hit: GazetteerHit): GazetteerHit {
  if (hit.kind !== 'place' || hit.via === 'demonym') return hit;
  const m = PLACE_HEAD_AFTER.exec(text.slice(hit.end, hit.end + 14));
  if (!m) return hit;
  // "come to Jack London Square": a capitalised word before the place, inside a sentence, opens the
  // feature's name (a square named after a person), so the name is not "London Square" after "Jack".
  const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, hit.start - 40), hit.start));
  const start = before ? hit.start - before[1]!.length : hit.start;
  const surface = text.slice(start, hit.end + m[0].length);
  return { text: surface, start, end: hit.end + m[0].length, canonical: surface, kind: 'place', via: 'name' };
}

/**
 * "Washington, D.C.": a name written with a comma is found as its two parts, each standing for the
 * entry, so that each part the text uses alone later ("D.C.") is one more form of it.
 */
function splitCommaNames(hits: GazetteerHit[]): GazetteerHit[] {
  if (!hits.some((h) => h.text.includes(', '))) return hits;
  return hits.flatMap((h) => {
    const at = h.text.indexOf(', ');
    if (at < 0) return [h];
    const second = h.start + at + 2;
    return [
      { ...h, text: h.text.slice(0, at), end: h.start + at },
      { ...h, text: h.text.slice(at + 2), start: second },
    ];
  });
}

/** Entries added by configuration extend an entry of the same name rather than replacing it. */
function mergeEntries(list: GazetteerEntry[]): GazetteerEntry[] {
  const byName = new Map<string, GazetteerEntry>();
  for (const entry of list) {
    const known = byName.get(entry.name);
    if (!known) {
      byName.set(entry.name, { ...entry });
      continue;
    }
    known.aliases = [...(known.aliases ?? []), ...(entry.aliases ?? [])];
    known.demonyms = [...(known.demonyms ?? []), ...(entry.demonyms ?? [])];
    if (entry.capital) known.capital = entry.capital;
  }
  return [...byName.values()];
}
