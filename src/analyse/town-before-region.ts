// "Jackson, Mississippi", "Preston, Victoria, Australia": a town named before its state or country
// and a comma. Its own name may be a surname or a given name ("Jackson", "Lincoln", "Victoria"),
// which the name rules would make a person; the place after the comma says it is a town.

import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './people.ts';
import type { Mention } from './types.ts';

// After the region: the end of the phrase, or a word that goes on about the place, not a title or a
// role ("Obama, Texas governor Greg Abbott and …" is a list of people).
const REGION_ENDS = /^(?:\s*(?:[,.;:)!?\n]|$)|\s+(?:and|or|in|on|at|to|for|from|where|which|that|is|was|has|had|before|after|until|since|during)\b)/;

/**
 * Single-word person mentions no title or honorific found, right before ", " and a place the
 * gazetteer knows by name (not a demonym), become places: the town of that region.
 */
export function townsBeforeRegions(text: string, mentions: Mention[], hits: GazetteerHit[]): Set<Mention> {
  const placeAt = new Map<number, GazetteerHit>();
  for (const h of hits) if (h.kind === 'place' && h.via !== 'demonym' && h.via !== 'capital') placeAt.set(h.start, h);
  const towns = new Set<Mention>();
  if (placeAt.size === 0) return towns;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.text.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) continue;
    const via = (m as PersonMention).via;
    if (via === 'title' || via === 'honorific' || via === 'appositive') continue;
    if (text.slice(m.end, m.end + 2) !== ', ') continue;
    const region = placeAt.get(m.end + 2);
    if (!region || !REGION_ENDS.test(text.slice(region.end, region.end + 12))) continue;
    towns.add(m);
  }
  return towns;
}
