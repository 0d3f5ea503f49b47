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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const ordered = [...surfaces.keys()].sort((a, b) => b.length - a.length);
  // Case-sensitive on purpose: "US" the country, not "us"; "the North" only with its capital N.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${ordered.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');

  return {
    entries,
    find(text) {
      const hits: GazetteerHit[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const info = surfaces.get(m[0])!;
        // "the Gulf of Mexico": a generic alias with "the" opens a longer name; look again past "the".
        if (info.via === 'alias' && CONTEXT_ALIAS.test(m[0]) && text.startsWith(' of ', m.index + m[0].length)) {
          pattern.lastIndex = m.index + 4;
          continue;
        }
        // "African-American", "Irish-born": a demonym in a compound names a people or an origin, not the place.
        if (info.via === 'demonym' && text[m.index + m[0].length] === '-') continue;
        // "US-75", "A-1": a code with a number after a hyphen is a road or a product, not the place.
        if (text[m.index + m[0].length] === '-' && /\d/.test(text[m.index + m[0].length + 1] ?? '')) continue;
        hits.push(withPlaceHead(text, { text: m[0], start: m.index, end: m.index + m[0].length, ...info }));
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

// Heads that make a known place's name the name of a feature or division of it: "Arkansas River",
// "Yucatán Peninsula", "Isfahan Province", "Manila Bay". Not before another capitalised word
// ("Tampa Bay Rays" is a team, which the organisation rules type).
const PLACE_HEAD_AFTER = /^ (River|Peninsula|Province|County|Valley|Bay|Island|Islands|Mountains|Desert|Coast|Basin|Delta|Region|District|Harbor|Harbour|Strait|Canal|Plateau|Highlands|Square)(?![\p{L}\p{N}]| \p{Lu})/u;

/** A place the gazetteer knows, with the head of a feature after it, is that feature. */
function withPlaceHead(text: string, hit: GazetteerHit): GazetteerHit {
  if (hit.kind !== 'place' || hit.via === 'demonym') return hit;
  const m = PLACE_HEAD_AFTER.exec(text.slice(hit.end, hit.end + 14));
  if (!m) return hit;
  const surface = text.slice(hit.start, hit.end + m[0].length);
  return { text: surface, start: hit.start, end: hit.end + m[0].length, canonical: surface, kind: 'place', via: 'name' };
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
