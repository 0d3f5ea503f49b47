// Named mentions in one article: gazetteer places and organisations, and people. A surname used
// alone ("Blinken", even sentence-initial where compromise calls it a verb) resolves to the full
// name introduced earlier in the article.

import type { Gazetteer } from './gazetteer.ts';
import { findPeopleByRule, findPeopleByTagger, type PersonMention } from './people.ts';
import type { Mention } from './types.ts';

const NOT_NAMES = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'Mr', 'Ms', 'Mrs', 'Dr', 'Skip', 'Follow', 'Interact', 'Still']);

export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const places = gazetteer.find(text).map(
    (h): Mention => ({ text: h.text, start: h.start, end: h.end, kind: h.kind, canonical: h.canonical }),
  );
  const taken = (start: number, end: number, list: Mention[]) => list.some((m) => start < m.end && end > m.start);

  const people: PersonMention[] = [];
  for (const p of [...findPeopleByRule(text), ...findPeopleByTagger(text)]) {
    if (NOT_NAMES.has(p.text) || gazetteer.lookup(p.text)) continue;
    // Names that overlap a gazetteer name are not people ("Park Jin" is, "North Korea" is not).
    if (taken(p.start, p.end, places)) continue;
    const same = people.find((q) => q.start === p.start);
    if (same) {
      if (p.end > same.end) Object.assign(same, { text: p.text, end: p.end, canonical: p.canonical });
      same.role ??= p.role;
      same.gender ??= p.gender;
      continue;
    }
    if (taken(p.start, p.end, people)) continue;
    people.push(p);
  }
  const resolved = resolveSurnames(text, people, places);
  return [...places, ...resolved].sort((a, b) => a.start - b.start);
}

/** Full names teach their surnames; each bare surname (or given name) then resolves to them. */
function resolveSurnames(text: string, people: PersonMention[], places: Mention[]): Mention[] {
  const full = people.filter((p) => p.text.includes(' '));
  const byPart = new Map<string, PersonMention>();
  for (const p of full) {
    const parts = p.text.split(' ');
    for (const part of [parts[parts.length - 1]!, parts[0]!]) if (!byPart.has(part)) byPart.set(part, p);
  }
  const out: Mention[] = people.map((p) => {
    const fullName = !p.text.includes(' ') ? byPart.get(p.text) : undefined;
    return fullName ? { ...p, canonical: fullName.canonical } : { ...p };
  });
  for (const [part, owner] of byPart) {
    const re = new RegExp(`(?<![\\p{L}])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + part.length;
      if (out.some((o) => start < o.end && end > o.start) || places.some((o) => start < o.end && end > o.start)) continue;
      out.push({ text: part, start, end, kind: 'person', canonical: owner.canonical });
    }
  }
  return out;
}
